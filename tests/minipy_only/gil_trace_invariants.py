# A traced region with two CPU-bound threads and one sleeping thread at 1 ms: the .log trace has
# six columns, uses only the documented vocabulary, never shows two holders, every take follows
# the previous holder's drop, and it loses no event (one take per acquisition counted by stats).
import _thread
import sys
import threading
import time

import gil
import _gil_check

sys.setswitchinterval(0.001)


def spin():
    end = time.perf_counter() + 0.25
    while time.perf_counter() < end:
        pass


def io():
    for i in range(10):
        time.sleep(0.005)


threads = [threading.Thread(target=spin, name="cpu-1"), threading.Thread(target=spin, name="cpu-2"),
           threading.Thread(target=io, name="io")]
path = f"/tmp/minipy_gil_invariants_{_thread.get_native_id()}.log"
gil.reset_stats()
with gil.trace(path):
    for t in threads:
        t.start()
    for t in threads:
        t.join()
s = gil.stats()

problems, events = _gil_check.check_log(path)
print("problems:", problems[:5])
print("events seen:", sorted({e[4] for e in events}))
print("threads seen:", sorted({e[2] for e in events}))
print("blocking calls:", sorted({e[5].split("call=")[1] for e in events if "call=" in e[5]}))
takes = sum(1 for e in events if e[4] == "take")
print("one take per acquisition:", takes == sum(t["acquisitions"] for t in s["threads"]))
forced = sum(1 for e in events if e[5] == "reason=forced")
print("forced drops recorded:", forced == s["forced_drops"] and forced > 0)
# (thread_exit comes after a thread's last drop, so the region may end before it is recorded.)
for name in ("cpu-1", "cpu-2", "io"):
    mine = [e for e in events if e[2] == name]
    kinds = [e[4] for e in mine if e[4] in ("take", "drop")]
    last_drop = [e for e in mine if e[4] == "drop"][-1]
    print(name, "starts, alternates take/drop, drops for exit:", mine[0][4] == "thread_start" and
          kinds == ["take", "drop"] * kinds.count("take") and last_drop[5] == "reason=exit")
# A timeout names the thread holding the GIL (or the one that just let go).
holders = {e[5] for e in events if e[4] == "timeout"}
print("timeouts name a holder:", all(h.startswith("holder=") and "holder_name=" in h for h in holders))
