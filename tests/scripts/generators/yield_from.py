def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner-result"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield 3

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration:
    print("done")

def delegate_list():
    yield from [1, 2, 3]
    yield from range(2)
    return (yield from iter(()))
print(list(delegate_list()))

def sub():
    try:
        yield 1
        yield 2
    except ValueError:
        print("sub caught")
        yield 99
    finally:
        print("sub finally")

def top():
    yield from sub()
    yield "top"

t = top()
print(next(t))
print(t.throw(ValueError))
print(next(t))
t.close()

t = top()
next(t)
t.close()
print("closed")

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], (x for x in range(2)))))

def gen_return():
    yield 1
    return 5
def wrap():
    v = yield from gen_return()
    yield v
print(list(wrap()))

def sub2():
    yield 1
def top2():
    yield from sub2()
t = top2()
next(t)
print(t.gi_yieldfrom is not None)
