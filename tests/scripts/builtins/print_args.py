import sys
print(1, 2, 3, sep="-", end="!\n")
print("a", "b", sep="")
print()
print("no newline", end="")
print(" then", end="\n")
print(*range(4), sep=", ")
print("to stderr", file=sys.stderr)
print("x", file=None)
print(None, True, 1.0, [1, 'a'], sep=None, end=None)
print("flush", flush=True)
try:
    print(sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(end=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("a", 1, file=w, sep="|")
print(w.parts)
