# Lock and RLock: non-blocking and timed acquire, context managers, recursion, ownership.
import threading
import _thread

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print("inside:", lock.locked())
print(lock.acquire(True, 0.5), lock.locked())
lock.release()
print(type(lock) is _thread.LockType, threading.Lock is _thread.allocate_lock)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
r = repr(lock)
print(r.startswith("<unlocked _thread.lock object at 0x"))
with lock:
    print(repr(lock).startswith("<locked _thread.lock object at 0x"))

# Another thread can release a plain lock (it has no owner).
l2 = threading.Lock()
l2.acquire()
t = threading.Thread(target=l2.release)
t.start(); t.join()
print("released by another thread:", not l2.locked())

rl = threading.RLock()
print(rl.acquire(), rl.acquire(), rl._recursion_count(), rl._is_owned())
rl.release()
print(rl._recursion_count())
rl.release()
print(rl._recursion_count(), rl._is_owned())
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError", e)

def recurse(n):
    with rl:
        if n == 0:
            return rl._recursion_count()
        return recurse(n - 1)
print("depth:", recurse(9))

# Another thread cannot take an RLock we hold, nor release it.
rl.acquire()
out = []
def other():
    out.append(rl.acquire(False))
    out.append(rl.acquire(timeout=0.01))
    try:
        rl.release()
    except RuntimeError as e:
        out.append(str(e))
t = threading.Thread(target=other)
t.start(); t.join()
print(out)
rl.release()
t = threading.Thread(target=other)
t.start(); t.join()
print(out[3:5])
print(repr(threading.RLock()).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))

# Counting under a lock from many threads loses nothing.
total = 0
def add(n):
    global total
    for _ in range(n):
        with lock:
            total += 1
ts = [threading.Thread(target=add, args=(5000,)) for _ in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("total:", total)
