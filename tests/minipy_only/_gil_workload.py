# The workload the whole-run option tests trace: two CPU-bound threads and a sleeping one at 1 ms.
import sys
import threading
import time

sys.setswitchinterval(0.001)


def spin():
    end = time.perf_counter() + 0.1
    while time.perf_counter() < end:
        pass


def io():
    for i in range(5):
        time.sleep(0.004)


threads = [threading.Thread(target=spin, name="cpu-1"), threading.Thread(target=spin, name="cpu-2"),
           threading.Thread(target=io, name="io")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("workload done")
