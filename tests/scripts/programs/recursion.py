import sys
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None: moves = []
    if n: hanoi(n - 1, a, c, b, moves); moves.append(a + c); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(3))
def perms(s):
    if len(s) <= 1: return [s]
    return [s[i] + p for i in range(len(s)) for p in perms(s[:i] + s[i+1:])]
print(perms("abc"), len(perms("abcde")))
memo = {}
def ways(n):
    if n < 0: return 0
    if n == 0: return 1
    if n not in memo: memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print(ways(50))
import functools
@functools.lru_cache(maxsize=None)
def ack(m, n):
    if m == 0: return n + 1
    if n == 0: return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print(ack(2, 3))
def infinite(n): return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)
def queens(n, row=0, cols=()):
    if row == n: return 1
    return sum(queens(n, row + 1, cols + (c,)) for c in range(n)
               if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)))
print(queens(6))
