# At a tiny switch interval, an unlocked read-modify-write loses updates; with a lock none are
# lost. Only robust facts are printed.
import sys
import threading

sys.setswitchinterval(1e-6)
print(sys.getswitchinterval() < 1e-3)
total = 0

def pause():
    pass

start = threading.Barrier(4)

def unsafe(n):
    global total
    start.wait()  # all four run the loop at the same time
    for _ in range(n):
        seen = total
        pause()
        total = seen + 1

ts = [threading.Thread(target=unsafe, args=(100_000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lost some:", total < 400_000, "kept some:", total >= 100_000)

total = 0
lock = threading.Lock()
def safe(n):
    global total
    for _ in range(n):
        with lock:
            seen = total
            pause()
            total = seen + 1
ts = [threading.Thread(target=safe, args=(20_000,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("with a lock:", total)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError", e)
try:
    sys.setswitchinterval(-1.0)
except ValueError as e:
    print("ValueError", e)
