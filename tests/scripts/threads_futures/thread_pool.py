# concurrent.futures.ThreadPoolExecutor: submit/result, map order, exceptions through futures,
# wait and as_completed, callbacks, cancellation, shutdown, worker names, errors.
import threading
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, Future)
import concurrent.futures

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in fs])
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print(sorted(f.result() for f in as_completed(fs)))

def fail(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(2) as ex:
    f = ex.submit(fail, 1)
    try:
        f.result()
    except ValueError as e:
        print("ValueError", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    try:
        list(ex.map(fail, [1, 2]))
    except ValueError as e:
        print("map raised", e)

# Worker names: prefix_index.
names = set()
gate = threading.Barrier(3)
def record():
    gate.wait()
    names.add(threading.current_thread().name)
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    for _ in range(3):
        ex.submit(record)
print(sorted(names))

# wait() with the three conditions.
release = threading.Event()
with ThreadPoolExecutor(max_workers=3) as ex:
    slow = ex.submit(release.wait)
    quick = ex.submit(square, 3)
    done, not_done = wait([slow, quick], return_when=FIRST_COMPLETED)
    print(quick in done, slow in not_done)
    bad = ex.submit(fail, 2)
    done, not_done = wait([slow, bad], return_when=FIRST_EXCEPTION)
    print(bad in done, slow in not_done)
    done, not_done = wait([slow], timeout=0.01)
    print(len(done), len(not_done))
    release.set()
    done, not_done = wait([slow, quick, bad], return_when=ALL_COMPLETED)
    print(len(done), len(not_done))

# Callbacks run when the future is done (at once if it already is).
log = []
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(square, 5)
    f.add_done_callback(lambda fut: log.append(("cb", fut.result())))
    f.result()
f.add_done_callback(lambda fut: log.append(("late", fut.result())))
print(sorted(log))

# Cancellation: queued work can be cancelled, running work cannot.
hold = threading.Event()
started = threading.Event()
def blocker():
    started.set()
    hold.wait()
    return "unblocked"
with ThreadPoolExecutor(1) as ex:
    running = ex.submit(blocker)
    started.wait()
    queued = ex.submit(square, 9)
    print(running.cancel(), queued.cancel(), queued.cancelled(), running.running())
    try:
        queued.result()
    except CancelledError:
        print("CancelledError")
    hold.set()
    print(running.result())

# Errors.
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
for bad_args in ({"max_workers": 0}, {"initializer": 5}):
    try:
        ThreadPoolExecutor(**bad_args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Future().result(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError", repr(e))
print(concurrent.futures.TimeoutError is TimeoutError)

# A plain Future driven by hand.
f = Future()
print(repr(f).split(" state=")[1])
f.set_result([1])
print(repr(f).split(" state=")[1], f.result())
try:
    f.set_result(2)
except concurrent.futures.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
g = Future()
g.set_exception(KeyError("k"))
print(repr(g).split(" state=")[1])

# An initializer runs once in each worker.
inits = []
def init(tag):
    inits.append(tag)
with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as ex:
    print(ex.submit(square, 7).result())
print(set(inits))

# Workers still running at exit are waited for (they are not daemons).
import time
main_printed = threading.Event()
def late_work():
    main_printed.wait()
    time.sleep(0.05)
    print("pool work finished at exit")
late = ThreadPoolExecutor(1)
late.submit(late_work)
print("main done")
main_printed.set()
