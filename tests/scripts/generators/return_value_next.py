# StopIteration.value carries a generator's return value however the generator is driven.
def g(v):
    yield 1
    return v

def stop_value(call):
    try:
        call()
    except StopIteration as e:
        return ("stop", e.value, e.args)
    return "no stop"

it = g("ret")
next(it)
print(stop_value(lambda: next(it)))
print(stop_value(lambda: next(it)))  # exhausted: no value any more

it = g(42)
it.__next__()
print(stop_value(it.__next__))

it = g(None)
next(it)
print(stop_value(lambda: next(it)))

it = g((1, 2))
next(it)
print(stop_value(lambda: next(it)))  # a tuple value is not unpacked into args

it = g("x")
next(it)
print(next(it, "default"))

it = g([1])
print(it.send(None))
print(stop_value(lambda: it.send(None)))

# yield from: the delegate's return value, with the outer generator driven by next().
def outer():
    r = yield from g("inner result")
    print("outer got", r)
    return "outer result"
o = outer()
print(next(o))
print(stop_value(lambda: next(o)))

# Delegation to a non-generator iterator whose __next__ raises StopIteration(value).
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done", 5)
        return self.n
def deleg():
    r = yield from It()
    return r
d = deleg()
print(next(d), next(d))
print(stop_value(lambda: next(d)))
print(stop_value(lambda: next(It().__iter__().__next__.__self__) if False else next(iter([]))))

# A for loop over a returning generator simply ends.
print([x for x in g("ignored")])
print(list(g("ignored")), sum(g(3)))

# A generator used inside a generator: the inner return value does not leak out.
def consumer():
    for x in g("inner"):
        yield x
    return "consumer"
c = consumer()
print(next(c))
print(stop_value(lambda: next(c)))

# Nested next() on different generators.
def chain2():
    a = g("A")
    yield next(a)
    try:
        next(a)
    except StopIteration as e:
        yield "caught " + e.value
    return "chain2"
ch = chain2()
print(next(ch), next(ch))
print(stop_value(lambda: next(ch)))

# Generator expressions and comprehensions return None.
ge = (i for i in range(1))
next(ge)
print(stop_value(lambda: next(ge)))
