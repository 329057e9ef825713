print(int(), int("42"), int(" -7 "), int("ff", 16), int("0x1f", 0), int("0b101", 0), int("z", 36), int(3.99), int(-3.99), int(True), int("1_000"))
print(float(), float("3.5"), float(" -1e3 "), float("inf"), float("-nan"), float(7), float("1_0.5"))
for bad in ["abc", "1.5", "", "0x", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["x", "", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int(10**20 + 0.0) == 10**20, float(10**20), int("-0"), 5 .bit_length(), (255).to_bytes(2, "big"))
