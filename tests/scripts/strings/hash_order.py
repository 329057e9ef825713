# str/bytes hashes equal CPython's under PYTHONHASHSEED=0, so set iteration order matches too
print({"apple", "banana", "cherry", "date", "é", "€uro", "😀"})
print(set("abcdefghij"))
print({b"x", b"yy", b"zzz"})
print(hash("hello"), hash(b"hello"), hash("é"), hash("€"), hash("😀"))
print(frozenset(["spam", "eggs", "ham"]))
