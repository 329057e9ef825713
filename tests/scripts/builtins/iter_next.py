it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
di = iter(d); print(next(di), list(di))
s = iter("xyz"); print(iter(s) is s, list(s))
