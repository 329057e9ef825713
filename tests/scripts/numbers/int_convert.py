# int() construction and parsing, int methods and reprs.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(int(), int(5), int(-5.9), int(5.9), int(1e20), int(-1e20), int(True), int("  42 "), int("-0"), int("+17"))
print(int("1_000_000"), int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36))
print(int("  -0x_1f  ", 0), int("000", 0), int("10", 2), int("777", 8), int(b"12"), int(bytearray(b"34")), int(b"ff", 16))
print(int("1" * 50), int("-" + "9" * 40))
for bad in ["x", "", " ", "1_", "_1", "1__0", "0x", "1.5", "++1", "0b2"]:
    check(lambda: int(bad))
check(lambda: int("010", 0))
check(lambda: int("12", 1))
check(lambda: int("12", 37))
check(lambda: int("12", base=2))
check(lambda: int(float("inf")))
check(lambda: int(float("nan")))
check(lambda: int([]))
check(lambda: int(None))
check(lambda: int(1, 2))
check(lambda: int("1", x=2))
check(lambda: int("1" * 5000))
check(lambda: str(10**5000))
print(len(str(10**4299)), int("9" * 4300) > 0)

class WithInt:
    def __int__(self):
        return 42
class WithIndex:
    def __index__(self):
        return 7
print(int(WithInt()), int(WithIndex()), bin(WithIndex()), hex(WithIndex()))

print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length(), (2**100).bit_length())
print((255).bit_count(), (-255).bit_count(), (2**100 - 1).bit_count())
print((5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator, (-7).as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((2**70).to_bytes(10, "big"), (0).to_bytes(0, "big"), (65).to_bytes())
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes(b"\x80" + b"\x00" * 9, "big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
check(lambda: (256).to_bytes(1, "big"))
check(lambda: (-1).to_bytes(1, "big"))
check(lambda: (128).to_bytes(1, "big", signed=True))
check(lambda: (1).to_bytes(-1, "big"))
check(lambda: (1).to_bytes(1, "middle"))
print(round(12345, -2), round(12350, -2), round(12250, -2), round(-12350, -2), round(5, 2), round(2**70 + 5, -1))
print(repr(2**64), str(-2**64), repr(0), repr(-1))
print(bin(0), bin(5), bin(-5), oct(8), oct(-8), hex(255), hex(-255), hex(2**70), bin(2**65))
check(lambda: bin(1.5))
check(lambda: hex("x"))
print(int.__name__, type(5).__name__, type(2**100).__name__, isinstance(2**100, int), type(2**100) is int)
print(5 .__add__(3), (5).__radd__(3), (5).__sub__(2.0), (5).__mul__(2), (7).__floordiv__(2), (7).__mod__(-2))
print((7).__divmod__(2), (7).__rdivmod__(2), (5).__neg__(), (5).__abs__(), (5).__invert__(), (5).__bool__(), (0).__bool__())
print((3).__lt__(4), (3).__eq__(3.0), (3).__pow__(2), (2).__rpow__(3), (2).__lshift__(3), (5).__index__(), (5).__float__())
