def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(a=1, c=2))

def show(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print(type(e).__name__, e)

def g(x, y): return x + y
def h(x, y=1): return x * y
def p(a, /, b): return a, b
def k(*, key): return key
def z(): return 0
def one(x): return x

show(g, 1)
show(g)
show(g, 1, 2, 3)
show(h, 1, 2, 3)
show(h)
show(g, 1, y=2, z=3)
show(g, 1, x=2)
show(p, a=1, b=2)
show(p, 1, b=2)
show(k)
show(k, 1)
show(k, key=5)
show(z, 1)
show(one, 1, 2)
show(one)
def three(a, b, c): pass
show(three)
show(three, 1)
def kw2(*, a, b): pass
show(kw2)
def mixed(a, *, b): pass
show(mixed, 1, 2, b=3)
show(mixed, 1, 2)

class A:
    def m(self, x): return x
show(A().m)
show(A().m, 1, 2)
show(A.m, 1)

def defaults(a, b=[], c={}):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__)
print(A.m.__qualname__, z.__code__.co_name)

def star(*args, **kwargs): return args, kwargs
print(star(*[1, 2], *(3,), **{'a': 1}, b=2))
print(star(**{'x': 1}, **{'y': 2}))
try:
    star(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print(e)
try:
    star(**{1: 2})
except TypeError as e:
    print(e)
try:
    star(*1)
except TypeError as e:
    print(e)
try:
    star(**1)
except TypeError as e:
    print(e)
