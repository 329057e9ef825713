# Per-class exception attributes are member descriptors (None when unset; ExceptionGroup's are read-only).
print(StopIteration.value, OSError.errno, type(SyntaxError.lineno).__name__, ExceptionGroup.message)
e = OSError(1)
print(e.errno, e.filename)
e.filename = "f"
print(e.filename)
try:
    ExceptionGroup("x", [ValueError()]).message = 1
except AttributeError as x:
    print(x)
print(StopIteration(3).value, SystemExit().code, KeyError().args)
