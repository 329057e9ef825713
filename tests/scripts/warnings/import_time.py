# A module warning at import time with stacklevel=2 blames the import statement; a module
# __getattr__ warning blames the attribute access; callers inside f-strings, unpacking, with and
# iteration report their own line. (Unary operators, hashing in displays and * unpacking into a
# list do not record the line first: see the VM's SAVE_IP.)
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


L = Loud()
y = 0
s = f"{L}"
y = 0
a, b = L
y = 0
with L:
    y = 1
y = 0
for v in L:
    y = v
print(s, a, b, y)
