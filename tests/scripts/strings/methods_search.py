# find / rfind / index / count / startswith / endswith / in, with start/end arguments
s = "abracadabra"
for sub in ["a", "bra", "", "z", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.startswith(sub), s.endswith(sub))
print(s.find("a", 1), s.find("a", 1, 3), s.find("a", -3), s.find("a", 100), s.find("", 11), s.find("", 12))
print(s.rfind("a", 0, -1), s.rfind("a", -5, -2), s.index("c"), s.rindex("a", 0, 5))
print(s.count("a", 2), s.count("a", 2, 5), s.count("", 3, 5), s.count("", 20), s.count("", 5, 2))
print(s.startswith("bra", 1), s.startswith(("x", "abr")), s.endswith("cad", 0, 7), s.endswith(("z",)))
print(s.startswith("", 11), s.startswith("", 12), s.find("a", None, None), s.count("a", None, 4))
u = "naïve café naïve"
print(u.find("café"), u.rfind("naïve"), u.index("ï"), u.count("ï"), u.find("é", 5), u.find("ï", 3, 14))
print(u.startswith("ïve", 2), u.endswith("café", 0, 10), "€" in u, "ïve c" in u)
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "".find(""), "".count(""))
print("x".find("x", True), "hello".find("l", -2))
