def show(x):
    if x is None:
        return "None"
    if isinstance(x, BaseExceptionGroup):
        return f"{type(x).__name__}({x.message!r}, [{', '.join(show(e) for e in x.exceptions)}])"
    return repr(x)

inner = ExceptionGroup("inner", [ValueError(1), TypeError(2)])
eg = ExceptionGroup("outer", [ValueError(3), inner, KeyError(4)])

for cond in [ValueError, TypeError, KeyError, (ValueError, KeyError), Exception, ExceptionGroup, OSError,
             lambda e: isinstance(e, ValueError), lambda e: False, lambda e: e is inner,
             lambda e: isinstance(e, ExceptionGroup) and e.message == "outer"]:
    m, r = eg.split(cond)
    name = cond.__name__ if isinstance(cond, type) else ("tuple" if isinstance(cond, tuple) else "pred")
    print(name, "| match:", show(m), "| rest:", show(r), "| subgroup:", show(eg.subgroup(cond)))

m, r = eg.split(Exception)
print(m is eg, r)
print(eg.subgroup(BaseException) is eg)

for bad in [1, "x", (ValueError, 1), [ValueError], None]:
    try:
        eg.split(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eg.split()
except TypeError as e:
    print(type(e).__name__, e)

# Metadata carried to both parts.
try:
    try:
        raise RuntimeError("ctx")
    except RuntimeError:
        raise ExceptionGroup("meta", [ValueError("a"), OSError("b")]) from KeyError("cause")
except ExceptionGroup as caught:
    g = caught
g.add_note("note 1")
m, r = g.split(ValueError)
print(repr(m.__cause__), repr(m.__context__), m.__notes__, r.__notes__, m.__notes__ is g.__notes__)
print(m.__traceback__ is g.__traceback__, r.__suppress_context__, type(m).__name__)

# BaseExceptionGroup parts become ExceptionGroup when they can.
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
m, r = bg.split(ValueError)
print(type(bg).__name__, type(m).__name__, type(r).__name__, show(m), show(r))

# A subclass with its own derive().
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "*", excs)
my = MyEG("mine", [ValueError(1), TypeError(2)])
m, r = my.split(ValueError)
print(show(m), show(r))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(type(e).__name__, e)

# The predicate sees groups and leaves, outermost first.
seen = []
eg.split(lambda e: seen.append(type(e).__name__) or False)
print(seen)
