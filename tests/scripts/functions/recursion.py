import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)

def depth(n):
    if n == 0: return 0
    return 1 + depth(n - 1)
print(depth(900))
print(sys.getrecursionlimit())

def g():
    g()
g()
