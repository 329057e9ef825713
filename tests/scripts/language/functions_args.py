def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
def pos(a, b, /, c): return a, b, c
print(pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, c=3, a=4)
except TypeError as e:
    print(type(e).__name__, e)
def g(x): return x
try:
    g(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(y=1)
except TypeError as e:
    print(type(e).__name__, e)
def defaults(l=[]):
    l.append(1)
    return l
print(defaults(), defaults())
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount)
