print(str(), str(5), str(1.0), str([1, "a"]), str(None), str(b"ab"), str(b"ab", "ascii"), str(bytearray(b"q"), "utf-8"))
print(bool(), bool(0), bool("0"), bool([]), bool([[]]), bool(None), bool(float("nan")))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(str(b"\xffa", "utf-8", "replace"), str(b"\xffa", "ascii", "ignore"))
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(True + 1, True * 3, True == 1, isinstance(True, int), str(True), repr(False), -True)
