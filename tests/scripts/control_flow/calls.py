# Calls: positional, keywords, defaults, *args/**kwargs mixes, keyword-only and positional-only.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], c=0, **{"d": 9, "z": 1}))
print(f(1, *(2, 3), *[4], c=5, **{"x": 1}, y=2))
args = (10,)
kwargs = {"c": 30}
print(f(*args, **kwargs))

def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, c=3), pos_only(1, 2, 3))

def kw_only(*, k=1):
    return k
print(kw_only(), kw_only(k=5))

def defaults_eval(x=[]):
    x.append(1)
    return x
print(defaults_eval(), defaults_eval())

def ann(a: int, b: "str" = "s", *c: float, d: bool = True, **e: dict) -> list:
    pass
print(ann.__annotations__)
print(f.__defaults__, f.__kwdefaults__)

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + ":" + str(fn(*a, **k))
        return inner
    return wrap

@deco("outer")
@deco("inner")
def decorated(x):
    return x * 2
print(decorated(21))

class M:
    def m(self, x, y=0):
        return x + y
obj = M()
print(obj.m(1), obj.m(1, y=2), obj.m(*[3, 4]), M.m(obj, 5), obj.m(**{"x": 1}))
print(sorted([3, 1, 2], key=lambda v: -v, reverse=False))
print("{}-{}".format(*"ab"), dict(a=1, **{"b": 2}))

def star_only(*a):
    return a
print(star_only(), star_only(*[], *()), star_only(*"hi", 3))

try:
    f(1, 2, c=3, **{"c": 4})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)

def doc():
    "docstring here"
    return 1
print(doc.__doc__, (lambda: "x").__doc__, f.__doc__)
print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
