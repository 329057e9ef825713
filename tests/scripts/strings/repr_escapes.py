# repr and ascii of tricky strings
tests = ["", "'", '"', "'\"", "a'b", 'a"b', "\\", "\n\r\t", "\x00\x01\x1f\x7f", "\x80\x85\x9f\xa0\xad\xff",
         "é€😀", "\u2028\u2029\u200b\ufeff", "\ud800\udfff", "\U000e0001", "\u0378", "\ue000", "\U0010ffff", "ā̈"]
for t in tests:
    print(repr(t), ascii(t), len(t))
print(repr(["a", "b'", 'c"']), ascii(["é"]), ascii({"é": "€"}))
print(str("x"), repr(repr("x")))
