print(list(), list("ab"), list((1, 2)), list({1: 'a'}), list(range(3)), list(x for x in "xy"))
print(tuple(), tuple([1]), tuple("ab"), tuple({2: 0}))
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 0}, z=9), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(1.5)
except TypeError as e:
    print(type(e).__name__, e)
