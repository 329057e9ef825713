# Common class patterns: decorators, callable instances as descriptors, property overrides with super(), __reversed__, NotImplemented in __eq__, singletons via __new__, subclasses of tuple/str/dict/float/int, exceptions with keyword arguments.
def register(cls):
    cls.registered = True
    return cls
@register
class A:
    pass
print(A.registered)
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a, **k: self(obj, *a, **k)
@CountCalls
def square(x): return x * x
print(square(3), square(4), square.calls)
class W:
    @CountCalls
    def m(self, y): return y + 1
w = W()
print(w.m(1), w.m(2), W.m.calls)
class Base:
    @property
    def kind(self): return "base"
    def describe(self): return f"I am {self.kind}"
class Child(Base):
    @property
    def kind(self): return "child/" + super().kind
print(Child().describe(), Base().describe())
class R:
    def __init__(self, data): self.data = data
    def __reversed__(self): return iter(self.data[::-1] + ["!"])
    def __iter__(self): yield from self.data
print(list(reversed(R([1, 2]))), list(R([1, 2])))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if not isinstance(o, Eq): return NotImplemented
        return self.v == o.v
print(Eq(1) == Eq(1), Eq(1) == 1, 1 == Eq(1), Eq(1) != "x", [Eq(1)].count(Eq(1)), Eq(2) in [Eq(1), Eq(2)])
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __iter__(self): return iter((self.x, self.y))
    def __repr__(self): return f"Pt({self.x}, {self.y})"
    def __eq__(self, o): return tuple(self) == tuple(o)
    def __hash__(self): return hash(tuple(self))
x, y = Pt(1, 2)
print(x, y, {Pt(1, 2): "a"}[Pt(1, 2)], dict.fromkeys([Pt(0, 0)]), sorted([Pt(2, 1), Pt(1, 2)], key=tuple))
class Config:
    DEFAULTS = {"a": 1}
    SIZE = len(DEFAULTS)
    NAMES = [k.upper() for k in DEFAULTS]
print(Config.SIZE, Config.NAMES)
class Outer:
    x = 10
    class Inner:
        y = 20
    def get(self): return self.Inner.y + self.x
print(Outer().get(), Outer.Inner.__qualname__)
class Chain:
    def __init__(self): self.ops = []
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        def op(*args):
            self.ops.append((name, args))
            return self
        return op
c = Chain().select("a").where("b", 1).limit(5)
print(c.ops)
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)
class Vec(tuple):
    def __new__(cls, *xs): return super().__new__(cls, xs)
    def __add__(self, o): return Vec(*(a + b for a, b in zip(self, o)))
    def __repr__(self): return "Vec" + super().__repr__()
print(Vec(1, 2) + Vec(3, 4), len(Vec(1, 2, 3)), isinstance(Vec(), tuple), Vec(1)[0])
class Str(str):
    def shout(self): return self.upper() + "!"
print(Str("hi").shout(), Str("a") + "b", type(Str("a") + "b").__name__, Str("x") == "x")
class Cnt(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Cnt()
for ch in "hello":
    c[ch] += 1
print(c, sorted(c.items()))
class F(float):
    def __repr__(self): return f"F({float(self)})"
print(F(1.5), F(1.5) * 2, round(F(2.567), 1))
class I(int):
    def __new__(cls, v, label=""):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
i = I(5, "five")
print(i, i + 1, i.label, type(i + 1).__name__, I(3) == 3, hash(I(3)) == hash(3))
class E(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code
try:
    raise E("bad", code=7)
except E as e:
    print(e, e.code, e.args)
