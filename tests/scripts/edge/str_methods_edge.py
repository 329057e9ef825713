s = "  Hello, World  "
print(s.strip(), s.lstrip(), s.rstrip(), s.strip(" Hd"), "xxhixx".strip("x"))
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("abc".partition("b"), "abc".partition("z"), "abcb".rpartition("b"), "a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "aaa".replace("", "-"), "hello".find("l"), "hello".rfind("l"), "hello".find("z"))
print("Hello World".swapcase(), "hello world".title(), "HELLO".casefold(), "hello".capitalize(), "ß".upper(), "İ".lower().__len__())
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "12".isdigit(), "1.2".isdigit(), "abc".isidentifier(), " ".isspace(), "Ab".istitle())
print("-".join(["a", "b"]), "".join([]), "ab".zfill(5), "-12".zfill(6), "abc".count(""), "aaaa".count("aa"), "x".center(4, "*"))
print("a\tb".expandtabs(), "%s|%5s|%-5s|%.2s" % ("a", "b", "c", "defg"), "abc" * 0, "abc"[::-1], "abc"[5:], "abcdef"[-2:1:-1])
try:
    "-".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("{:>{w}}|{:{f}^{w}}".format("r", "c", w=5, f="~"), "{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j))
print(str.maketrans("ab", "xy"), "abc".translate(str.maketrans("ab", "xy", "c")), "a-b_c".translate({ord("-"): None}))
