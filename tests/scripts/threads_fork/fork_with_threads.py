# fork() while other threads run: the child has only the forking thread (threading.enumerate()
# is [it], and it is the main thread), runs Python, starts and joins its own thread, and exits
# without waiting for the parent's threads; the parent joins its threads as usual.
import os
import sys
import threading
import time

stop = threading.Event()
lock = threading.Lock()
counter = [0]


def spin():
    # Busy with the GIL and a lock, so the fork may well come while another thread holds either.
    while not stop.is_set():
        with lock:
            counter[0] += 1
        time.sleep(0)


def sleeper():
    stop.wait()


workers = [threading.Thread(target=spin, name=f"spin-{i}") for i in range(3)]
workers.append(threading.Thread(target=sleeper, name="sleeper"))
for t in workers:
    t.start()
time.sleep(0.05)

sys.stdout.flush()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    me = threading.current_thread()
    report = [
        f"enumerate={[t.name for t in threading.enumerate()]}",
        f"is_main={me is threading.main_thread()}",
        f"active_count={threading.active_count()}",
        f"workers_alive={[t.is_alive() for t in workers]}",
    ]
    # The lock may have been held by a vanished thread: threading's own state is fresh, but a
    # user lock is the program's business (CPython does not reset it either).
    results = []

    def child_work(n):
        results.append(sum(range(n)))

    t = threading.Thread(target=child_work, args=(1000,), name="child-thread")
    t.start()
    t.join()
    report.append(f"child_thread_result={results}")
    report.append(f"enumerate_after={[t.name for t in threading.enumerate()]}")
    os.write(w, ("\n".join(report) + "\n").encode())
    os.close(w)
    # A normal exit: the child's shutdown must not wait for the parent's (vanished) threads.
    sys.exit(7)

os.close(w)
chunks = []
while True:
    data = os.read(r, 4096)
    if not data:
        break
    chunks.append(data)
os.close(r)
wpid, status = os.waitpid(pid, 0)
print(b"".join(chunks).decode(), end="")
print("same pid:", wpid == pid)
print("exit code:", os.waitstatus_to_exitcode(status), os.WIFEXITED(status), os.WEXITSTATUS(status))

stop.set()
for t in workers:
    t.join()
print("parent joined:", [t.is_alive() for t in workers], counter[0] > 0)
print("parent enumerate:", [t.name for t in threading.enumerate()])
