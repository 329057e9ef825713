# Generators: yield, send, yield from with return values, close.
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "done"

g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("stop", e.value)

def inner():
    yield "a"
    yield "b"
    return "inner result"

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [1, 2]
    return r

print(list(outer()))

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(4)), sum(counter(5)))

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")
c = closer()
next(c)
c.close()

def delegating_send():
    def echo():
        while True:
            v = yield
            if v is None:
                return "end"
            print("echo", v)
    result = yield from echo()
    yield result
d = delegating_send()
next(d)
d.send("x")
print(d.send(None))

lam = lambda: (yield 5)
print(list(lam()))
print(gen.__code__.co_flags & 0x20 != 0, counter.__name__)
