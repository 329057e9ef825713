import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    "adds"
    return a + b
add(1, b=2)
print(add.__name__, add.__doc__)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x): return "hi " + x
print(hi("bob"))
def d1(f): print("d1"); return lambda: "d1(" + f() + ")"
def d2(f): print("d2"); return lambda: "d2(" + f() + ")"
@d1
@d2
def base(): return "base"
print(base())
def register(cls):
    cls.registered = True
    return cls
@register
class K: pass
print(K.registered)
