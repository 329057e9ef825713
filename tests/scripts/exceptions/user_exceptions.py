# User-defined exceptions: subclassing, custom __init__/__str__, attributes, catching by base.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %s" % key)
        self.key = key
class Custom(Exception):
    def __str__(self):
        return "custom!"
class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr<>"
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a

for exc in (AppError("boom"), NotFound("k1"), Custom(1, 2), WithRepr("v"), NoSuper(1, 2)):
    try:
        raise exc
    except AppError as e:
        print("AppError handler:", type(e).__name__, e, repr(e), e.args)
    except Exception as e:
        print("Exception handler:", type(e).__name__, e, repr(e), e.args)

e = NotFound("zz")
print(e.key, isinstance(e, AppError), isinstance(e, Exception), issubclass(NotFound, BaseException))
print(NotFound.__mro__[:3], NotFound.__module__, NotFound.__name__)
e.extra = 5
print(e.extra, sorted(e.__dict__))

class MultiBase(KeyError, AttributeError):
    pass
try:
    raise MultiBase("mb")
except AttributeError as e:
    print("caught as AttributeError:", repr(e), str(e))
try:
    raise MultiBase("mb")
except LookupError as e:
    print("caught as LookupError:", type(e).__name__)

class MyOSError(OSError):
    pass
m = MyOSError(2, "No such file", "path")
print(type(m).__name__, m, m.errno, m.filename)
class MyOSError2(OSError):
    def __init__(self, msg):
        super().__init__(5, msg)
m2 = MyOSError2("io failed")
print(m2, m2.errno, m2.strerror, m2.args)

# raising classes, re-raising, chaining
def f():
    raise ValueError
try:
    f()
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b") from None
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

# notes and with_traceback
e = ValueError("noted")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as t:
    print("TypeError:", t)
print(e.with_traceback(None) is e, e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
e.args = ("changed", 2)
print(e, e.args)
try:
    e.__cause__ = 5
except TypeError as t:
    print("TypeError:", t)
