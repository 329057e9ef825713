import io
print()
print(1, 2, 3)
print("a", "b", sep="-")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="!\n")
print(1, "two", 3.0, None, True, [1, 2], (3,), {"k": 4}, sep=", ")
print(*range(5), sep="")
s = io.StringIO()
print("hello", "world", file=s)
print("second", file=s, end="|")
print(repr(s.getvalue()))
print("flushed", flush=True)
print(file=None)

class Obj:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(Obj(), [Obj()])

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
w = Writer()
print("a", "b", file=w, flush=True)
print(w.parts)

for bad in [dict(sep=5), dict(end=[]), dict(file=5), dict(bogus=1)]:
    try:
        print("x", **bad)
    except Exception as e:
        print(type(e).__name__, e)
