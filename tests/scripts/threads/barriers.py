# Barrier: indices, the action, several rounds, abort, reset, timeouts, BrokenBarrierError.
import threading

N = 4
actions = []
b = threading.Barrier(N, action=lambda: actions.append("action"))
print(b.parties, b.n_waiting, b.broken)
indices = []
lock = threading.Lock()

def party():
    for round_ in range(3):
        i = b.wait()
        with lock:
            indices.append((round_, i))

ts = [threading.Thread(target=party) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indices))
print(actions, b.n_waiting, b.broken)

# A timeout breaks the barrier for everyone waiting on it.
b2 = threading.Barrier(3)
errors = []
def impatient():
    try:
        b2.wait(0.05)
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)
t = threading.Thread(target=impatient)
t.start(); t.join()
print(errors, b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("still broken:", type(e).__name__, repr(e))
b2.reset()
print("after reset:", b2.broken, b2.n_waiting)

# abort() releases waiters with BrokenBarrierError.
b3 = threading.Barrier(3)
outcome = []
waiting = threading.Event()
def waits():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        outcome.append("broken")
ws = [threading.Thread(target=waits) for _ in range(2)]
for w in ws:
    w.start()
while b3.n_waiting < 2:
    waiting.wait(0.001)
print("waiting:", b3.n_waiting)
b3.abort()
for w in ws:
    w.join()
print(outcome, b3.broken, repr(b3).endswith(": broken>"))

# An action that raises breaks the barrier; the raising thread sees the exception.
def bad_action():
    raise ValueError("bad action")
b4 = threading.Barrier(2, action=bad_action)
seen = []
def party4():
    try:
        b4.wait()
    except Exception as e:
        seen.append(type(e).__name__)
ps = [threading.Thread(target=party4) for _ in range(2)]
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(seen), b4.broken)
r = repr(threading.Barrier(5))
print(r.startswith("<threading.Barrier at 0x"), r.endswith(": waiters=0/5>"))
b5 = threading.Barrier(1)
print(b5.wait(), b5.wait())
