# fork() while several threads contend for the GIL (forced switches and blocking drops): the
# child gets a working GIL of its own at once. It runs Python code, sleeps (a blocking drop and
# take with the new GIL), uses locks and threading's bookkeeping, and exits; it starts no thread
# (so ThreadSanitizer can run this test too, see tests/CMakeLists.txt). Repeated a few times.
import os
import sys
import threading
import time

stop = threading.Event()
shared = threading.Lock()


def cpu():
    while not stop.is_set():
        sum(range(500))


def io():
    while not stop.is_set():
        with shared:
            time.sleep(0.0005)


threads = [threading.Thread(target=cpu) for _ in range(2)] + [threading.Thread(target=io) for _ in range(2)]
for t in threads:
    t.start()
codes = []
for round_ in range(5):
    time.sleep(0.01)
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        total = sum(i * i for i in range(20000))
        time.sleep(0.001)
        lock = threading.Lock()
        with lock:
            ok = (total == 2666466670000 and threading.active_count() == 1
                  and threading.current_thread() is threading.main_thread())
        os._exit(10 + round_ if ok else 1)
    codes.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
stop.set()
for t in threads:
    t.join()
print("child exit codes:", codes)
print("threads joined:", not any(t.is_alive() for t in threads))
