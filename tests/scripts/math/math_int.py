# math: exact integer functions and fsum/prod.
import math

def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([math.factorial(n) for n in range(12)], math.factorial(50), len(str(math.factorial(1000))))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40 + 1), math.isqrt(2**127))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2**100, 6**50), math.gcd(12, 18, 8))
print(math.lcm(), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(2, 3, 4, 5), math.lcm(2**70, 3))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(10, 0))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([], start=2), math.prod([1.5, 2]), math.prod(range(1, 30)), math.prod([2, 3], start=0.5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum(range(10)))
print(math.fsum([1e308, 1e308, -1e308]) if False else 0, math.fsum([math.inf, 1.0]), math.fsum([0.3, 0.3, 0.3, -0.9]), math.fsum([2**53, 1, 1]))
for f, args in [(math.factorial, (-1,)), (math.factorial, (1.5,)), (math.factorial, ("x",)), (math.isqrt, (-1,)), (math.comb, (3, -1)),
                (math.comb, (-1, 2)), (math.perm, (-1, 2)), (math.perm, (2, -1)), (math.gcd, (1.5,)), (math.lcm, ("a", 2)),
                (math.fsum, ([1e308, 1e308],)), (math.fsum, ([math.inf, -math.inf],)), (math.comb, (1,)), (math.factorial, ())]:
    check(lambda: f(*args))
print(math.gcd(True, 4), math.factorial(True), math.isqrt(True), type(math.gcd(4, 6)).__name__)
