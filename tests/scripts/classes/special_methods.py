# Container and conversion dunders, __getattr__, __call__, __bool__/__len__, iteration protocols.
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "slice(%r, %r, %r)" % (i.start, i.stop, i.step)
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(4)
print(len(s), list(s), s[2], s[1:3], s[::2], 9 in s, 5 in s, bool(Seq(0)), bool(s))
for x in Seq(3):
    print("item", x)
print(sorted(Seq(3), reverse=True), tuple(Seq(2)))

class Store:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
st = Store()
st["a"] = 1
st["b"] = 2
del st["a"]
print("a" in st, "b" in st, st["b"], list(st))

class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), [x for x in Countdown(2)], next(Countdown(5)))
it = Countdown(1)
print(next(it), next(it, "done"))

class Truthy:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Truthy()), "yes" if Truthy() else "no", not Truthy())
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), bool(object()))

class Callable:
    def __call__(self, *args, **kw): return ("called", args, sorted(kw.items()))
c = Callable()
print(c(1, 2, z=3), callable(c), callable(Callable), callable(1))

class Dyn:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "xq"), hasattr(d, "nope"), getattr(d, "nope", "default"))

class Tracked:
    def __init__(self): object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
t = Tracked()
t.a = 1
t.b = 2
del t.a
print(t.log, t.magic, t.b, hasattr(t, "a"))

class Num:
    def __index__(self): return 3
    def __int__(self): return 7
    def __float__(self): return 2.5
n = Num()
print([10, 20, 30, 40][n], int(n), float(n), bin(n), hex(n), "abcdef"[n:], range(n)[-1])

class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True
with Ctx() as v:
    print("body", v)
with Ctx():
    raise KeyError("swallowed")
print("after with")

class Fmt:
    def __format__(self, spec): return "Fmt<" + spec + ">"
    def __str__(self): return "str-Fmt"
    def __repr__(self): return "repr-Fmt"
f = Fmt()
print(format(f, "abc"), f"{f:xy}", f"{f}", f"{f!r}", str(f), repr(f), [f])
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(str(OnlyRepr()), OnlyRepr())
