def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    return y
g = gen()
print(next(g), g.send(5))
try:
    g.send("end")
except StopIteration as e:
    print("stop", e.value)
def deleg():
    r = yield from gen()
    print("deleg result", r)
    yield "last"
d = deleg()
print(next(d), d.send(3), d.send("R"))
def inf():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(inf(), 5)))
def closer():
    try:
        yield 1
    finally:
        print("closed")
c = closer(); next(c); c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield "caught " + str(e)
t = thrower(); next(t)
print(t.throw(ValueError("v")))
print(list(x * x for x in range(4)))
