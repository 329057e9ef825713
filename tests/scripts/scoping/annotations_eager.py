# Without the future import, annotations are evaluated (module, class, function), in order.
def show(tag):
    print("eval", tag)
    return tag

x: show("x") = 1
y: show("y")
def f(a: show("a"), b: show("b") = show("default")) -> show("ret"):
    z: show("never evaluated") = 3
    return z
class C:
    m: show("m") = 2
print(__annotations__)
print(f.__annotations__, f(1))
print(C.__annotations__, C.m)
try:
    w: undefined_name = 1
except NameError as e:
    print(type(e).__name__, e)
