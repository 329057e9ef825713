from contextlib import ExitStack, contextmanager


@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)


log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    print(names)
print(log)

# callback returns the function, with arguments bound
log = []
with ExitStack() as stack:
    cb = stack.callback(lambda *a, **k: log.append((a, k)), 1, 2, key=3)
    print(callable(cb))
print(log)


# push: an __exit__-style callable that can suppress
def suppress_value(typ, val, tb):
    print("push saw", typ.__name__ if typ else None)
    return typ is ValueError


with ExitStack() as stack:
    stack.push(suppress_value)
    raise ValueError("gone")
print("suppressed by push")


class CM:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("CM exit", self.n, exc[0].__name__ if exc[0] else None)


with ExitStack() as stack:
    stack.push(CM(1))  # only __exit__ is registered; __enter__ is not called
    stack.enter_context(CM(2))

# pop_all moves the callbacks out
log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    kept = stack.pop_all()
print(log)
kept.close()
print(log)

# Exceptions from callbacks chain like nested with statements would.
def raiser(exc):
    def cb(*a):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError("inner")))
        stack.push(raiser(KeyError("outer")))
        raise ValueError("body")
except IndexError as e:
    ctx = e.__context__
    print(type(e).__name__, type(ctx).__name__, type(ctx.__context__).__name__,
          ctx.__context__.__context__)

# A later callback can suppress an earlier callback's exception.
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.push(raiser(RuntimeError("r")))
print("suppressed callback exception")

# enter_context on something that is not a context manager
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError", e)


class OnlyEnter:
    def __enter__(self):
        return self


try:
    ExitStack().enter_context(OnlyEnter())
except TypeError as e:
    print("TypeError", e)

# Many callbacks, run last-in first-out
order = []
with ExitStack() as stack:
    for i in range(5):
        stack.callback(order.append, i)
print(order)
