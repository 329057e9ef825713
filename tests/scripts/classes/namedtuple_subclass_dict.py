from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
print(p, p.x, p._asdict(), p._replace(x=5))
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    def norm(self): return self.x + self.y
q = Q(3, 4); q.extra = 1
print(q, q.norm(), q.extra, q.__dict__)
class R(P):
    __slots__ = ()
r = R(1, 1)
print(hasattr(r, "__dict__"))
import sys
print(sys.getsizeof(P(1,2)) > 0)
