def t(fn):
    try:
        fn()
    except BaseException as e:
        print(type(e).__name__, repr(e))
def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("caught", repr(e))
t(a)
def b():
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("naked", repr(e))
        raise KeyError(5)
t(b)
def c():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise
t(c)
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* TypeError:
        pass
t(d)
def multi():
    try:
        raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
    except* ValueError as e:
        print("values:", repr(e))
    except* (TypeError, KeyError) as e:
        print("lookup/type:", repr(e))
    print("all handled")
t(multi)
def partial_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
t(partial_new)
def no_exception():
    try:
        x = 1
    except* ValueError:
        print("never")
    else:
        print("else runs", x)
    finally:
        print("finally runs")
t(no_exception)
def group_type_error():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
t(group_type_error)
for src in ["try:\n    pass\nexcept* ValueError:\n    return 1\n",
            "for i in x:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "try:\n    pass\nexcept* ValueError:\n    for i in x:\n        break\n"]:
    try:
        compile(src, "f", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg, e.lineno)
