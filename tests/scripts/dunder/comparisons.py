import functools
@functools.total_ordering
class Ver:
    def __init__(self, s): self.t = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.t == o.t
    def __lt__(self, o): return self.t < o.t
    def __repr__(self): return "Ver(" + ".".join(map(str, self.t)) + ")"
vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9"), Ver("1.2.1")]
print(sorted(vs), max(vs), min(vs))
print(Ver("1.0") <= Ver("1.0"), Ver("2.0") > Ver("1.9"), Ver("1.0") >= Ver("1.1"))
class R:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v); return self.v < o.v
    def __gt__(self, o):
        print("gt", self.v, o.v); return self.v > o.v
print(R(1) > R(2))
print(R(1) < R(2))
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < "a"
except TypeError as e:
    print(type(e).__name__, e)
class E:
    def __eq__(self, o): return NotImplemented
print(E() == E(), E() != 5)
