# The filter actions: default, once, module, always, ignore, error; the registry they keep.
import warnings

warnings.resetwarnings()
print(warnings.filters)


def emit(text, cat=UserWarning):
    warnings.warn(text, cat)


def show(label):
    reg = {k: v for k, v in globals().get("__warningregistry__", {}).items() if k != "version"}
    print(label, sorted((k[0], k[1].__name__) + k[2:] for k in reg))


for action in ["default", "once", "module", "always", "ignore"]:
    warnings.simplefilter(action)
    print("--", action)
    for i in range(2):
        emit(action + " A")
        emit(action + " A")
        warnings.warn(action + " A")
    emit(action + " B")
    show(action)

warnings.simplefilter("error")
try:
    emit("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
try:
    warnings.warn(RuntimeWarning("instance as error"))
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)

# The registry is cleared when the filters change.
warnings.simplefilter("default")
emit("default again")
emit("default again")
warnings.simplefilter("default")
emit("default again")
print(__warningregistry__["version"] > 0)

# warn_explicit: an explicit registry, no registry, and a module derived from the filename.
warnings.simplefilter("once")
warnings.warn_explicit("explicit", UserWarning, "fake.py", 7)
warnings.warn_explicit("explicit", UserWarning, "other.py", 8)  # once, globally
reg = {}
warnings.warn_explicit("with registry", UserWarning, "fake.py", 9, registry=reg)
warnings.warn_explicit("with registry", UserWarning, "fake.py", 10, registry=reg)
print(sorted(str(k) for k in reg))
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="fake")
warnings.warn_explicit("module derived", UserWarning, "fake.py", 1)
warnings.warn_explicit("module derived", UserWarning, "fake.pyc", 2)
warnings.warn_explicit("module given", UserWarning, "fake.py", 3, module="real")
try:
    warnings.warn_explicit("bad", UserWarning, "x.py", 1, registry=[])
except TypeError as e:
    print("TypeError", e)

# An unknown action in the list is reported when used.
warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
try:
    emit("bogus action")
except RuntimeError as e:
    print("RuntimeError", e)
warnings.resetwarnings()

# Uncaught: the warning is the exception.
warnings.simplefilter("error", DeprecationWarning)
emit("fatal", DeprecationWarning)
print("not reached")
