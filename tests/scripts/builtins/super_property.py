class Base:
    def __init__(self, v): self._v = v
    @property
    def v(self):
        "the value"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0: raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting"); del self._v
class Child(Base):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
    @property
    def v(self): return super().v * 100
c = Child(2, 3)
print(c.v, c.w, Base.v.__doc__)
b = Base(1); b.v = 5; print(b.v)
try:
    b.v = -1
except ValueError as e:
    print(type(e).__name__, e)
del b.v
print(hasattr(b, "_v"))
try:
    c.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
class P2:
    def __init__(self): super(P2, self).__init__()
    def __repr__(self): return "P2:" + super().__repr__()[:10]
print(repr(P2()))
print(type(property()).__name__, isinstance(Base.v, property))
