# Operator overloading, reflected operands and their dispatch order.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "V(%r)" % (self.x,)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __sub__(self, o):
        return V(self.x - (o.x if isinstance(o, V) else o))
    def __rsub__(self, o):
        return V(o - self.x)
    def __mul__(self, o):
        return V(self.x * o)
    __rmul__ = __mul__
    def __truediv__(self, o): return "truediv"
    def __rtruediv__(self, o): return "rtruediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __pow__(self, o): return "pow"
    def __rpow__(self, o): return "rpow"
    def __matmul__(self, o): return "matmul"
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __neg__(self): return V(-self.x)
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return V(abs(self.x))

v = V(3)
print(v + 1, 1 + v, v + V(4), v - 1, 10 - v, v * 2, 2 * v)
print(v / 1, 1 / v, v // 1, v % 1, v ** 2, 2 ** v, v @ v, v & 1, v | 1, v ^ 1, v << 1, v >> 1)
print(-v, +v, ~v, abs(V(-5)))

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

err(lambda: v + "s")
err(lambda: None + v)
err(lambda: [] - v)

# in-place operators: __iadd__ first, then fall back to __add__
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
w = V(1)
w += 5
print(w)
w *= 3
print(w)
def bad_iadd():
    x = V(1)
    x @= "q"
    x -= "q"
    return x
err(bad_iadd)
def bad_isub():
    x = Acc()
    x -= 1
err(bad_isub)

# a subclass that overrides the reflected method goes first
class Base:
    def __add__(self, o): return "Base.add"
    def __radd__(self, o): return "Base.radd"
class Derived(Base):
    def __radd__(self, o): return "Derived.radd"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Derived2(Base):
    pass
print(Base() + Derived2())

class IntLike(int):
    def __add__(self, o): return "IntLike.add"
    def __radd__(self, o): return "IntLike.radd"
print(1 + IntLike(2), IntLike(2) + 1, IntLike(2) * 3)

# comparisons
class C:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, C) and self.k == o.k
    def __lt__(self, o): return self.k < o.k
    def __le__(self, o): return self.k <= o.k
    def __repr__(self): return "C%d" % self.k
print(C(1) == C(1), C(1) != C(1), C(1) != C(2), C(1) < C(2), C(2) > C(1), C(2) >= C(3))
print(sorted([C(3), C(1), C(2)]), max(C(3), C(5)), C(1) == 1, 1 == C(1))
err(lambda: C(1) < 1)
err(lambda: object() < object())
err(lambda: 1 < "a")
err(lambda: [1] <= (1,))
class NoEq:
    pass
n = NoEq()
print(n == n, n != n, n == NoEq(), n != NoEq())

class Rev:
    def __gt__(self, o): return "Rev.gt"
print(1 < Rev(), Rev() > 1)
