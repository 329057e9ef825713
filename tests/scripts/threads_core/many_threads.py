# Stress: 200 threads hand a lock around and switch often (a 10 µs interval) without deadlock or
# a lost update when every update is made under the lock.
import sys
import _thread

sys.setswitchinterval(1e-5)
N_THREADS, ROUNDS = 200, 1000
counter = 0
lock = _thread.allocate_lock()
finished = _thread.allocate_lock()
finished.acquire()
alive = [N_THREADS]

def worker():
    global counter
    for _ in range(ROUNDS):
        with lock:
            counter += 1
        x = 0
        for i in range(20):  # backward jumps: safe points where a forced switch can happen
            x += i
    with lock:
        alive[0] -= 1
        if alive[0] == 0:
            finished.release()

for _ in range(N_THREADS):
    _thread.start_new_thread(worker, ())
finished.acquire()
print(counter == N_THREADS * ROUNDS, counter)
