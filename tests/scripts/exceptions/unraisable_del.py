# Exceptions that cannot propagate (from __del__, from closing a generator at release) are
# reported on sys.stderr as "Exception ignored in: ..." with their traceback.
import gc
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass

def no_address(line):
    i = line.find(" at 0x")
    if i < 0:
        return line
    j = line.find(">", i)
    return line[:i] + line[j:]

def report(title, action):
    cap = Capture()
    old, sys.stderr = sys.stderr, cap
    try:
        action()
    finally:
        sys.stderr = old
    print("--", title)
    for line in "".join(cap.parts).splitlines():
        if line.startswith("    "):
            continue  # source lines and carets
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        print(no_address(line))

class A:
    def __del__(self):
        raise ValueError("boom")
def drop_a():
    a = A()
    del a
report("refcount __del__", drop_a)

class B:
    def __del__(self):
        {}["missing"]
def drop_cycle():
    b = B()
    b.me = b
    del b
    gc.collect()
report("collector __del__", drop_cycle)

def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")
def drop_gen():
    g = gen()
    next(g)
    del g
report("generator close", drop_gen)

class Ok:
    def __del__(self):
        print("clean __del__")
report("no error", lambda: Ok())
print("end")
