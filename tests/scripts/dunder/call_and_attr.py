class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
print(Adder(5)(10), callable(Adder(1)), list(map(Adder(1), [1, 2])))
class Dyn:
    def __getattr__(self, name):
        if name.startswith("x"): return name * 2
        raise AttributeError(f"no {name}")
d = Dyn(); d.real = 1
print(d.real, d.xy, getattr(d, "zz", "default"), hasattr(d, "q"))
class Logged:
    def __setattr__(self, k, v):
        print("set", k, v)
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
l = Logged(); l.a = 1; del l.a
class GA:
    def __getattribute__(self, n):
        if n == "secret": return 42
        return object.__getattribute__(self, n)
g = GA(); g.v = 3
print(g.secret, g.v)
