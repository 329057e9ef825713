class Bad:
    def __str__(self):
        raise RuntimeError("no str")
import io
s = io.StringIO()
try:
    print("ok", Bad(), "never", file=s)
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(s.getvalue()))
print("a", "b", sep="")
print("done", end="\n\n")
print(flush=True)
