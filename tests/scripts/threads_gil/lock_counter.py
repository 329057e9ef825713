# Threads that update shared state under a lock never lose an update, whatever the switch interval.
import _thread, sys, time

def run(nthreads, per_thread, interval):
    sys.setswitchinterval(interval)
    lock = _thread.allocate_lock()
    state = {"counter": 0, "finished": 0}
    def work():
        for i in range(per_thread):
            with lock:
                v = state["counter"]
                state["counter"] = v + 1
        with lock:
            state["finished"] += 1
    for k in range(nthreads):
        _thread.start_new_thread(work, ())
    while True:
        with lock:
            if state["finished"] == nthreads:
                break
        time.sleep(0.001)
    print(nthreads, per_thread, interval, state["counter"])

run(2, 20000, 0.005)
run(4, 5000, 0.001)
run(8, 2000, 1e-6)
run(16, 500, 0.0005)
print(sys.getswitchinterval())
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
for bad in (0, -1.0, 0.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print(type(e).__name__, e)
