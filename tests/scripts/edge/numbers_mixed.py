print(1 + 2.0, 3 * 0.5, 7 / 7, type(7 / 7).__name__, 2 ** 3.0, 10 % 3.5, True + 0.5, 1 == 1.0, 1 < 1.5)
print(complex(1, 2) * 2, (1 + 2j).real, (1 + 2j).imag, (1 + 2j).conjugate(), abs(3 - 4j), 1j ** 2, complex("3+4j"))
print(int(1e10), int(-1e10), float(2 ** 53 + 1), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 16 == 1e16, 0.1 + 0.2 == 0.3)
print(max(1, 1.0), min(1.0, 1), sorted([2, 1.5, True, 0.0]), sum([1, 0.5, True]), 3 // 0.7, -3 // 0.7)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.sqrt(16), math.pi, math.e, math.inf, math.isnan(math.nan))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.hypot(3, 4), math.copysign(1, -0.0), math.fabs(-3), math.isclose(0.1 + 0.2, 0.3))
try:
    math.sqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.log(0)
except ValueError as e:
    print(type(e).__name__, e)
