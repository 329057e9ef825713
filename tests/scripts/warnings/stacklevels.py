# warnings.warn blames the frame `stacklevel` calls up: file, line and source line of that caller.
import warnings

warnings.simplefilter("always")


def api(level):
    warnings.warn("level %d" % level, UserWarning, stacklevel=level)


def wrapper(level):
    api(level)


def outer(level):
    wrapper(level)


outer(1)
outer(2)
outer(3)
outer(4)
outer(0)
outer(-2)
outer(40)  # deeper than the stack: CPython names "sys", line 1


class Widget:
    def old(self):
        warnings.warn("Widget.old is deprecated", DeprecationWarning, stacklevel=2)
        return 1


w = Widget()
total = (w.old() +
         w.old())
print("total", total)


def gen():
    warnings.warn("from a generator", stacklevel=2)
    yield 1
    warnings.warn("resumed", stacklevel=2)
    yield 2


for x in gen():
    print("got", x)

# A lambda and a comprehension are frames too.
f = lambda: warnings.warn("in lambda", RuntimeWarning)
f()
[warnings.warn("in comprehension %d" % i, stacklevel=2) for i in range(2)]
print("done")
