# CPython's report of exception groups (nested, chained, wide, deep, with notes and SyntaxErrors),
# captured from sys.excepthook and printed on stdout so every line is compared.
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def report(title, make):
    try:
        make()
    except BaseException as e:
        exc = e
    cap = Capture()
    old, sys.stderr = sys.stderr, cap
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = old
    print("=====", title)
    for line in "".join(cap.parts).splitlines():
        i = line.find('File "')
        if i >= 0:
            path, rest = line[i + 6:].split('"', 1)
            line = line[:i] + 'File "' + path.rsplit("/", 1)[-1] + '"' + rest
        print(line)

def simple():
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b")])
report("simple", simple)

def f():
    raise ValueError("deep inside")
def nested():
    try:
        f()
    except ValueError as e:
        inner = ExceptionGroup("inner", [e, KeyError("k")])
    try:
        raise OSError("cause")
    except OSError as o:
        raise ExceptionGroup("outer", [inner, TypeError("t"),
                                       BaseExceptionGroup("base", [ExceptionGroup("deeper", [ZeroDivisionError("z")])])]) from o
report("nested and chained", nested)

def wide():
    raise ExceptionGroup("wide", [ValueError(i) for i in range(17)])
report("wide", wide)

def deep():
    e = ValueError("leaf")
    for i in range(12):
        e = ExceptionGroup(f"level {i}", [e, KeyError(i)])
    raise e
report("deep", deep)

def notes():
    errs = []
    for n in range(2):
        try:
            e = ValueError(f"v{n}")
            e.add_note(f"note for {n}")
            raise e
        except ValueError as caught:
            errs.append(caught)
    g = ExceptionGroup("noted", errs)
    g.add_note("group note\nsecond line")
    raise g
report("notes", notes)

def syntax_member():
    raise ExceptionGroup("syn", [SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 4))])
report("syntax error member", syntax_member)

def from_except_star():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        pass
    except* TypeError:
        raise RuntimeError("from handler")
report("except* handler raised", from_except_star)

def context_group():
    try:
        raise ExceptionGroup("first", [ValueError(1)])
    except ExceptionGroup:
        raise KeyError("last")
report("group as context", context_group)

print("not raised:")
g = ExceptionGroup("never raised", [ValueError(1), ExceptionGroup("inner", [TypeError(2)])])
cap = Capture()
old, sys.stderr = sys.stderr, cap
sys.excepthook(type(g), g, None)
sys.stderr = old
print("".join(cap.parts), end="")
