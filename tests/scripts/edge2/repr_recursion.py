a = [1]; a.append(a); print(a, len(repr(a)))
d = {"k": None}; d["k"] = [d]; print(d)
class N:
    def __init__(self): self.child = self
    def __repr__(self): return f"N({self.child!r})"
try:
    repr(N())
except RecursionError as e:
    print(type(e).__name__)
t = ([],); t[0].append(t); print(t)
import sys
print(sys.getrecursionlimit() >= 1000)
def deep(n): return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
