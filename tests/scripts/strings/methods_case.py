# case mapping and character class predicates
for s in ["hello World", "HELLO", "ǅungla", "straße", "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "ﬁre", "İstanbul", "o'neil's x1y", "", "123abc", "élan ÉLAN"]:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.capitalize(), s.title(), s.swapcase())
for s in ["", "abc", "ABC", "Abc", "Abc Def", "abc1", "123", "١٢٣", "²", "½", "Ⅻ", " \t\n", "a b", "é", "_x1", "1x", "def", "ǅ", "Ab Cd", "AB Cd", "\x00", "é\u200b", "😀"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print("ß".upper(), "ß".casefold(), "ﬃ".upper(), "ŉ".upper(), "ΐ".upper())
print("ΑΣ ΑΣΑ Σ".lower(), "ΑΣ.".lower(), "A\u0345Σ".lower())
