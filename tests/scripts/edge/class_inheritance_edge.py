class A:
    def who(self): return "A"
    def call(self): return self.who()
class B(A):
    def who(self): return "B"
class C(A): pass
class D(B, C): pass
print(D().call(), C().call(), [k.__name__ for k in D.mro()])
try:
    class X(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Mixin:
    def __init__(self, **kw):
        self.mixed = True
        super().__init__(**kw)
class Final(Mixin, Base): pass
f = Final(a=1); print(f.mixed, f.kw)
class Abstract:
    def area(self): raise NotImplementedError("subclass must implement")
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for sh in [Sq(3), Abstract()]:
    try:
        print(sh.area())
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(issubclass(D, (int, A)), isinstance(D(), C), B.__base__.__name__, type.__name__, object.__subclasses__ is not None)
class Counter:
    instances = 0
    def __init__(self): type(self).instances += 1
class Sub(Counter): pass
Counter(); Sub(); Sub(); print(Counter.instances, Sub.instances)
