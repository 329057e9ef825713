from fractions import Fraction as F
import math
print(sum(F(1, n) for n in range(1, 8)), F(3, 4) * 2, F(6, -4), F(-3), F(0, 5), repr(F(1, 3)))
print(F("3/4"), F(" -1/2 "), F("1.25"), F("1e-3"), F("-.5E2"), F("7"), F("1_000/3"), F(0.1), F(2.5), F(F(1, 2)))
print(F(F(1, 2), F(3, 4)), F(True), F(5).denominator, F(5, 10).numerator)
for bad in ["1/0", "abc", "1 / 2", "", "1/-2", "3.x", "1__0"]:
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
for bad in [(1, 0), (1.5, 2), ([],)]:
    try:
        F(*bad)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, 1 / a, a / 2, 3 // a, a % 1, 7 % a)
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a ** 0.5, 2 ** F(3), 2 ** F(1, 2), F(4) ** F(1, 2), a + 1j)
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, a != b, a < b, a > b, a <= 0.5, a >= 1, F(1, 2) < 0.6)
print(F(1, 2) == float("nan"), F(1, 2) < float("inf"), sorted([F(1, 2), 0.3, 1, F(1, 5)]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), hash(F(1, 3)), hash(F(-7, 9)))
print(int(F(7, 2)), int(F(-7, 2)), float(F(1, 8)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(1, 7), 3))
print(abs(F(-3, 4)), -F(3, 4), +F(3, 4), bool(F(0)), bool(F(1, 9)), F(3, 4).as_integer_ratio(), hasattr(F(1), "is_integer"))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F(1, 3).limit_denominator(), F.from_float(0.75))
try:
    a / F(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(str(F(10, 5)), f"{F(3, 4)}", [F(1, 2)], {F(1, 2): "half"}[0.5], isinstance(F(1), F))
class MyF(F):
    pass
print(repr(MyF(1, 2)), type(MyF(1, 2) + 1).__name__)
