class D:
    count = 0
    def __init__(self, n): self.n = n
    @staticmethod
    def helper(x): return x * 2
    @classmethod
    def make(cls, n):
        cls.count += 1
        return cls(n)
    def __repr__(self): return f"{type(self).__name__}({self.n})"
class E(D): pass
print(D.helper(3), D(1).helper(4), D.make(5), E.make(6), D.count, E.count)
print(type(D.__dict__["helper"]).__name__, type(D.__dict__["make"]).__name__)
sm = staticmethod(len); print(sm.__func__ is len)
print(D.make.__self__ is D, E.make.__self__ is E)
