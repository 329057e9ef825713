class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("a") as x, CM("b") as y:
    print("both", x, y)
with CM("s", True):
    raise KeyError("gone")
print("after swallow")
try:
    with CM("n"):
        raise ValueError("kept")
except ValueError as e:
    print(type(e).__name__, e)
def f():
    with CM("r"):
        return "returned"
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0: continue
        break
