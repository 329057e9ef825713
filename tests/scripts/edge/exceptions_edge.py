try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise TypeError("a", 1)
except TypeError as e:
    print(repr(e), str(e))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
print(KeyError("k"), repr(KeyError("k")), str(KeyError("a", "b")), OSError(2, "No such file"), repr(StopIteration(3)))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def f():
    try:
        return 1 / 0
    except ZeroDivisionError:
        return "zde"
    finally:
        print("fin")
print(f())
try:
    {}["a"]
except (TypeError, KeyError) as e:
    print("tuple caught", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined
except NameError as e:
    print(e, type(e.__context__).__name__)
e = Exception("note")
e.add_note("extra") if hasattr(e, "add_note") else None
print(getattr(e, "__notes__", None))
class MyErr(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(f"code {code}")
try:
    raise MyErr(42)
except Exception as err:
    print(err, err.code, err.args)
import sys
try:
    raise IndexError("ii")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
