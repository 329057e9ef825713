# Closures: cells, nonlocal, late binding, several levels.
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter()
print(c(), c(), c(5))
d = counter()
print(d(), c())

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def early():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i)
    return [f() for f in fs]
print(early())

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())

def param_cell(a, b):
    def get():
        return a + b
    a = a * 10
    return get()
print(param_cell(1, 2))

def three_levels():
    v = 1
    def l1():
        nonlocal v
        v += 1
        def l2():
            nonlocal v
            v += 10
            return v
        return l2()
    return l1(), v
print(three_levels())

def unbound_free():
    def show():
        return y
    try:
        show()
    except NameError as e:
        print(type(e).__name__, e)
    y = 3
    return show()
print(unbound_free())

def unbound_local():
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    z = 1
unbound_local()

def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())

def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])

def del_cell():
    a = 1
    def g():
        return a
    del a
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
del_cell()

print(counter.__qualname__, c.__qualname__, counter.__name__)
def q():
    def r():
        return lambda: 0
    return r
print(q().__qualname__, q()().__qualname__)
