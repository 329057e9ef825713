# _thread.interrupt_main(): KeyboardInterrupt in the main thread. (CPython only simulates the
# signal, so a wait in progress is not cut short there: the main thread waits in short slices.)
import _thread
import time

def later(delay):
    time.sleep(delay)
    _thread.interrupt_main()

_thread.start_new_thread(later, (0.05,))
try:
    for _ in range(3000):
        time.sleep(0.01)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in time.sleep")

lock = _thread.allocate_lock()
lock.acquire()
_thread.start_new_thread(later, (0.05,))
try:
    while not lock.acquire(timeout=0.01):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in lock.acquire")
print("lock still held:", lock.locked())

_thread.start_new_thread(later, (0.05,))
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in a loop", n > 0)

# Only the main thread handles it: a worker's loop is not interrupted.
done = _thread.allocate_lock()
done.acquire()
def worker():
    total = 0
    for i in range(200000):
        total += i
    print("worker finished:", total)
    done.release()
_thread.start_new_thread(worker, ())
try:
    _thread.interrupt_main()
    while not done.acquire(timeout=0.01):
        pass
    time.sleep(0.01)
except KeyboardInterrupt:
    print("main got it")
done.acquire(timeout=5)
print("end")
