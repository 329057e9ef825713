# Properties, classmethod/staticmethod, user descriptors, __set_name__, bound methods.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    readonly = property(lambda self: "ro")
    nothing = property()

t = Temp()
t.celsius = 25
print(t.celsius, Temp.celsius.__doc__, type(Temp.celsius).__name__)
del t.celsius
print(t.celsius)
for action in (lambda: setattr(t, "readonly", 1), lambda: delattr(t, "readonly"),
               lambda: t.nothing, lambda: setattr(t, "celsius", -300)):
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__, Temp.readonly.fset)

class K:
    count = 0
    @classmethod
    def make(cls, *args):
        return (cls.__name__, args)
    @staticmethod
    def add(a, b):
        return a + b
class SubK(K):
    pass
print(K.make(1), SubK.make(), SubK().make(2), K.add(1, 2), K().add(3, 4))
print(type(K.__dict__["make"]).__name__, type(K.__dict__["add"]).__name__)
print(K.__dict__["add"].__func__ is K.add, K.make.__self__ is K, SubK.make.__self__ is SubK)
print(K.__dict__["make"].__func__.__name__, K.__dict__["add"].__name__, K.__dict__["add"](5, 6))

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name[1:], self.kind.__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)

class Rec:
    x = Typed(int)
    y = Typed(str)
r = Rec()
print(r.x, Rec.x.name, Rec.x.owner)
r.x = 5
r.y = "s"
print(r.x, r.y, sorted(vars(r)))
try:
    r.x = "bad"
except TypeError as e:
    print("TypeError:", e)
del r.x
# a data descriptor wins over the instance dict, a non-data one does not
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    nd = NonData()
h = Holder()
print(h.nd)
h.__dict__["nd"] = "from dict"
print(h.nd, Holder.nd)
r.__dict__["x"] = 999
print(r.x)

# bound methods
class M:
    def __init__(self, n): self.n = n
    def get(self): return self.n
m1, m2 = M(1), M(2)
b = m1.get
print(b(), b.__self__ is m1, b.__func__ is M.get, b.__name__, b.__qualname__)
print(m1.get == m1.get, m1.get == m2.get, M.get(m2), hash(m1.get) == hash(m1.get))
f = M.get
print(f.__name__, f(M(9)), type(b).__name__, type(f).__name__)
print(repr(b).startswith("<bound method M.get of <__main__.M object at "))
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__name__, app.__self__ is lst, type(app).__name__)
print(repr(len), repr(list.append), repr(dict.fromkeys).startswith("<built-in method fromkeys of type object"))
print(repr(int.__add__), repr(object.__init__), repr(int.real), repr(type.__dict__["__name__"]))
print((5).__add__(1), int.__add__(5, 2), (1).__add__.__name__, repr((1).__add__).startswith("<method-wrapper '__add__' of int object"))
print(str.upper("abc"), list.__len__([1, 2]), object.__repr__(m1).startswith("<__main__.M object"))
