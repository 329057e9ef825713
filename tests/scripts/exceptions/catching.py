# Which handler catches what; errors raised by the runtime carry CPython's messages.
def check(f):
    try:
        r = f()
        print("no error:", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: 1 / 0)
check(lambda: [][1])
check(lambda: {}["k"])
check(lambda: int("x"))
check(lambda: None.foo)
check(lambda: len(5))
five = 5
check(lambda: five())
check(lambda: iter(5))
check(lambda: next(iter([])))
check(lambda: five[0])
check(lambda: "a" + 1)
check(lambda: -"a")
check(lambda: hash([]))
check(lambda: object().x)
check(lambda: type.x)
check(lambda: object(1))
check(lambda: ValueError(x=1))
check(lambda: OSError(x=1))
check(lambda: BaseException.__new__(1))
check(lambda: StopIteration().value)
check(lambda: setattr(object(), "x", 1))
check(lambda: setattr(1, "real", 1))
check(lambda: delattr(object(), "x"))
check(lambda: getattr(1, 2))
check(lambda: isinstance(1, "x"))
check(lambda: issubclass("x", int))
check(lambda: issubclass(int, "x"))
check(lambda: exec("raise KeyError(1, 2)"))
for e_type in (Exception, LookupError, ArithmeticError, BaseException):
    try:
        {}[0]
    except e_type as e:
        print("caught", type(e).__name__, "as", e_type.__name__)
    except:
        print("bare except")
try:
    raise (ValueError, TypeError)[1]("from tuple")
except (KeyError, TypeError) as e:
    print("tuple handler", repr(e))
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except BaseException as e:
    print("BaseException", repr(e))
