# sys._getframe: f_back chains, f_lineno, f_code, f_locals, also after the frames returned.
import sys

def inner():
    f = sys._getframe()
    g = sys._getframe(1)
    return f, g

def outer():
    a, b = inner()
    return a, b, sys._getframe()

a, b, c = outer()
print(a.f_code.co_name, a.f_lineno, a.f_back.f_code.co_name, a.f_back.f_lineno)
print(b.f_code.co_name, b is a.f_back, b is c, c.f_back.f_code.co_name, c.f_back.f_back)
print(sorted(a.f_locals), a.f_locals["f"] is a, sorted(b.f_locals))
print(sys._getframe().f_code.co_name, sys._getframe(0).f_back)
try:
    sys._getframe(3)
except ValueError as e:
    print("ValueError", e)
try:
    sys._getframe("x")
except TypeError as e:
    print("TypeError", e)
print(sys._getframe(-3).f_code.co_name)

def gen():
    fr = sys._getframe()
    yield fr
    yield sys._getframe(1).f_code.co_name

def drive():
    g = gen()
    fr = next(g)
    print("running back", fr.f_back.f_code.co_name if fr.f_back else None)
    print(next(g))
    return g, fr

g, fr = drive()
print("suspended back", fr.f_back, g.gi_frame is fr, fr.f_lineno)
del g
print("after gen", fr.f_back, fr.f_lineno, fr.f_code.co_name)

def deep(n):
    if n == 0:
        return sys._getframe()
    return deep(n - 1)
f = deep(5)
names = []
while f:
    names.append((f.f_code.co_name, f.f_lineno))
    f = f.f_back
print(names)
# (paths printed relative to this folder: the expected output must not depend on the checkout)
HERE = __file__[: __file__.rindex('/') + 1]
print(sys._getframe().f_globals is globals(), sys._getframe().f_code.co_filename.replace(HERE, ''))
class C:
    x = 1
    fr = sys._getframe()
print(C.fr.f_code.co_name, C.fr.f_locals["x"], C.fr.f_back.f_code.co_name)
def multi():
    fr = sys._getframe()
    x = 1
    return fr
print(multi().f_lineno)

def catch():
    try:
        sys._getframe(10**30)
    except OverflowError as e:
        print("OverflowError")
    except ValueError as e:
        print("ValueError", e)
catch()
try:
    sys._getframe(1, 2)
except TypeError as e:
    print("TypeError", e)
r = repr(sys._getframe())
print(r[:10], r[r.index(", file"):].replace(HERE, ""))
print(type(sys._getframe()).__name__, sys._getframe().f_builtins is __builtins__.__dict__)

# Recursion captured at the bottom, the chain walked after everything returned.
def rec(n, out):
    if n == 0:
        out.append(sys._getframe())
        return
    rec(n - 1, out)
out = []
rec(200, out)
f = out[0]
depth = 0
while f.f_back:
    depth += 1
    f = f.f_back
print(depth, f.f_code.co_name)
del out, f
