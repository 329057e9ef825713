a, b = {1, 2, 3}, frozenset({3, 4})
print(sorted(a | b), type(a | b).__name__, type(b | a).__name__, sorted(b - a), type(b & a).__name__, a == {1, 2, 3}, b != {3, 4})
s = set(); s.update([1], (2,), {3: 0}); s.difference_update({1}); s.intersection_update([2, 3, 4]); s.symmetric_difference_update([3, 5]); print(sorted(s))
print({1, 2}.issuperset([1]), frozenset("ab") < frozenset("abc"), {"a", "b"} | set("c") == set("abc"), sorted({-1, 5, 3}), min({4, 2}), len(set(range(100))))
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
s = {1, 2}; s2 = s.copy(); s2.add(3); print(sorted(s), sorted(s2), {(1, 2), (1, 2)}, set("hello") >= {"h", "e"})
print(sorted(x % 4 for x in {1, 5, 9, 2}), {i for i in range(3)} | {10}, frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([1, 2]))
