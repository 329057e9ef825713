# Class bodies: their names are not visible inside methods; __class__ and super(); mangling.
x = "global x"

class A:
    x = "class x"
    y = x + "!"
    def get(self):
        return x
    def get_cls(self):
        return self.x
    z = [x for _ in range(1)]

a = A()
print(A.y, a.get(), a.get_cls(), A.z)

def f():
    v = "f's v"
    class B:
        w = v
        def m(self):
            return v
    return B
B = f()
print(B.w, B().m())

def g():
    v = "outer"
    class C:
        v = "class"
        u = v
        def m(self):
            return v
    return C
C = g()
print(C.u, C().m())

class Base:
    def hello(self):
        return "Base.hello"
    @classmethod
    def make(cls):
        return cls.__name__

class Derived(Base):
    def hello(self):
        return "Derived+" + super().hello()
    @classmethod
    def make(cls):
        return "D:" + super().make()
    def klass(self):
        return __class__.__name__

print(Derived().hello(), Derived.make(), Derived().klass())

class Mangle:
    __secret = 1
    def __init__(self):
        self.__hidden = 2
    def reveal(self):
        return self.__hidden, self.__secret, Mangle.__secret
    def __dunder__(self):
        return "not mangled"

m = Mangle()
print(m.reveal(), sorted(k for k in vars(m)), m._Mangle__hidden, m.__dunder__())
print(hasattr(Mangle, "_Mangle__secret"), hasattr(Mangle, "__secret"))

class _Under:
    __p = 5
print(_Under._Under__p)

class Outer:
    class Inner:
        def meth(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().method().__qualname__)

class Doc:
    "the doc"
    a: int = 3
    b: str
print(Doc.__doc__, Doc.__annotations__, Doc.a, Doc.__module__, Doc.__qualname__)

class K:
    n = 0
    for i in range(3):
        n += i
    del i
print(K.n, hasattr(K, "i"))

def class_in_function_scopes():
    x = "f.x"
    class C:
        x = "C.x"
        y = x
        def m(self):
            return x
        z = [x for _ in range(1)]
        w = (lambda: x)()
    return C
C2 = class_in_function_scopes()
print(C2.y, C2().m(), C2.z, C2.w)

def nonlocal_in_class_body():
    a = 1
    class D:
        nonlocal a
        a = 2
    return a
print(nonlocal_in_class_body())

class E:
    global gv
    gv = "set from class"
print(gv)

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
