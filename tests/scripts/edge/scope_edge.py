x = "global"
def f():
    print(x)
    x = "local"
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    return [x for _ in range(1)]
print(g())
class K:
    x = "class"
    def m(self): return x
    y = [x for _ in range(1)]
print(K().m(), K.y)
def h():
    try:
        print(undefined_thing)
    except NameError as e:
        print(type(e).__name__, e)
h()
def uses_free():
    def inner(): return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
uses_free()
def lam():
    return (lambda: y)()
y = "late global"
print(lam())
