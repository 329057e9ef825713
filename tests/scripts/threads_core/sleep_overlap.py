# time.sleep releases the GIL: ten threads sleeping 0.1 s finish together, not one after another.
import _thread
import time

N = 10
done = _thread.allocate_lock()
done.acquire()
count = [0]
guard = _thread.allocate_lock()

def sleeper():
    time.sleep(0.1)
    with guard:
        count[0] += 1
        if count[0] == N:
            done.release()

start = time.perf_counter()
for _ in range(N):
    _thread.start_new_thread(sleeper, ())
done.acquire()
elapsed = time.perf_counter() - start
print("all woke:", count[0] == N, "overlapped:", elapsed < 0.5)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
time.sleep(0)
print("sleep(0) returns")
