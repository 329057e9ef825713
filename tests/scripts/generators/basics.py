def gen(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("got", x)
    return "done"

g = gen(3)
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)

g = gen(2)
try:
    g.send(1)
except TypeError as e:
    print(e)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer()
print(next(c))
c.close()
print(list(closer()))

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignorer()
next(i)
try:
    i.close()
except RuntimeError as e:
    print(e)

def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
t = thrower()
next(t)
t.throw(ValueError("x"))
t.throw(ValueError, "y")
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))

def stopper():
    yield 1
    raise StopIteration("bad")
try:
    list(stopper())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

g = gen(1)
print(g.__name__, g.__qualname__, repr(g)[:25], g.gi_running)
print(iter(g) is g)

def running():
    yield me.gi_running
me = running()
print(next(me))

def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(e)

print(sum(x * x for x in range(10)))
print(list(x for x in "abc" if x != "b"))
gx = (i for i in range(3))
print(next(gx), list(gx), list(gx))

def abandoned():
    try:
        yield 1
    finally:
        print("finally on release")
a = abandoned()
next(a)
del a
print("after del")
