def sieve(n):
    is_p = [True] * (n + 1); is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]: is_p[i*i::i] = [False] * len(is_p[i*i::i])
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(100); print(ps, len(sieve(10000)))
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2**40, 6**20))
import math
print(math.gcd(12, 18), math.factorial(20), math.isqrt(10**20 + 1), math.comb(10, 3))
def collatz(n):
    steps = 0
    while n != 1: n = n // 2 if n % 2 == 0 else 3 * n + 1; steps += 1
    return steps
print(max(range(1, 1000), key=collatz), collatz(27))
print(sum(int(d) for d in str(2 ** 1000)), len(str(math.factorial(100))))
from fractions import Fraction
print(sum(Fraction(1, n) for n in range(1, 8)), Fraction(3, 4) * 2)
