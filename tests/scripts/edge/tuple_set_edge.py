t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t * 2, (1,) + (2,), t < (1, 3), len(()), (1,) == (1.0,), tuple(reversed(t)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
s = {3, 1, 2}
s.add(4); s.discard(10); s.discard(1); print(sorted(s), s.pop() in {2, 3, 4}, len(s))
s2 = {1, 2, 3}; s2 |= {4}; s2 -= {1}; s2 &= {2, 3, 4, 5}; s2 ^= {5}; print(sorted(s2))
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, set() == frozenset(), {frozenset({1}): 1})
print(sorted({"b", "a", "c"}), sorted({1, 2, 3}.difference([2], [3])), sorted({1, 2}.symmetric_difference([2, 3])), {1, 2}.intersection([2], [2, 3]))
print(repr(set()), repr({1}), repr(frozenset()), set([1]).copy(), len({1, 1.0, True}))
