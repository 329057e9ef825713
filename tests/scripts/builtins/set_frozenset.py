s = set([3, 1, 2, 3])
print(sorted(s), len(s), set(), frozenset(), set("aab") == {"a", "b"})
f = frozenset([1, 2])
print(f, f | {3}, type(f | {3}).__name__, {1, 2} == f, hash(f) == hash(frozenset([2, 1])))
print(sorted(s & {1, 5}), sorted(s - {1}), sorted(s ^ {1, 9}), s <= {1, 2, 3, 4}, s > {1})
d = {f: "frozen key"}
print(d[frozenset({2, 1})])
try:
    {set()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.add(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print({1, 2, 3}.isdisjoint({4}), {1}.issubset([1, 2]), set([1]).union([2], (3,)))
