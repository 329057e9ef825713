# float repr: shortest round-trip digits in CPython's layout.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 9999999999999998.0, 1e-5, 1e-4, 0.0001234,
        123456789.123, 2 ** 0.5, 1e22, 1e23, 1.5e300, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        100.0, 1e100, 123e-20, 3.14159, 2.5, 1234567890123456789.0, 0.5, 1e-7, 6.02214076e23]
for v in vals:
    print(repr(v), str(v), repr(-v))
print(float("inf"), float("-inf"), float("nan"), -float("inf"))
print([1.5, 2.25, 1e-10], (0.1,), {1.0: 2.0})
x = 0.0
for i in range(20):
    x += 0.1
    print(x, end=" ")
print()
for e in range(-10, 25):
    print(10.0 ** e, 1.5 * 10.0 ** e)
print(float(2**53), float(2**53 + 1), float(2**63), float(-2**64 + 1), float(10**30))
print(2 ** 0.5, 10 ** 0.5, 3 ** -1.0, 1.1 * 1.1, 0.1 * 3, 1 - 0.9)
