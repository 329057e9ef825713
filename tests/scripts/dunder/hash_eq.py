class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k.lower() == o.k.lower()
    def __hash__(self): return hash(self.k.lower())
    def __repr__(self): return f"K({self.k})"
d = {K("A"): 1}
d[K("a")] = 2
print(d, K("A") in {K("a")})
class EqOnly:
    def __eq__(self, o): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self): return 7
print(hash(H()), hash(1), hash(1.0), hash(True), hash(-1), hash((1, 2)) == hash((1, 2)))
