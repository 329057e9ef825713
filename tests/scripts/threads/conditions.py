# Condition: wait/notify/notify_all, wait_for with predicate and timeout, plain-lock conditions.
import threading

cond = threading.Condition()
items = []
taken = []

def consumer(i):
    with cond:
        cond.wait_for(lambda: items)
        taken.append(items.pop(0))

ts = [threading.Thread(target=consumer, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for k in range(4):
    with cond:
        items.append(k)
        cond.notify()
for t in ts:
    t.join()
print(sorted(taken), items)

# notify_all wakes everyone; the waiters count themselves.
cond2 = threading.Condition(threading.Lock())
state = {"waiting": 0, "go": False, "woken": 0}
all_waiting = threading.Event()
def sleeper():
    with cond2:
        state["waiting"] += 1
        if state["waiting"] == 6:
            all_waiting.set()
        while not state["go"]:
            cond2.wait()
        state["woken"] += 1
ts = [threading.Thread(target=sleeper) for _ in range(6)]
for t in ts:
    t.start()
all_waiting.wait()
with cond2:
    state["go"] = True
    cond2.notify_all()
for t in ts:
    t.join()
print(state)

# Timeouts: nobody notifies.
c = threading.Condition()
with c:
    print(c.wait(0.01), c.wait(0), c.wait_for(lambda: False, 0.01), c.wait_for(lambda: 7, 0))

# An RLock held twice is fully released while waiting and restored after.
rl = threading.RLock()
c3 = threading.Condition(rl)
flag = []
def setter():
    with c3:
        flag.append(1)
        c3.notify()
with c3:
    with c3:
        t = threading.Thread(target=setter)
        t.start()
        c3.wait_for(lambda: flag)
        print("recursion restored:", rl._is_owned())
    t.join()
print("released:", not rl._is_owned())
with c:
    c.notify(5)
print(repr(threading.Condition(threading.Lock())).startswith("<Condition(<unlocked _thread.lock object at 0x"))
print(repr(c).endswith(", 0)>"))
