# int arithmetic across the small/big boundary, Python's floor division and modulo signs.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 7, -7, 3, -3, 2**62 - 1, -2**62, 2**62, 2**63, -2**63 - 1, 10**20, -10**20, 12345678901234567890123]
for a in vals:
    for b in vals:
        print(a, b, a + b, a - b, a * b, a < b, a == b, a >= b)
        if b:
            print("  ", a // b, a % b, divmod(a, b))
for a in [7, -7, 2**65 + 3, -(2**65) - 3]:
    for b in [2, -2, 3, -3, 2**64, -(2**64)]:
        q, r = divmod(a, b)
        assert q * b + r == a
        print(a, b, q, r)
print(2**100, -2**100, 3**50, (-3)**51, 7**0, 0**0)
print(2**-1, 2**-2, (-2)**-3, 10**-5)
print(1 << 100, -1 << 70, (2**100) >> 90, -(2**100) >> 99, -1 >> 200, 5 >> 100, 1 << 0)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, ~0, ~5, ~-(2**70))
print((2**70 + 5) & (2**68 + 7), -(2**70) | 3, (2**80) ^ -1, -5 & 0xff, -(2**64) & (2**65 - 1))
print(-(-2**62), abs(-2**62), +(2**70), -(2**70), abs(-(2**70)))
print(10**30 // 7, 10**30 % 7, -10**30 // 7, -10**30 % 7)
print(1 / 3, 2**60 / 3, 10**30 / 10**10, (2**1000) / (2**999), 1 / -4, -7 / 2, 0 / 5, 10**400 // 10**399)
print(123456789 * 987654321, 99999999999 * 99999999999)
check(lambda: 1 // 0)
check(lambda: 1 % 0)
check(lambda: 1 / 0)
check(lambda: divmod(1, 0))
check(lambda: 2**100 // 0)
check(lambda: 0 ** -1)
check(lambda: 1 << -1)
check(lambda: 1 >> -1)
check(lambda: 2 ** 1024 / 1)
check(lambda: (2**2000) / 3)
check(lambda: 1 + "a")
check(lambda: "a" * 3)
check(lambda: 3 * "ab")
check(lambda: 1 < "a")
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 3; x %= 50; x <<= 2; x >>= 1; x |= 1; x &= 0xff; x ^= 3
print(x)
n = 1
for i in range(1, 30):
    n *= i
print(n, n // (2**40), n % 1000007)
