# Event: set/clear/is_set/wait with and without timeouts, many waiters released at once.
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

ready = threading.Event()
go = threading.Event()
arrived = []
lock = threading.Lock()
count = 0

def waiter(i):
    global count
    with lock:
        count += 1
        if count == 5:
            ready.set()
    got = go.wait(30)
    with lock:
        arrived.append((i, got))

ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
ready.wait()
print("all waiting; go set?", go.is_set())
go.set()
for t in ts:
    t.join()
print(sorted(arrived))

# Ping-pong between two threads with two events.
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log.append(f"pong {i}")
        pong.set()
p = threading.Thread(target=player)
p.start()
for i in range(3):
    log.append(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
p.join()
print(log)
r = repr(e)
print(r.startswith("<threading.Event at 0x"), r.endswith(": unset>"))
e.set()
print(repr(e).endswith(": set>"))
