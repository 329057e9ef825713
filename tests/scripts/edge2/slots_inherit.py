class P:
    __slots__ = ("x",)
class C(P):
    __slots__ = ("y",)
c = C(); c.x, c.y = 1, 2
print(c.x, c.y, hasattr(c, "__dict__"), P.__slots__, C.__slots__)
class D(P): pass
d = D(); d.x = 1; d.z = 3; print(d.z, d.__dict__)
try:
    P().z = 1
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ("a", "__dict__")
s = S(); s.a = 1; s.b = 2; print(s.a, s.__dict__)
print(type(P.x).__name__)
