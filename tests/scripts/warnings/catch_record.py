# catch_warnings: record=True collects WarningMessage objects; filters and hooks are restored.
import sys
import warnings

before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    warnings.warn("fourth", SyntaxWarning, stacklevel=1)
print(len(log), [type(m).__name__ for m in log])
for m in log:
    print(m.category.__name__, repr(m.message), m.message.args, m.lineno, m.line, m.file, m.source)
    print(str(m).replace(m.filename, "FILE"))
print(warnings.filters == before, log[0].filename == __file__)

# Without record, the block returns None and only the filters are scoped.
with warnings.catch_warnings() as nothing:
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print(nothing, warnings.filters == before)

# catch_warnings with an action (3.11).
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("made an error")
    except UserWarning as e:
        print("caught", e)
print(warnings.filters == before)

# Nested, and a replaced showwarning is bypassed while recording but restored afterwards.
def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", category.__name__, message, lineno, line)


warnings.showwarning = my_show
warnings.simplefilter("always")
warnings.warn("through my_show")
with warnings.catch_warnings(record=True) as outer:
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(m.message) for m in outer], [str(m.message) for m in inner])
warnings.warn("my_show again")
print(warnings.showwarning is my_show)
warnings.showwarning = warnings._showwarning_orig

# formatwarning and showwarning called directly.
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 12)))
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 12, line="  code here  ")))
warnings.showwarning("to stdout", UserWarning, "g.py", 3, file=sys.stdout, line="x = 1")


# A replaced formatwarning is used for the default output.
def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s %s\n" % (category.__name__, message)


warnings.formatwarning = my_format
warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
