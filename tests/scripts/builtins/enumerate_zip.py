print(list(enumerate("abc")), list(enumerate("ab", start=10)))
e = enumerate([5, 6]); print(next(e), next(e), next(e, None))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip("abc", range(3))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip(*[(1, 'a'), (2, 'b')])))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
