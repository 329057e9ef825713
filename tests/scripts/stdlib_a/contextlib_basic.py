import io
import sys
from contextlib import (contextmanager, suppress, closing, nullcontext, ExitStack,
                        redirect_stdout, redirect_stderr, ContextDecorator, AbstractContextManager)


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("p") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__)

# An exception passes through the generator and out.
try:
    with tag("q"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError", e)


@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)


with swallow():
    raise ValueError("bad")
print("after swallow")


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def ignores_throw():
    try:
        yield
    except Exception:
        yield


for cm in (no_yield, two_yields, ignores_throw):
    try:
        with cm():
            if cm is ignores_throw:
                raise ValueError("x")
    except Exception as e:
        print(cm.__name__, type(e).__name__, e)


@contextmanager
def replaces():
    try:
        yield
    except ValueError:
        raise TypeError("replaced")


try:
    with replaces():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, type(e.__context__).__name__)

# StopIteration raised in the body propagates unchanged.
try:
    with tag("s"):
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)

# Used as a decorator: a fresh generator each call.
@tag("deco")
def work(n):
    print("work", n)
    return n * 2


print(work(1), work(2))

# suppress
with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed KeyError")
with suppress(LookupError):
    [][1]
print("suppressed IndexError via base class")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with suppress():
    pass


# closing
class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("close", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)

# nullcontext
with nullcontext() as v:
    print("null", v)
with nullcontext(42) as v:
    print("null", v)

# redirect_stdout / redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print(target is buf)
print("got:", repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("to stderr\n")
print("err:", repr(err.getvalue()))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)

# Reentrant redirect.
outer = io.StringIO()
rd = redirect_stdout(outer)
with rd:
    print("a")
    with rd:
        print("b")
    print("c")
print(repr(outer.getvalue()))


# ContextDecorator
class Logged(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


@Logged()
def f(x):
    print("f", x)
    return x + 1


print(f(10))


# AbstractContextManager
class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class Blocked(Plain):
    __exit__ = None


print(issubclass(Plain, AbstractContextManager), isinstance(Plain(), AbstractContextManager))
print(issubclass(Blocked, AbstractContextManager), issubclass(int, AbstractContextManager))


class Mine(AbstractContextManager):
    def __exit__(self, *a):
        print("Mine exit")


with Mine() as m:
    print(type(m).__name__)
try:
    class Incomplete(AbstractContextManager):
        pass
    Incomplete()
except TypeError as e:
    print("TypeError", e)
print(AbstractContextManager[int])
