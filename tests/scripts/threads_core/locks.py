# _thread.lock and _thread.RLock: acquire/release semantics, timeouts and error messages.
import _thread
import time

lock = _thread.allocate_lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
for args, kwargs in [((), {"blocking": False, "timeout": 1}), ((True, -2), {}), ((True, 1e30), {}),
                     ((True, "x"), {}), ((1, 2, 3), {})]:
    try:
        print(lock.acquire(*args, **kwargs))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
    if lock.locked():
        lock.release()
with lock:
    print("inside with:", lock.locked())
print("after with:", lock.locked())
print(repr(lock).split(" object")[0], lock.acquire_lock(), repr(lock).split(" object")[0], lock.locked_lock())
lock.release_lock()

# A timed acquire really waits about the timeout.
lock.acquire()
t = time.perf_counter()
print(lock.acquire(timeout=0.05), 0.04 < time.perf_counter() - t < 1.0)
# Another thread may release a Lock (not an RLock): that is how a Lock signals.
def releaser():
    time.sleep(0.02)
    lock.release()
_thread.start_new_thread(releaser, ())
print("woken by another thread:", lock.acquire(timeout=5))
lock.release()

r = _thread.RLock()
print(repr(r).split(" at ")[0])
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(r.acquire(), r.acquire(), r._recursion_count(), r._is_owned())
print(repr(r).split(" object")[0], "count=" + repr(r).split("count=")[1].split(" ")[0])
state = r._release_save()
print(state[0], r._is_owned(), r._recursion_count())
r._acquire_restore(state)
print(r._recursion_count())
r.release(); r.release()
print(r._is_owned())
with r:
    with r:
        print("nested with:", r._recursion_count())
# An RLock held by another thread cannot be taken, nor released, here.
held = _thread.allocate_lock(); held.acquire()
go = _thread.allocate_lock(); go.acquire()
def holder():
    r.acquire()
    held.release()
    go.acquire()
    r.release()
    held.release()
_thread.start_new_thread(holder, ())
held.acquire()
print("held elsewhere:", r.acquire(False), r.acquire(timeout=0.01), r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
go.release()
held.acquire()
print("free again:", r.acquire(False))
r.release()
class MyRLock(_thread.RLock):
    pass
print(MyRLock().acquire())
try:
    class Bad(_thread.LockType):
        pass
except TypeError as e:
    print("TypeError:", e)
