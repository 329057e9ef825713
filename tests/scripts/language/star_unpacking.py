a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
(a, b), [c, *d] = (1, 2), [3, 4, 5]
print(a, b, c, d)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def f(*args, **kw): return args, kw
print(f(*[1, 2], 3, *(4,), x=1, **{'y': 2}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
