# Every-day and less common grammar forms, checked by their runtime results.
import sys

def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
print((lambda x, /, y=1, *a, z, **k: (x, y, a, z, k))(0, z=9))

a, *b, c = range(5)
print(a, b, c)
(x, y), [z, *w] = (1, 2), [3, 4, 5]
print(x, y, z, w)
first, *_ = "abc"
print(first)
print([*range(3), *"ab"], (*range(2),), {*range(2)}, {**{"a": 1}, "b": 2})

if (n := len(b)) > 2:
    print("walrus", n)
print([y2 for v in range(5) if (y2 := v * v) > 3])

print(1 < 2 < 3, 1 < 2 > 3, a is not None, 2 not in [1], not 1 == 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, ~5, +3, 7 // 2, -7 // 2, 7 % -3, 2 ** 3 ** 2)
print(1 if 0 else 2 if 0 else 3)
print(True and 0 or "x", None or [] or "last")

data = list(range(10))
print(data[::2], data[1:-1:3], data[::-1][:3], data[-3:])

class M(type):
    def __getitem__(cls, item):
        return item

class K(metaclass=M):
    pass

print(K[1:2, ::3], K[...], K[1,], K[()])

def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return inner
    return wrap

@deco("b")
@deco("i")
def hello(name):
    return "hi " + name

print(hello("bob"))

@(lambda fn: fn)
def ident():
    return "decorated by lambda"

print(ident())

def gen():
    x = yield 1
    yield x
    yield from range(2)
    return "done"

g = gen()
print(next(g), g.send("sent"), list(g))

print({k: v for k, v in zip("ab", range(2))}, {c for c in "aab"}, list(c * 2 for c in "xy"))
print([(i, j) for i in range(3) for j in range(i) if j % 2 == 0])

def scope():
    v = 1
    def inner():
        nonlocal v
        v += 1
        return v
    return inner()

G = 0
def setg():
    global G
    G = 5

setg()
print(scope(), G)

try:
    try:
        raise ValueError("inner")
    except ValueError as exc:
        raise KeyError("outer") from exc
except KeyError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
finally:
    print("finally")

for i in range(3):
    if i == 1:
        continue
    print("loop", i)
else:
    print("loop else")

while True:
    break
else:
    print("not printed")

match {"kind": "point", "x": 1, "y": 2}:
    case {"kind": "circle"}:
        print("circle")
    case {"kind": "point", "x": px, **rest}:
        print("point", px, rest)

match [1, 2, 3]:
    case [1, *others] if len(others) == 2:
        print("others", others)

match 5:
    case 1 | 2:
        print("small")
    case int(v) if v > 3:
        print("big int", v)

match = 3
case = 4
print(match + case)

x: int = 10
print(x, __annotations__)
s = "con" "cat" \
    "enated"
print(s)
print(f"{s!r:>20}|{x=}|{x:#x}|{'nested'!s:^10}|{3.14159:.{2}f}")
assert x == 10, "never"
del x
print("x" in globals())
print(sys.version_info >= (3, 11))
