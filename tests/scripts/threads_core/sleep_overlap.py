# time.sleep releases the GIL: ten threads sleeping 0.1 s sleep at the same time, not one after
# another. Judged by the sleeps' own intervals (were two ever in progress at once?), not by the wall
# time of the whole run, so a loaded machine or a sanitizer build cannot make it fail.
import _thread
import time

N = 10
done = _thread.allocate_lock()
done.acquire()
count = [0]
guard = _thread.allocate_lock()

spans = []

def sleeper():
    t0 = time.perf_counter()
    time.sleep(0.1)
    t1 = time.perf_counter()
    with guard:
        spans.append((t0, t1))
        count[0] += 1
        if count[0] == N:
            done.release()

for _ in range(N):
    _thread.start_new_thread(sleeper, ())
done.acquire()
# The most sleeps in progress at one moment (a sleep that held the GIL would make this 1).
edges = sorted([(t0, 1) for t0, _ in spans] + [(t1, -1) for _, t1 in spans])
busiest = now = 0
for _, step in edges:
    now += step
    busiest = max(busiest, now)
print("all woke:", count[0] == N, "overlapped:", busiest >= 2)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
time.sleep(0)
print("sleep(0) returns")
