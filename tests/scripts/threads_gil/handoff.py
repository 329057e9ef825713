# Ping-pong between two threads through locks: every step hands the GIL over through a blocking
# lock wait, in a fixed order.
import _thread

ping = _thread.allocate_lock()
pong = _thread.allocate_lock()
finished = _thread.allocate_lock()
ping.acquire()
pong.acquire()
finished.acquire()
log = []

def player():
    for i in range(200):
        ping.acquire()
        log.append(("pong", i))
        pong.release()
    finished.release()

_thread.start_new_thread(player, ())
for i in range(200):
    log.append(("ping", i))
    ping.release()
    pong.acquire()
finished.acquire()
print(len(log), log[:4], log[-2:])
print(all(log[2 * i] == ("ping", i) and log[2 * i + 1] == ("pong", i) for i in range(200)))
print(ping.locked(), pong.locked(), finished.locked())
