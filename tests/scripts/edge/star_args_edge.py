def f(*args, **kwargs): return args, sorted(kwargs.items())
print(f(), f(1, *[], **{}), f(*"ab", *b"c"), f(**{"a": 1}, **{"b": 2}), f(*range(3), k=1))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
def kwonly(*, a, b=2): return a, b
print(kwonly(a=1), kwonly(b=3, a=0))
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kwonly()
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d): return a + b + c + d
print(many(*[1, 2], *[3], 4), many(1, *(2, 3), d=4))
try:
    many(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
