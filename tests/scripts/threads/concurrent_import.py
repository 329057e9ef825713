# Several threads import the same modules at the same moment: each gets the module only once its
# code has finished running (no half-initialized module), and the code runs once.
import sys
import threading

sys.setswitchinterval(1e-5)
start = threading.Barrier(4)
seen = []
lock = threading.Lock()

def importer():
    start.wait()
    import _slow_module
    import heapq
    import queue
    with lock:
        seen.append((_slow_module.DONE, _slow_module.total, hasattr(heapq, "merge"),
                     hasattr(queue, "SimpleQueue")))

ts = [threading.Thread(target=importer) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
print(sys.modules["_slow_module"].DONE, "runs:", sys.slow_module_runs)
