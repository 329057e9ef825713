class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"M({self.v})"
    def __add__(self, o): return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o): return M(o + self.v)
    def __iadd__(self, o): self.v += o; return self
    def __floordiv__(self, o): return M(self.v // o)
    def __mod__(self, o): return M(self.v % o)
    def __pow__(self, o, m=None): return M(pow(self.v, o, m))
    def __rpow__(self, o): return M(o ** self.v)
    def __lshift__(self, o): return M(self.v << o)
    def __and__(self, o): return M(self.v & o)
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
    def __index__(self): return self.v
    def __round__(self, n=None): return M(round(self.v, n))
    def __invert__(self): return M(~self.v)
    def __pos__(self): return M(+self.v)
    def __divmod__(self, o): return (M(self.v // o), M(self.v % o))
m = M(7)
print(m + 1, 1 + m, m + M(2), m // 2, m % 4, m ** 2, pow(m, 2, 5), 2 ** m)
print(m << 2, m & 3, int(m), float(m), ~m, +m, divmod(m, 2), round(m))
print([10, 20, 30, 40, 50, 60, 70, 80][M(3)], hex(M(255)), bin(m), "ab"[M(1)])
print(sum([M(1), M(2)]))
mm = m; mm += 3; print(m, mm is m)
class F:
    def __truediv__(self, o): return "div"
    def __rtruediv__(self, o): return "rdiv"
print(F() / 1, 1 / F())
