def run(title, fn):
    try:
        fn()
        print(title, "-> nothing")
    except BaseException as e:
        print(title, "->", repr(e), repr(e.__context__) if not isinstance(e, BaseExceptionGroup) else "")

def bare_raise_group():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run("bare raise in group", bare_raise_group)

def two_raise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise OSError("a")
    except* TypeError:
        raise
run("raise new + bare", two_raise)

def naked_other():
    try:
        raise ValueError("n")
    except* ValueError:
        raise KeyError("other")
run("naked then other", naked_other)

def naked_unmatched():
    try:
        raise ValueError("n")
    except* TypeError:
        pass
run("naked unmatched", naked_unmatched)

def all_handled():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("  caught", repr(e))
run("all handled", all_handled)

def nested_star():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            raise ExceptionGroup("inner", [KeyError(5)])
    except* KeyError as k:
        print("  outer got", repr(k))
    except* TypeError as t:
        print("  outer got", repr(t))
run("nested", nested_star)
