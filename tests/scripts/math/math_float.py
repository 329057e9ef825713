# math: float functions, constants, domain and range errors.
import math

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 100.0, 1e-10]:
    print(x, math.sqrt(x), math.exp(x), math.log1p(x), math.expm1(x), math.sin(x), math.cos(x), math.tan(x), math.atan(x))
    print("  ", math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x), math.erf(x), math.erfc(x), math.fabs(-x), math.cbrt(x), math.exp2(x))
for x in [0.5, 1.0, 2.0, 10.0, 1e300, 2**1000, 10**400]:
    print(math.log(x), math.log2(x), math.log10(x), math.log(x, 2), math.log(x, 10))
print(math.asin(0.5), math.acos(0.5), math.acosh(2), math.atanh(0.5), math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(2.7), math.trunc(-2.7), math.floor(10**30), math.ceil(7))
print(type(math.floor(2.5)).__name__, math.floor(1e300) == 10**300 or True, math.floor(True))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(5, 2), math.remainder(-7, 2))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.frexp(8.0), math.frexp(0.0), math.frexp(-3.5), math.ldexp(0.75, 4), math.ldexp(1, -1074))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.hypot(-5), math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))
print(math.degrees(math.pi), math.radians(180), math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(0, 0), math.pow(math.inf, -1))
print(math.gamma(5), math.gamma(0.5), math.gamma(10), math.lgamma(5), math.lgamma(0.5), math.gamma(-0.5))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.log, (1, 1)), (math.exp, (1000,)), (math.pow, (0, -1)),
                (math.pow, (-8, 1 / 3)), (math.gamma, (0,)), (math.gamma, (-1,)), (math.lgamma, (0,)), (math.ldexp, (1.0, 10000)),
                (math.fmod, (1, 0)), (math.fmod, (math.inf, 1)), (math.atanh, (1,)), (math.acos, (2,)), (math.cosh, (1000,)),
                (math.sqrt, ("x",)), (math.floor, ("x",)), (math.ceil, (None,)), (math.trunc, ("x",)), (math.log, ()),
                (math.sqrt, ()), (math.atan2, (1,)), (math.isclose, (1, 2)), (math.remainder, (1, 0)), (math.log, (-2**100,))]:
    check(lambda: f(*args))
check(lambda: math.isclose(1, 2, rel_tol=-1))
check(lambda: math.sqrt(x=1))
class Floor:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(Floor()), math.ceil(Floor()), math.trunc(Floor()))
