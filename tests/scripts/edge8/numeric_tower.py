print(7 // -2, -7 // -2, 7 % -2, -7 % -2, 7.0 // -2, divmod(-7.0, 2), 2 ** -2, (-2) ** 0.5 if False else "c", 0.0 == -0.0)
print(1e300 * 1e10, -1e300 * 1e10, (1e300 * 1e10) - (1e300 * 1e10) != 0, 1 / 3 * 3 == 1, 0.1 * 3 == 0.3)
print(round(1.5), round(2.5), round(-0.5), round(0.5 + 1e-9), round(123.456, -1), round(-123.456, 1), round(1e15 + 0.5))
print(int(2.9999999999999999), int(1e18), int(-1e-10), float(10 ** 18), 10 ** 18 == 1e18, 2 ** 63 == 2.0 ** 63, (2 ** 53 + 1) == 2.0 ** 53)
print(pow(10, -2), pow(-2, 3), pow(2, 3, -3), pow(-2, 3, 5), 5 % 3.0, -5 % 3.0, 5.5 // 1, abs(-2 ** 100))
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8) ** 0.5 + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(complex(3, 4) / 2, complex("1j") ** 2, (1 + 1j) * (1 - 1j), abs(-3j), (2j).real, repr(complex(-0.0, 1)))
