def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
x = g(); print(next(x)); del x
print("after del")
def h():
    r = yield
    while True:
        r = yield r * 2
y = h(); next(y); print(y.send(1), y.send(5))
print(y.throw(ValueError, ValueError("t")) if False else "skip")
def k():
    yield 1
gen = k()
print(gen.gi_running, list(gen), gen.gi_frame is None, list(gen))
def send_before():
    yield 1
try:
    send_before().send("x")
except TypeError as e:
    print(type(e).__name__, e)
def catcher():
    while True:
        try:
            yield
        except KeyError as e:
            print("caught", e)
c = catcher(); next(c); c.throw(KeyError("a")); c.throw(KeyError("b"))
try:
    c.throw(IndexError("stop"))
except IndexError as e:
    print("escaped", e)
print(next(c, "exhausted"))
def ret_in_loop():
    for i in range(3):
        yield i
        if i == 1:
            return "early"
def wrap():
    v = yield from ret_in_loop()
    yield v
print(list(wrap()))
