# Subclasses of tuple, str, bytes and int have an instance __dict__ (unless __slots__ says no).
import gc

class P(tuple):
    pass
p = P((1, 2))
p.x = 3
print(p, p.x, p.__dict__, len(p), p[0], p[1], type(p).__name__)
p.__dict__["y"] = 4
print(p.y, sorted(vars(p)))
del p.x
print(hasattr(p, "x"), p.__dict__)
print(P(), P(()).__dict__, P(range(5)))
big = P(range(100))
big.tag = "big"
print(big[-1], big.tag, sum(big))

# A namedtuple-like class: no per-instance dict, fields as properties over the items.
class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
pt = Point(3, 4)
print(pt, pt.x, pt.y, pt == (3, 4), hash(pt) == hash((3, 4)))
try:
    pt.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(pt, "__dict__"))

# A subclass of the namedtuple-like class gets a dict again.
class Point3(Point):
    pass
q = Point3(1, 2)
q.label = "q"
print(q, q.label, q.__dict__)

# Empty __slots__ on each variable-size base: no dict.
for base, arg in [(tuple, (1,)), (str, "s"), (bytes, b"b"), (int, 7)]:
    class NoDict(base):
        __slots__ = ()
    nd = NoDict(arg)
    try:
        nd.attr = 1
    except AttributeError as e:
        print(base.__name__, type(e).__name__, e)

# Non-empty __slots__ is refused where CPython refuses it.
class Mid(tuple):
    pass
for base in (tuple, bytes, int, Mid, type):
    try:
        class Bad(base):
            __slots__ = ("a",)
        print(base.__name__, "accepted")
    except TypeError as e:
        print(type(e).__name__, e)
class StrSlots(str):
    __slots__ = ("a",)
s = StrSlots("text")
s.a = 5
print(s, s.a, s.upper())

# Instance dicts on str, bytes and int subclasses.
class S(str):
    pass
class B(bytes):
    pass
class I(int):
    pass
s, b, i = S("abc"), B(b"xyz"), I(10**20)
s.n, b.n, i.n = 1, 2, 3
print(s, s.n, b, b.n, i, i.n, s + "d", b[1:], i + 1)

# The instance dict takes part in cycles and is reclaimed.
class Node(tuple):
    def __del__(self):
        print("del node", tuple(self))
n = Node((1, 2))
n.me = n
del n
print("found:", gc.collect() > 0)
t = P((5,))
t.d = {"self": t}
del t
print("found:", gc.collect() > 0)

# __class__ assignment: refused when a dict was added to a variable-size base, allowed otherwise.
class P2(tuple):
    pass
p = P((9,))
try:
    p.__class__ = P2
except TypeError as e:
    print(type(e).__name__, e)
class Q1(tuple):
    __slots__ = ()
class Q2(tuple):
    __slots__ = ()
q = Q1((8,))
q.__class__ = Q2
print(type(q).__name__, q)
class S1(str):
    pass
class S2(str):
    pass
s = S1("k")
s.v = 1
s.__class__ = S2
print(type(s).__name__, s, s.v)
