# sys.setswitchinterval / getswitchinterval, including CPython's rounding and errors, and a
# change made while threads run.
import sys
import _thread
import time

print(sys.getswitchinterval())
for v in (0.001, 1e-6, 1.5e-6, 1e-9, 2, 10.0):
    sys.setswitchinterval(v)
    print(v, "->", sys.getswitchinterval())
for bad in (0, -1, -0.5):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("x", None):
    try:
        sys.setswitchinterval(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.setswitchinterval()
except TypeError as e:
    print("TypeError:", e)

# Changed while two CPU-bound threads run: both still finish.
sys.setswitchinterval(0.005)
results = []
done = _thread.allocate_lock()
done.acquire()
def spin(n, tag):
    x = 0
    for i in range(n):
        x += i
    results.append(tag)
    if len(results) == 2:
        done.release()
_thread.start_new_thread(spin, (300000, "a"))
_thread.start_new_thread(spin, (300000, "b"))
sys.setswitchinterval(0.0001)
done.acquire()
print(sorted(results), sys.getswitchinterval())
