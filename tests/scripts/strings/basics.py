# str basics: literals, len, indexing, slicing, concatenation, repetition, comparison, membership
s = "hello"
print(len(s), s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-100:2])
u = "héllo wörld €😀"
print(len(u), u[1], u[-1], u[-2], u[2:8], u[::-1], u[::3])
print("ab" + "cd", "ab" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 5)
print("a" < "b", "abc" < "abd", "ab" < "abc", "é" > "z", "€" < "😀", "a" == "a", "a" != "b")
print("ell" in s, "" in s, "z" in s, "😀" in u)
for ch in "aé€😀":
    print(ch, ord(ch), end="; ")
print()
print(chr(97), chr(233), chr(8364), chr(128512), repr(chr(0)), repr(chr(0x85)))
print(str(), str(5), str(1.5), str(None), str([1, "a"]), str(b"ab"), str(b"h\xc3\xa9", "utf-8"))
print(bool(""), bool("a"))
t = ""
for i in range(5):
    t += str(i)
print(t)
print(list("abc"), tuple("é€"), sorted("banana"))
print("abc"[1:2] == "b", "abc"[5:1] == "")
print(hash("") == 0, hash("abc") == hash("ab" + "c"))
print(s.__len__(), s.__contains__("h"), s.__getitem__(1), "a".__add__("b"), "a".__mul__(3))
print("a".__eq__(1), "a".__lt__("b"))
