# A module warning at import time with stacklevel=2 blames the import statement; a module
# __getattr__ warning blames the attribute access; callers inside f-strings, unpacking, with and
# iteration report their own line.
import warnings

x = 1
import _old_api
print(_old_api.thing)
from _old_api import other
print(other)

warnings.simplefilter("always")


class Loud:
    def __format__(self, spec):
        warnings.warn("format", stacklevel=2)
        return "loud"

    def __iter__(self):
        warnings.warn("iter", stacklevel=2)
        return iter([1, 2])

    def __enter__(self):
        warnings.warn("enter", stacklevel=2)
        return self

    def __exit__(self, *a):
        warnings.warn("exit", stacklevel=2)

    def __neg__(self):
        warnings.warn("neg", stacklevel=2)
        return 0

    def __hash__(self):
        warnings.warn("hash", stacklevel=2)
        return 1


L = Loud()
y = 0
s = f"{L}"
y = 0
a, b = L
y = 0
with L:
    y = 1
y = 0
n = -L
y = 0
d = {L: 1}
y = 0
lst = [*L]
print(s, a, b, n, len(d), lst)
