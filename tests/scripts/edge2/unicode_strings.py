s = "héllo wörld ñ 日本語 😀"
print(len(s), s.upper(), s[1], s[-1], s[::-1][:3], s.encode("utf-8")[:8], len(s.encode()))
print("Straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İstanbul".lower()[:3], "ΣΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("١٢٣".isdigit(), int("١٢٣"), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), float("٣.٥"))
print("é" == "e\u0301", sorted(["é", "e", "f", "z", "É"]), "a" < "é", ord(max("héllo")))
print("日本".center(6, "*"), f"{'日本':>5}|", "x😀y".find("y"), "😀".isprintable(), "\x07".isprintable(), repr("\u200b"))
print("abc".encode("utf-16-le") if True else "", "ü".encode("latin-1"), b"\xc3\xbc".decode(), "tab\there".split("\t"))
