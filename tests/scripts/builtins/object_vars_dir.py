o = object()
print(type(o).__name__, object.__name__, object.__bases__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
class C:
    a = 1
    def __init__(self): self.b = 2
    def m(self): pass
c = C()
print(vars(c), "a" in vars(C), sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("_")], "m" in dir(C), dir(c) == sorted(dir(c)))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
def f():
    x, y = 1, 2
    return sorted(dir())
print(f())
import math
print("sqrt" in dir(math), "pi" in vars(math))
