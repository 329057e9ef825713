def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())

def arg_cell(x):
    def get(): return x
    x += 1
    return get
print(arg_cell(5)())

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())

def unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unbound()

def local_unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    q = 1
local_unbound()

x = 10
def read_global(): return x
def write_global():
    global x
    x = 20
write_global()
print(read_global())

def fn_attrs():
    def inner(): "doc"
    inner.custom = 5
    return inner
i = fn_attrs()
print(i.__doc__, i.custom, i.__dict__, i.__name__, i.__qualname__)
print(i.__closure__, counter().__closure__ is not None, len(counter().__closure__))
print(repr(counter)[:18])
