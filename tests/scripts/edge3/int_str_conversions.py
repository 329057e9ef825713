print(int("0o17", 0), int("17", 8), int("-0b11", 2) if False else int("-11", 2), int("Z", 36), int("  +42  "), int("٤٢"))
print(str(-0), str(10 ** 30), repr(-10 ** 30), f"{10**30:e}", int("1" * 50) % 97, int(" 1_2_3 "))
for bad in ["1_", "_1", "1__2", "0b2", "+-1", "0o8", " ", "1 2"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 37)
except ValueError as e:
    print(type(e).__name__, e)
print(int("10", base=16), int(b"42"), int(bytearray(b"7")), float(b"1.5"), int(True), int(-7.9), int("-0x10", 16))
