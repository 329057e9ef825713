# Trickier container behaviour: mutation during iteration, recursion, subclasses, comparisons.
l = [1, 2, 3]
for x in l:
    if x == 1:
        l.append(4)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
a = [1]
a.append(a)
b = {"k": a}
print(a, b, [a, a])
d = {}
d[1] = d
print(d, {1: [d]})
t = ([],)
t[0].append(t)
print(t)
s = set()
print(repr(s), repr([s]))
class L(list):
    def __repr__(self):
        return "L" + list.__repr__(self)
print(L([1, 2]), [L([3])], L() == [], isinstance(L(), list), type(L([1]) + [2]).__name__)
class D(dict):
    pass
dd = D(a=1)
dd["b"] = 2
print(dd, type(dd.copy()).__name__, dd == {"a": 1, "b": 2}, D.fromkeys("xy", 0), type(D.fromkeys("x")).__name__)
class T(tuple):
    pass
print(T((1, 2)) + (3,), T() == (), hash(T((1,))) == hash((1,)))
print([1, 2] * -1, (1,) * -5, "ab" * 0)
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["aa", "b", "ccc"], key=len, reverse=True))
nan = float("nan")
print(nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}[nan] if True else 0)
print([1, 2, 3] > [1, 2], (1, 2, 3) >= (1, 2, 3), [0] < [0, 0], [[1]] < [[2]])
print({1, 2} < {1, 2, 3}, {1, 2} > {1}, {1} <= {1}, frozenset() < {1})
print(list(range(10, 0, -3)), range(10)[3:8:2], range(0, 10, 3)[-1], len(range(-5, 5, 3)))
print(list(zip(*zip([1, 2], [3, 4]))), dict(zip(range(3), "abc")))
it = iter(range(5))
print(next(it), list(it), list(it))
e = enumerate(["a", "b"], start=10)
print(list(e), list(enumerate(range(3), -1)))
m = map(lambda x: x * 2, range(3))
print(list(m), list(m))
g = (i for i in range(3))
print(sorted(g), sum(i for i in range(4)), max(i * i for i in range(5)))
x = [5, 3, 8]
x.sort(key=None, reverse=False)
print(x, x.index(8), x.index(3, 0, 2))
print(list(reversed(range(0, 10, 3))), list(reversed([])), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))
print(tuple(sorted({3: 1, 1: 2}.items())), min({"b": 1, "a": 2}), max("hello"), min([[2], [1, 5]]))
big = list(range(100000))
big.reverse()
big.sort()
print(big[:3], big[-3:], len(big))
deep = []
for i in range(100):
    deep = [deep]
print(str(deep)[:20], len(str(deep)))
