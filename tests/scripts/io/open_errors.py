path = "/tmp/minipy_test_open_errors.txt"
open(path, "w").close()
cases = [
    lambda: open(path, "rr"), lambda: open(path, "q"), lambda: open(path, "rw"),
    lambda: open(path, "tb"), lambda: open(path, "+"), lambda: open(path, "b"),
    lambda: open(path, "rb", encoding="utf8"), lambda: open(path, "rb", errors="strict"),
    lambda: open(path, "rb", newline=""), lambda: open(path, "r", newline="x"),
    lambda: open(path, "r", buffering=0), lambda: open(path, 5), lambda: open([], "r"),
    lambda: open("/nonexistent/dir/x"), lambda: open("/tmp"), lambda: open(path, encoding=5),
    lambda: open(path, closefd=False), lambda: open(path, "r", buffering="x"),
    lambda: open(path, "x"),
]
for c in cases:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
f = open(path)
for c in [lambda: f.write("x"), lambda: f.seek(1, 1), lambda: f.seek(1, 2), lambda: f.seek(0, 3), lambda: f.seek(-1)]:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
f.close()
f.close()
for c in [lambda: f.read(), lambda: f.readline(), lambda: next(f), lambda: f.write("x"), lambda: f.tell(),
          lambda: f.seek(0), lambda: f.readable(), lambda: f.fileno(), lambda: f.flush(),
          lambda: f.__enter__(), lambda: iter(f), lambda: f.isatty()]:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
w = open(path, "w")
for c in [lambda: w.read(), lambda: w.write(5), lambda: w.writelines([1]), lambda: w.readline()]:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
w.close()
import io
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
