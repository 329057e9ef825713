import sys
try:
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("nested", [TypeError("b"), KeyError("k")])])
except* TypeError as m:
    print(repr(m), repr(sys.exception()))
except* ValueError as v:
    print(repr(v))
except* KeyError:
    print(repr(sys.exc_info()[1]))
