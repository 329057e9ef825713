# Semaphore and BoundedSemaphore: counting, non-blocking and timed acquire, the concurrency bound.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s._value)
r = repr(s)
print(r.startswith("<threading.Semaphore at 0x"), r.endswith(": value=2>"))

b = threading.BoundedSemaphore(3)
print(repr(b).endswith(": value=3/3>"))
with b:
    print(b._value)
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
b.acquire(); b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError", e)
b.release(2)
print(b._value)

# At most 3 workers inside the semaphore at once.
limit = threading.BoundedSemaphore(3)
lock = threading.Lock()
inside = 0
peak = 0
def worker(i):
    global inside, peak
    with limit:
        with lock:
            inside += 1
            peak = max(peak, inside)
        with lock:
            inside -= 1
ts = [threading.Thread(target=worker, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak within bound:", 1 <= peak <= 3, "inside:", inside)

# A zero semaphore as a signal: release from another thread wakes the waiter.
sig = threading.Semaphore(0)
got = []
def waiter():
    got.append(sig.acquire(timeout=30))
w = threading.Thread(target=waiter)
w.start()
sig.release()
w.join()
print(got)
