def f():
    raise ValueError("a")
try:
    f()
except ValueError as e:
    inner = e
try:
    raise ExceptionGroup("outer", [inner, ExceptionGroup("nested", [TypeError("b"), KeyError("k")]), OSError(2, "nf")])
except* TypeError:
    raise RuntimeError("in handler")
