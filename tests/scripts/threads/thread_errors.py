# Every error message of threading's life-cycle checks, and of the lock types.
import threading
import _thread

def report(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("no error")

go = threading.Event()
t = threading.Thread(target=go.wait)
report(t.join)
t.start()
report(t.start)
def set_daemon():
    t.daemon = True
report(set_daemon)
report(lambda: threading.current_thread().join())
go.set()
t.join()
report(t.start)
report(lambda: threading.main_thread().join(0) if False else threading.current_thread().join(1))

class NoInit(threading.Thread):
    def __init__(self):
        pass
n = NoInit()
report(n.start)
report(n.join)
def set_daemon2():
    n.daemon = True
report(set_daemon2)

lock = threading.Lock()
report(lock.release)
rlock = threading.RLock()
report(rlock.release)
print(type(lock).__name__, type(rlock).__name__)
print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)

cond = threading.Condition()
report(cond.wait)
report(cond.notify)
report(cond.notify_all)
report(lambda: cond.wait_for(lambda: False))
report(lambda: threading.Semaphore(-1))
report(lambda: threading.BoundedSemaphore(-5))
b = threading.BoundedSemaphore(2)
report(b.release)
report(lambda: threading.Semaphore().release(0))
report(lambda: threading.Semaphore().acquire(False, 1))
report(lambda: threading.Barrier(0))
report(lambda: threading.Thread(group=1))

def other_thread_releases():
    rlock.acquire()
    out = []
    th = threading.Thread(target=lambda: out.append(report(rlock.release)))
    th.start(); th.join()
    rlock.release()
other_thread_releases()
print(issubclass(threading.BrokenBarrierError, RuntimeError))
