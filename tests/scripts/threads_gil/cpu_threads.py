# CPU-bound threads are switched by the GIL (forced switches at the interval) and all finish with
# the right results; the main thread waits on locks (a blocking call that releases the GIL).
import _thread, sys

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def collatz_steps(limit):
    best = (0, 0)
    for start in range(1, limit):
        n, steps = start, 0
        while n != 1:
            n = n // 2 if n % 2 == 0 else 3 * n + 1
            steps += 1
        if steps > best[1]:
            best = (start, steps)
    return best

for interval in (0.005, 0.0002):
    sys.setswitchinterval(interval)
    results = {}
    locks = []
    jobs = [("fib", fib, 20), ("collatz", collatz_steps, 3000), ("sum", lambda n: sum(i * i for i in range(n)), 50000)]
    for name, fn, arg in jobs:
        done = _thread.allocate_lock()
        done.acquire()
        locks.append(done)
        def runner(name=name, fn=fn, arg=arg, done=done):
            results[name] = fn(arg)
            done.release()
        _thread.start_new_thread(runner, ())
    for done in locks:
        done.acquire()  # released by the worker when it is finished
    print(interval, sorted(results.items()))
