def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def counted(fn):
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@counted
def noop(): pass
for _ in range(5): noop()
print(noop.calls)
class Deco:
    def __init__(self, fn): self.fn = fn; self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a) * 2
@Deco
def dbl(x): return x + 1
print(dbl(1), dbl(2), dbl.n)
def method_deco(m):
    def w(self, *a): return f"<{m(self, *a)}>"
    return w
class T:
    @method_deco
    def show(self, v): return v
print(T().show("x"))
def pipeline(*fns):
    def run(x):
        for f in fns: x = f(x)
        return x
    return run
print(pipeline(str.strip, str.upper, lambda s: s + "!")("  hi  "))
