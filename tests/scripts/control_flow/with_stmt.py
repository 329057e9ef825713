# with statements: enter/exit order, suppression, early exits.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after b")

try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

with CM("d") as x, CM("e") as y:
    print("two", x, y)

def ret():
    with CM("f"):
        return "returned"
print(ret())

for i in range(3):
    with CM("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("i =", i)

with CM("gh") as (p, q):
    print(p, q)

class Bad:
    pass
try:
    with Bad():
        pass
except TypeError as e:
    print(type(e).__name__, e)

def nested_with_finally():
    try:
        with CM("h"):
            try:
                return 1
            finally:
                print("inner finally")
    finally:
        print("outer finally")
print(nested_with_finally())
