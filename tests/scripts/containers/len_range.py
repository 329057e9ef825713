print(len("abc"), len([1, 2]), len({}), len(range(10)), len(b"xy"), len({1, 2, 2}))
r = range(1, 20, 3)
print(r, list(r), r[2], r[-1], r[1:3], len(r), 7 in r, 8 in r, r.index(10), r.count(4))
print(list(range(5, 0, -2)), list(range(0)), range(0, 10, 2) == range(0, 9, 2), repr(range(3)))
print(range(10**20)[-1], len(range(0, 10**6, 7)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[5]
except IndexError as e:
    print(type(e).__name__, e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
