class P:
    def __init__(self, n): self.n = n
    def __str__(self): return f"P<{self.n}>"
    def __repr__(self): return f"P({self.n!r})"
    def __format__(self, spec): return f"[{spec}:{self.n}]"
p = P("x")
print(p, str(p), repr(p), [p], f"{p}", f"{p!r}", f"{p!s}", f"{p:>5}", format(p, "q"))
print("%s %r" % (p, p), "{} {!r} {:z}".format(p, p, p))
class OnlyRepr:
    def __repr__(self): return "OR"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class Plain: pass
print(format(5, ""), format(Plain(), "") .startswith("<__main__.Plain object"))
try:
    format(Plain(), "x")
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
