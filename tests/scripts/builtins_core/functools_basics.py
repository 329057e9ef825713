# functools: reduce, partial, wraps, total_ordering, cmp_to_key, lru_cache/cache, cached_property.
import functools
from functools import reduce, partial, wraps, total_ordering, cmp_to_key, lru_cache, cache, cached_property
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), partial(power, 2)(10), partial(partial(power, 3), mod=5)(4), sq.func is power, sq.args, sq.keywords)
p = partial(print, "a", sep="-")
p("b", "c")
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        "inner doc"
        return ("wrapped", f(*a, **k))
    return inner
@deco
def hello(name):
    "Say hello."
    return "hi " + name
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), sorted([V(3), V(1), V(2)]), max(V(5), V(9)))
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __ge__(self, o): return self.v >= o.v
print(G(1) < G(2), G(2) > G(1), G(1) <= G(1), G(3) > G(3))
try:
    @total_ordering
    class Nothing: pass
except ValueError as e:
    print("ValueError:", e)
def cmp(x, y): return (x > y) - (x < y)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), len(calls), fib.cache_info())
@lru_cache
def twice(x): return x * 2
print(twice(2), twice(2), twice(3), twice.cache_info(), twice.__name__)
@lru_cache(maxsize=2)
def ident(x):
    calls.append(("ident", x))
    return x
calls.clear()
for x in [1, 2, 1, 3, 2, 1]:
    ident(x)
print(calls, ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
@cache
def sq(x): return x * x
print(sq(4), sq(4), sq.cache_info().hits)
class Data:
    def __init__(self, n): self.n = n
    @cached_property
    def total(self):
        print("computing")
        return sum(range(self.n))
    @lru_cache(maxsize=None)
    def method(self, k): return self.n * k
d = Data(10)
print(d.total, d.total, "total" in vars(d), d.method(3), d.method(3))
del d.total
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
