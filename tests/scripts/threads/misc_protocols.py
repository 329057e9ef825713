# Context-manager results, argument errors, generators and closures shared between threads.
import threading

lock, rlock, cond, sem = threading.Lock(), threading.RLock(), threading.Condition(), threading.Semaphore()
with lock as a, rlock as b, cond as c, sem as d:
    print(a, b, c, d)
bs = threading.BoundedSemaphore()
with bs as e:
    print(e)

def report(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)

report(lambda: threading.Thread(None, print, "n", (), {}, True))
report(lambda: threading.Thread(target=print, bogus=1))
report(lambda: threading.Timer())
report(lambda: threading.Event().wait(1, 2))
report(lambda: threading.Barrier())
report(lambda: threading.Semaphore(1, 2))
report(lambda: threading.Condition().wait_for())

# One generator consumed by several threads in turn, under a lock.
def numbers():
    yield from range(100)
gen = numbers()
gen_lock = threading.Lock()
taken = []
def take():
    while True:
        with gen_lock:
            v = next(gen, None)
        if v is None:
            return
        taken.append(v)
ts = [threading.Thread(target=take) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(taken) == list(range(100)))

# Closures and nonlocal state updated through a lock.
def make_counter():
    n = 0
    lk = threading.Lock()
    def inc():
        nonlocal n
        with lk:
            n += 1
    def get():
        return n
    return inc, get
inc, get = make_counter()
ts = [threading.Thread(target=lambda: [inc() for _ in range(1000)]) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(get())

# Exceptions caught inside a thread stay inside it.
caught = []
def guarded():
    try:
        raise KeyError("inner")
    except KeyError as ex:
        caught.append(repr(ex))
t = threading.Thread(target=guarded)
t.start(); t.join()
print(caught)
