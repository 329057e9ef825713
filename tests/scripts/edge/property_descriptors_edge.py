class C:
    @property
    def ro(self): return "read-only"
c = C()
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, o, n): self.n = n
    def __get__(self, obj, owner):
        if obj is None: return self
        return obj.__dict__.get(self.n)
    def __set__(self, obj, v):
        if not isinstance(v, self.t): raise TypeError(f"{self.n} must be {self.t.__name__}")
        obj.__dict__[self.n] = v
class P:
    age = Typed(int)
    name = Typed(str)
p = P(); p.age = 5; p.name = "z"
print(p.age, p.name, vars(p))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
class NonData:
    def __get__(self, obj, owner): return "from descriptor"
class Q:
    attr = NonData()
q = Q(); print(q.attr); q.__dict__["attr"] = "instance wins"; print(q.attr)
class Cached:
    calls = 0
    @property
    def v(self):
        Cached.calls += 1
        return 7
cc = Cached(); cc.v; cc.v; print(Cached.calls)
print(type(C.ro).__name__, C.ro.fget.__name__, C.ro.fset)
