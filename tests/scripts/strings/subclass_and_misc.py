# str subclasses, iteration, conversions, interning identity and caching behaviour that is observable
class S(str):
    def extra(self):
        return self.upper() + "!"

s = S("abc")
print(s, repr(s), type(s).__name__, s.extra(), len(s), s + "d", type(s + "d").__name__, s == "abc", hash(s) == hash("abc"))
print(type(str(s)).__name__, type(s[0]).__name__, type(s[:]).__name__, isinstance(s, str))
print({"abc": 1}[s], s in {"abc"}, sorted([S("b"), "a", S("c")]))
it = iter("héllo")
print(next(it), next(it), list(it), list(it))
print(list(enumerate("ab")), dict(zip("ab", "cd")), [c * 2 for c in "xyz"])
print("a" "b" 'c', """tri
ple""", r"raw\n", "\N{LATIN SMALL LETTER E WITH ACUTE}", "\x41\u0042\U00000043", "\101")
print(max("hello"), min("hello"), "".join(reversed("abc")), sum(1 for c in "abc" if c != "b"))
print(str.__name__, str.upper("abc"), str.join(",", ["a", "b"]), "abc".upper.__name__)
x = "abc"
x += "def"
x *= 2
print(x)
print(format("abc"), format("abc", "<6") + "|", f"{'abc':>6}|{'é':^5}|{'x'!r}")
print(type(iter("a")).__name__, type(iter("é")).__name__, list(iter("aé")), iter("abc").__length_hint__())
