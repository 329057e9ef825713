import functools, operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
p = functools.partial(int, base=2); print(p("1011"), p.func is int, p.keywords)
def power(base, exp): return base ** exp
sq = functools.partial(power, exp=2); print(sq(9), list(map(sq, range(4))))
@functools.lru_cache(maxsize=2)
def slow(x):
    print("compute", x); return x * 2
print(slow(1), slow(1), slow(2), slow(3), slow(1))
print(slow.cache_info())
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)
