def make_all():
    out = []
    for i in range(3):
        def f(): return i
        out.append(f)
    return out
print([f() for f in make_all()])
def make_bound():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make_bound()])
def cell_shared():
    x = 0
    def inc():
        nonlocal x; x += 1
    def get(): return x
    return inc, get
inc, get = cell_shared(); inc(); inc(); print(get())
def gen_closure():
    for i in range(3):
        yield lambda: i
print([f() for f in gen_closure()], [f() for f in list(gen_closure())])
def outer(a):
    def mid(b):
        def inner(c): return a + b + c
        return inner
    return mid
print(outer(1)(2)(3), outer.__code__.co_cellvars if False else "", outer(1).__code__.co_freevars)
