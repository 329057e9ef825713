class A:
    x = 1
    def __init__(self): self.y = 2
print(A.__dict__["x"], "y" in A().__dict__, A.__module__, A().__class__ is A, type(A.__init__).__name__)
a = A()
print(type(a.__init__).__name__, a.__init__.__self__ is a, a.__init__.__func__ is A.__init__)
class B:
    def __init__(self): return None
try:
    class C:
        def __init__(self): return 5
    C()
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nosuch
except AttributeError as e:
    print(type(e).__name__, e)
class Str(str):
    def shout(self): return self.upper() + "!"
s = Str("hi"); print(s.shout(), s + "x", type(s + "x").__name__, isinstance(s, str), len(s))
class MyList(list):
    def sum(self): return sum(self)
ml = MyList([1, 2]); ml.append(3); print(ml, ml.sum(), type(ml[:1]).__name__)
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md["a"], md["zz"], md.get("q"))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
print(MyInt(5) + 1, repr(MyInt(5)), MyInt("7"), type(MyInt(5) + 1).__name__)
class E(Exception):
    def __str__(self): return "custom str"
try:
    raise E(1, 2)
except E as e:
    print(e, e.args, repr(e))
print(A.__name__, A.__qualname__, a.__class__.__name__)
def outer():
    class Inner: pass
    return Inner
print(outer().__qualname__, repr(outer)[:15])
