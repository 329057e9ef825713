a = {1, 2, 3}
b = {3, 4}
print(a.union(b, [5]), a.intersection(b, {3}), a.difference(b, [1]), a.symmetric_difference([3, 9]))
print(a.issubset({1, 2, 3, 4}), a.issuperset([1]), a.isdisjoint({7}), a <= a, a < a, a > {1}, a == {3, 2, 1}, a != {1})
c = a.copy()
c.update([7], (8,))
c.difference_update({1})
c.intersection_update({2, 3, 7, 8, 100})
print(c)
c.symmetric_difference_update({2, 50})
print(c)
c |= {9}
c &= {3, 9, 50, 7}
c -= {7}
c ^= {1}
print(c, len(c), 3 in c, 4 in c)
f = frozenset([1, 2])
print(f | {3}, {3} | f, f & {1}, type(f | {3}).__name__, type({3} | f).__name__, f.copy() is f)
print({frozenset([1]): "x"}, frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]))
print({1} in {frozenset([1])}, set() == set(), set() == frozenset())
s = {1, 2}
s.remove(1)
s.discard(99)
print(s)
r = set()
r.add(r.__class__.__name__)
print(r, repr(set()), repr(frozenset()), str({1}))
class MySet(set):
    pass
print(MySet([1, 2]), MySet(), frozenset({3}))
print(sorted({1, 2, 3} | {4}), list({5} - {5}))
