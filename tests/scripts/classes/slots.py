# __slots__: member descriptors, no __dict__ unless asked, name mangling, inheritance.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(p.x, hasattr(p, 'y'), hasattr(p, '__dict__'), P.x, type(P.x).__name__)
p.y = 5
print(p.y)
del p.y
print(hasattr(p, 'y'))
class Q(P):
    pass
q = Q(2)
q.z = 3
print(q.x, q.z, q.__dict__)
class S(P):
    __slots__ = ('w', '__dict__')
s = S(1); s.w = 2; s.v = 3
print(s.x, s.w, s.v, s.__dict__)
class Priv:
    __slots__ = ('__secret',)
    def set(self): self.__secret = 1; return self.__secret
print(Priv().set(), sorted(k for k in Priv.__dict__ if 'secret' in k))
class Cyc:
    __slots__ = ('other', '__weakref__')
a = Cyc(); a.other = a
print(P.__slots__, Cyc.__slots__)
