# Inside an except* clause, sys.exc_info() and the implicit context are the matched part.
import sys
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* TypeError as e:
    print(repr(e), repr(sys.exc_info()[1]), sys.exc_info()[1] is e)
    try:
        raise RuntimeError("x")
    except RuntimeError as r:
        print(repr(r.__context__), r.__context__ is e)
except* ValueError as e:
    print(repr(e), sys.exc_info()[1] is e)
print(sys.exc_info())
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print(repr(e), sys.exc_info()[1] is e)
        raise
except ExceptionGroup as g:
    print("re-raised", repr(g))
