def counter():
    c = 0
    def inc(step=1):
        nonlocal c
        c += step
        return c
    return inc
a, b = counter(), counter()
print(a(), a(), a(5), b())
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders()])
def outer():
    x = "late"
    def show(): return x
    x = "changed"
    return show
print(outer()())
print(a.__closure__[0].cell_contents)
def mk():
    def rec(n): return 1 if n <= 1 else n * rec(n - 1)
    return rec
print(mk()(10))
