class Grid:
    def __init__(self, w, h): self.w, self.h, self.d = w, h, {}
    def __getitem__(self, k):
        if isinstance(k, tuple):
            x, y = k
            if not (0 <= x < self.w and 0 <= y < self.h): raise IndexError("out of grid")
            return self.d.get(k, ".")
        raise TypeError("need tuple")
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return self.w * self.h
    def __contains__(self, v): return v in self.d.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))
g = Grid(3, 2)
g[0, 0] = "#"; g[2, 1] = "@"
print(len(g), "#" in g, "x" in g, list(g))
del g[0, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
class Sl:
    def __getitem__(self, s): return s
print(Sl()[1:2], Sl()[::3], Sl()[1:2, 3], Sl()[...])
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
