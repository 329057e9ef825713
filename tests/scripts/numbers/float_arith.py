# float arithmetic, Python's floor division/modulo rules, mixed int/float comparisons, methods.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.5, -1.5, 7.0, -7.0, 0.1, 1e300, -2.5, 3]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b, a < b, a == b)
        if b:
            print("  ", a / b, a // b, a % b, divmod(a, b))
print(5.5 % 2, -5.5 % 2, 5.5 % -2, -5.5 % -2, 5.5 // 2, -5.5 // 2, 1e308 * 10, -1e308 * 10)
print(2.0 ** 10, 2.0 ** -1, (-2.0) ** 3, (-8) ** (1 / 3), 0.0 ** 0, (-1.5) ** 2.0, 4 ** 0.5, float("inf") ** 0)
check(lambda: 1.0 / 0)
check(lambda: 1.0 // 0)
check(lambda: 1.0 % 0)
check(lambda: divmod(1.0, 0))
check(lambda: 0.0 ** -1)
check(lambda: 2.0 ** 10000)
check(lambda: 1.5 + "a")
# exact comparisons between ints and floats
big = 2**53 + 1
print(big == float(big), big > float(big), float(2**53) == 2**53, 2**1000 > 1e300, 2**1024 > float("inf"),
      -2**1024 < float("-inf"), 1 < 1.5, 2 > 1.5, 1 == 1.0, 10**30 == 1e30, 10**22 == 1e22, 0.5 < 1)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan == 1, 1 != nan)
# float methods
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (3.0).as_integer_ratio())
print((1.5).hex(), (0.1).hex(), (-2.0).hex(), (0.0).hex(), (5e-324).hex(), float("inf").hex(), (1e300).hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("  0xA.8p0  "), float.fromhex("inf"), float.fromhex("0x1.fffffffffffff8p1023") if False else 0)
check(lambda: float.fromhex("x"))
check(lambda: float.fromhex("0x1p10000"))
check(lambda: float("inf").as_integer_ratio())
check(lambda: float("nan").as_integer_ratio())
print((2.5).conjugate(), (2.5).real, (2.5).imag, (2.7).__trunc__(), (-2.7).__floor__(), (-2.2).__ceil__(), (2.9).__int__())
# rounding
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16, 123.456, -123.456, 1e300]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), round(v, -2))
check(lambda: round(float("inf")))
check(lambda: round(float("nan")))
print(round(float("inf"), 2), round(1.5, None), type(round(1.5)), type(round(1.5, 0)))
# float() parsing
for s in ["1.5", " -2.5e3 ", "inf", "-Infinity", "nan", "1_000.5", ".5", "5.", "1e5", "+1E-3", "\t3.25\n", "0x10"]:
    check(lambda: float(s))
for s in ["", "1_", "1__0", "e5", ".", "1e", "abc", "1.5.5"]:
    check(lambda: float(s))
print(float(), float(3), float(-2**70), float(True), float(b"1.25"))
check(lambda: float([]))
check(lambda: float(2**1024))
check(lambda: float(x=1))
class F:
    def __float__(self):
        return 2.5
class Idx:
    def __index__(self):
        return 3
print(float(F()), float(Idx()))
x = 1.5
x += 1; x *= 3; x /= 2; x //= 1; x **= 2; x %= 7; x -= 0.5
print(x)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.5), hash(1e100), hash(float("inf")), hash(-0.0), hash(2.0**70) == hash(2**70))
