class LRU:
    def __init__(self, cap): self.cap, self.d = cap, {}
    def get(self, k):
        if k not in self.d: return None
        v = self.d.pop(k); self.d[k] = v; return v
    def put(self, k, v):
        self.d.pop(k, None); self.d[k] = v
        if len(self.d) > self.cap: del self.d[next(iter(self.d))]
    def __repr__(self): return f"LRU({list(self.d.items())})"
c = LRU(3)
for op in ["p1", "p2", "p3", "g1", "p4", "g2", "g3", "p5", "g1"]:
    k = int(op[1])
    if op[0] == "p": c.put(k, k * 100)
    else: print("get", k, c.get(k))
print(c)
