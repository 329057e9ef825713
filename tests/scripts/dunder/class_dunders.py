class Meta(type):
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class X(metaclass=Meta): pass
print(X, type(X).__name__)
class Base:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.subs.append((cls.__name__, kw))
class S1(Base): pass
class S2(Base, tag="t"): pass
print(Base.subs)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a, b = Single(1), Single(2)
print(a is b, a.v)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slots()
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.b
except AttributeError as e:
    print(type(e).__name__, e)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, typ=None):
        return self if obj is None else getattr(obj, self.name, 0) * 10
    def __set__(self, obj, v): setattr(obj, self.name, v)
class U:
    val = Desc()
u = U(); u.val = 4
print(u.val, u._val, type(U.val).__name__)
class CI:
    def __class_getitem__(cls, item): return f"CI[{item}]"
print(CI[int])
