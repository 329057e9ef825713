import sys
e = ExceptionGroup("many", [ValueError(i) for i in range(17)])
e.add_note("a note")
try:
    raise e
except Exception as x:
    sys.excepthook(type(x), x, x.__traceback__)
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"level{n}", [deep(n - 1)])
try:
    raise deep(12)
except Exception as x:
    sys.excepthook(type(x), x, x.__traceback__)
try:
    try:
        raise ExceptionGroup("inner", [KeyError(1)])
    except ExceptionGroup as g:
        raise ValueError("outer") from g
except Exception as x:
    sys.excepthook(type(x), x, x.__traceback__)
raise BaseExceptionGroup("base", [KeyboardInterrupt(), ExceptionGroup("eg", [OSError("x")])])
