# str() and repr() of exceptions, args, and the class-specific attributes.
cases = [
    ValueError(), ValueError("x"), ValueError(1, 2), ValueError(None), ValueError(""),
    KeyError("k"), KeyError(1), KeyError(), KeyError("a", "b"), IndexError("list index out of range"),
    StopIteration(), StopIteration(5), StopIteration(1, 2), SystemExit(), SystemExit(2), SystemExit("bye"),
    SystemExit(1, 2), Exception("multi", "args"), RuntimeError(ValueError("inner")),
    ZeroDivisionError("division by zero"), AssertionError(), NotImplementedError("todo"),
    ImportError("no module"), ImportError(), ModuleNotFoundError("No module named 'x'", name="x"),
    AttributeError("a"), NameError("name 'x' is not defined", name="x"), UnboundLocalError("u"),
    GeneratorExit(), KeyboardInterrupt(), BaseException("b"), Warning("w"), UserWarning("u"),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
ie = ImportError("msg", name="mod", path="/p")
print(ie.msg, ie.name, ie.path, ImportError().msg, ImportError(1, 2).msg)
ae = AttributeError("m", name="n", obj=5)
print(ae.name, ae.obj, AttributeError("z").name, NameError("q", name="v").name)

# OSError and its errno mapping
for args in [(2, "No such file or directory"), (2, "No such file or directory", "f.txt"),
             (13, "Permission denied", "/root"), (17, "File exists", "d", None, "e"),
             (1, "Operation not permitted"), (21, "Is a directory", "/"), (20, "Not a directory"),
             (11, "Resource temporarily unavailable"), (32, "Broken pipe"), (111, "Connection refused"),
             (4, "Interrupted system call"), (3, "No such process"), (110, "timed out"), (10, "No child"),
             (999, "unknown"), ("x",), (), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
print(FileNotFoundError(2, "x").errno, type(FileNotFoundError(13, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(FileNotFoundError, OSError))

# SyntaxError
se = SyntaxError("invalid syntax", ("prog.py", 3, 5, "x = = 1\n", 3, 6))
print(str(se), "|", repr(se), "|", se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset)
print(str(SyntaxError("m", ("/a/b/c.py", 1, 1, "t"))), str(SyntaxError("m")), str(SyntaxError()))
print(str(SyntaxError("m", (None, 4, 1, "t"))), str(SyntaxError("m", ("f.py", None, None, None))))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))

# Unicode errors
ude = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print(ude, "|", ude.encoding, ude.object, ude.start, ude.end, ude.reason)
print(UnicodeDecodeError("utf-8", b"\xe2\x82", 0, 2, "unexpected end of data"))
print(UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)"))
print(UnicodeEncodeError("ascii", "\u20ac", 0, 1, "x"), "|", UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "x"))
print(UnicodeEncodeError("ascii", "abcd", 1, 3, "ordinal not in range(128)"))
print(UnicodeTranslateError("\xe9", 0, 1, "no"))

# exception groups
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
print(str(eg), "|", repr(eg), "|", type(eg).__name__, eg.message, eg.exceptions)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("c", [ValueError()])).__name__, str(beg))
print(ExceptionGroup.__mro__)
