# isinstance/issubclass, type(), getattr family, callable, id, hash, repr, format, dir.
class A: pass
class B(A): pass
class Meta(type): pass
class WithMeta(metaclass=Meta): pass

print(isinstance(B(), A), isinstance(A(), B), isinstance(1, (str, (float, int))), isinstance(True, int))
print(issubclass(B, A), issubclass(A, (B, object)), issubclass(bool, int), issubclass(Meta, type))
print(isinstance(WithMeta, Meta), isinstance(WithMeta, type), type(WithMeta) is Meta, type(Meta) is type)
print(isinstance(int, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
print(isinstance(None, type(None)), isinstance(..., type(...)), type(NotImplemented).__name__)

class Checker(type):
    def __instancecheck__(cls, obj): return obj == "magic"
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Checker): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))

print(type(1), type("s"), type([]), type(type), type(A()), type(B).__name__)
T = type("T", (A,), {"x": 1, "m": lambda self: "m"})
print(T.__name__, T.__bases__, T().x, T().m(), issubclass(T, A), T.__qualname__)
print(type("E", (), {}).__mro__[1], type.__name__, object.__name__)

o = A()
setattr(o, "val", 10)
print(getattr(o, "val"), getattr(o, "missing", None), hasattr(o, "val"), hasattr(o, "missing"))
delattr(o, "val")
print(hasattr(o, "val"), getattr(A, "__name__"), getattr(1, "real"), getattr("s", "upper")())

print(callable(len), callable(A), callable(A()), callable(lambda: 0), callable("s"), callable(print))
x = object()
print(id(x) == id(x), id(x) != id(object()), type(id(x)).__name__)
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)), hash(True) == 1)
print(repr("a'b"), repr(None), repr(1.5), repr([1, "x"]), repr(A)[:16])
print(ascii("caf\xe9"), ascii("\u20ac"), ascii(["\U0001f600"]), ascii(1))
print(format(255, "x"), format(3.14159, ".2f"), format("s", "^5"), format(12), format(A, "") == str(A))
print(format(True), format(None), format([1]), "{:>4}".format(7))

class Dirs:
    cls_attr = 1
    def method(self): pass
d = Dirs()
d.inst = 2
print([n for n in dir(d) if not n.startswith("__")])
print([n for n in dir(Dirs) if not n.startswith("__")])
print("__init__" in dir(d), "__class__" in dir(d), dir(d) == sorted(dir(d)))
class CustomDir:
    def __dir__(self): return ["z", "a", "m"]
print(dir(CustomDir()))
print([n for n in dir(int) if not n.startswith("_")][:6])
print(len([n for n in dir(object)]) > 20, "mro" in dir(type))
print(o.__class__ is A, A.__class__ is type, (1).__class__, None.__class__)
print(vars(d), sorted(vars(Dirs).keys())[-3:])
