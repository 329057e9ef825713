# Warnings raised by native code (bool(NotImplemented) is a DeprecationWarning in 3.11) follow the
# same filters and blame the running line, whatever instruction asked for the truth value.
import _ni_helper

print(_ni_helper.truth())        # in a module that is not __main__: ignored
x = NotImplemented
if x:
    print("if")
y = not x
z = x and 1
w = x or 2
while x:
    break
print(y, z == 1, w is x)

import warnings
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    _ni_helper.truth()
    bool(x)
print([(str(m.message), m.category.__name__, m.lineno) for m in log])
warnings.simplefilter("error", DeprecationWarning)
try:
    if x:
        pass
except DeprecationWarning as e:
    print("error:", e)
