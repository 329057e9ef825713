# An exception raised by __del__ cannot propagate: it is reported as CPython's unraisable hook
# does ("Exception ignored in: <function C.__del__ at 0x...>" and the traceback) and the program
# goes on. sys.stderr is captured so the varying address can be masked.
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
    def text(self):
        out = []
        for line in "".join(self.parts).splitlines():
            if " at 0x" in line:
                line = line.split(" at 0x")[0] + " at 0x...>"
            if line.startswith('  File "'):
                line = '  File "' + line.split("/")[-1]  # the script's folder differs per checkout
            out.append(line)
        return out

class C:
    def __del__(self):
        raise ValueError("in del")

class Cycle:
    def __init__(self):
        self.me = self
    def __del__(self):
        {}["missing"]

cap = Capture()
real, sys.stderr = sys.stderr, cap
c = C()
del c
print("after del")
x = Cycle()
del x
gc.collect()
print("after collect")
sys.stderr = real
for line in cap.text():
    if not line.startswith("    "):  # source and caret lines differ by version
        print(line)
