class MyError(Exception):
    pass

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise MyError("wrapped")

try:
    f()
except MyError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)

def g():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("k") from e

try:
    g()
except KeyError as e:
    print(type(e.__cause__).__name__, e.__suppress_context__)

def h():
    try:
        [][1]
    except IndexError:
        raise TypeError("t") from None
try:
    h()
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs")
except ValueError as e:
    print("outer caught", e)

def reraiser():
    try:
        raise ValueError("v")
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

import sys
try:
    raise KeyError("x")
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

f()
