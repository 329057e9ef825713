# try/except/else, matching, `as` names, re-raise, chaining.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ValueError:
        return "value"
    except Exception as e:
        return "other " + type(e).__name__
    else:
        return "no exception"

print(classify(KeyError()), classify(IndexError()), classify(ValueError()), classify(TypeError()))

def with_else():
    try:
        x = 1
    except Exception:
        print("no")
    else:
        print("else", x)
    finally:
        print("finally")
with_else()

try:
    raise ValueError("v")
except ValueError as err:
    print("caught", err)
try:
    err
except NameError as e:
    print(type(e).__name__, e)

def reraise():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise
    except KeyError as e:
        return repr(e)
print(reraise())

def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError("second")
    except ValueError as e:
        return type(e.__context__).__name__, e.__cause__
print(chained())

def explicit_cause():
    try:
        raise RuntimeError("outer") from KeyError("inner")
    except RuntimeError as e:
        return repr(e.__cause__), e.__suppress_context__
print(explicit_cause())

def handler_exception_replaces():
    try:
        try:
            raise KeyError(1)
        except KeyError as e:
            raise TypeError("in handler")
    except TypeError as e:
        return str(e), type(e.__context__).__name__
print(handler_exception_replaces())

def nested_handlers():
    out = []
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise KeyError(2)
        except KeyError:
            out.append("inner")
        out.append("outer")
    return out
print(nested_handlers())

def break_in_except():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                break
    return i
print(break_in_except())

def not_matching():
    try:
        try:
            raise KeyError("x")
        except ValueError:
            print("wrong")
    except KeyError as e:
        print("outer caught", repr(e))
not_matching()

try:
    try:
        raise ValueError
    except 42:
        pass
except TypeError as e:
    print(type(e).__name__, e)

import sys
def exc_info_restored():
    try:
        raise ValueError("a")
    except ValueError:
        pass
    return sys.exc_info()
print(exc_info_restored())

def assert_fail():
    try:
        assert 1 == 2, "math is broken"
    except AssertionError as e:
        print("assert:", e)
    try:
        assert False
    except AssertionError as e:
        print("bare assert:", repr(e))
assert_fail()
