def f():
    x = "f.x"
    class C:
        x = "C.x"
        y = x
        def m(self):
            return x
        z = [x for _ in range(1)]
        w = (lambda: x)()
    return C
C = f()
print(C.y, C().m(), C.z, C.w)

def g():
    a = 1
    class D:
        nonlocal a
        a = 2
    return a
print(g())

class E:
    global gv
    gv = "set from class"
print(gv)

def h():
    v = 0
    class F:
        def inc(self):
            nonlocal v
            v += 1
            return v
    o = F()
    o.inc(); o.inc()
    return v
print(h())

def k():
    items = []
    for i in range(3):
        def deco(fn, i=i):
            def w():
                return fn() + i
            return w
        @deco
        def base():
            return 100
        items.append(base())
    return items
print(k())

def shadow_builtin():
    len = lambda x: 42
    return len([1, 2])
print(shadow_builtin(), len([1]))

def uses_class_var_in_genexp():
    class G:
        vals = [1, 2, 3]
        total = sum(v for v in vals)
    return G.total
print(uses_class_var_in_genexp())

def reassign_after_del():
    x = 1
    del x
    x = 2
    return x
print(reassign_after_del())

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.__class__.count += 0
for _ in range(3): Counter()
print(Counter.count)

def super_in_nested():
    class A:
        def who(self): return "A"
    class B(A):
        def who(self):
            inner = lambda: super(B, self).who()
            return "B>" + inner() + ">" + super().who()
    return B().who()
print(super_in_nested())

def classcell_value():
    class X:
        def get(self):
            return __class__
    return X().get() is X
print(classcell_value())

def star_assign_in_for():
    res = []
    for a, *b, c in [(1, 2, 3, 4), (5, 6)]:
        res.append((a, b, c))
    return res
print(star_assign_in_for())

def walrus_scopes():
    data = [1, 5, 10, 15]
    if (n := len(data)) > 3:
        big = [y for x in data if (y := x * 2) > 10]
    return n, big, y
print(walrus_scopes())

def try_in_loop_with_else():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
        except ValueError:
            out.append("err")
        else:
            out.append("ok")
        finally:
            out.append("fin")
    return out
print(try_in_loop_with_else())

def nested_functions_defaults():
    x = 5
    def inner(a=x, *, b=x * 2):
        return a + b
    x = 100
    return inner(), inner(1), inner(b=0)
print(nested_functions_defaults())

print((lambda a, /, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print([f"{i:02d}" for i in range(3)])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2], *(3,), sep=",")
i = 10
print([i for i in range(3)], i)
print(type(lambda: 0).__name__ == type(f).__name__)
x = 0
def aug_global():
    global x
    x += 1
    x *= 10
aug_global()
print(x)
class WithSlots:
    __private = "p"
    def get(self):
        return self.__private, WithSlots.__private, getattr(self, "_WithSlots__private")
print(WithSlots().get())
def yielder():
    x = yield from (i * i for i in range(3))
    return x
print(list(yielder()))
def cond_import():
    if True:
        import math as m
    return m.floor(2.5)
print(cond_import())
from math import floor as fl, ceil
print(fl(1.5), ceil(1.5))
