def g():
    yield 1
    return "ret"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
try:
    next(it)
except StopIteration as e:
    print("again", e.value)
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__, e)
def running():
    yield gen.send(None)
gen = running()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
def c():
    try:
        yield 1
    except GeneratorExit:
        yield 2
x = c(); next(x)
try:
    x.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    g().send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(g()).__name__, g.__name__, (x for x in []).__class__.__name__)
def counter():
    total = 0
    while True:
        v = yield total
        if v is None: break
        total += v
cc = counter(); next(cc); print(cc.send(1), cc.send(5))
def genexp_scope():
    return [list(x for _ in range(2)) for x in range(2)]
print(genexp_scope())
print(list(zip(*(iter([1, 2, 3, 4]),) * 2)))
