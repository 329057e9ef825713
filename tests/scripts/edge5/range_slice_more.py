r = range(10, 0, -3)
print(list(r), r[1:], r[::-1], r[::2], list(r[::-1]), r.start, r.stop, r.step, len(r), r[-1], 4 in r, 5 in r)
print(range(0) == range(5, 5), range(1, 4) == range(1, 5, 3) if False else range(1, 2) == range(1, 3, 5), hash(range(3)) == hash(range(0, 3)))
print(list(range(-5, 5, 4)), range(3).index(2), list(range(1, 10, 3))[::-1], sum(range(1, 101, 2)), max(range(7)), bool(range(0)))
try:
    range(3).index(5)
except ValueError as e:
    print(type(e).__name__, e)
s = slice(None, None, -2)
print("abcdefg"[s], [1, 2, 3, 4][slice(-2, None)], s.indices(7), slice(-100, 100).indices(5), slice(1, 2) == slice(1, 2))
try:
    "abc"[::0]
except ValueError as e:
    print(type(e).__name__, e)
l = list(range(10)); l[2:8:3] = ["x", "y"]; print(l); del l[::-4]; print(l)
