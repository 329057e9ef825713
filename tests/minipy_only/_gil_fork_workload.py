# Workload of gil_fork_trace.sh: run with -X gil-trace=OUT/t.log (or .json). The parent keeps a
# thread of its own running across two forks; each child runs two threads briefly and ends, one
# through the normal exit, one through os._exit. usage: _gil_fork_workload.py OUT
import os
import sys
import threading
import time

out = sys.argv[1]
stop = threading.Event()


def parent_worker():
    while not stop.is_set():
        sum(range(2000))
        time.sleep(0.001)


def spin(n):
    total = 0
    for i in range(n):
        total += i
    time.sleep(0.002)  # a blocking drop too
    return total


def child(how):
    threads = [threading.Thread(target=spin, args=(200000,), name=f"child-{c}") for c in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with open(f"{out}/child-{how}.pid", "w") as f:
        f.write(f"{os.getpid()} {threading.get_native_id()}\n")
    if how == "_exit":
        os._exit(0)
    sys.exit(0)


worker = threading.Thread(target=parent_worker, name="parent-worker")
worker.start()
with open(f"{out}/parent.pid", "w") as f:
    f.write(f"{os.getpid()} {threading.get_native_id()}\n")
for how in ("exit", "_exit"):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        child(how)
    status = os.waitpid(pid, 0)[1]
    print(how, "child status", os.waitstatus_to_exitcode(status))
stop.set()
worker.join()
with open(f"{out}/worker.tid", "w") as f:
    f.write(f"{worker.native_id}\n")
