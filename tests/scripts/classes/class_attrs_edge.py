class C:
    "docstring here"
    a = 1
    def m(self): "method doc"
print(C.__doc__, C.m.__doc__, C.__name__, sorted(k for k in C.__dict__ if not k.startswith("__")))
C.b = 2; c = C(); print(c.b); del C.b; print(hasattr(c, "b"))
c.m2 = lambda: "instance function"; print(c.m2())
def ext(self): return "bound later " + str(self.a)
C.ext = ext; print(c.ext())
print(C.m.__qualname__, c.m.__name__, C.__dict__["m"] is C.m)
class Empty: pass
print(Empty.__doc__, Empty.__bases__, Empty().__dict__, bool(Empty()))
class WithClassVar:
    items = []
    def add(self, v): self.items.append(v)
w1, w2 = WithClassVar(), WithClassVar(); w1.add(1); w2.add(2); print(WithClassVar.items)
print(getattr(C, "__qualname__"), C.__module__, type(C.__dict__).__name__)
