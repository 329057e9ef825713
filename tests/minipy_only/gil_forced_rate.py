# Two CPU-bound threads for 1 s at the default 5 ms interval: a waiter asks the holder to drop the
# GIL after each interval, so about 200 forced drops per second of contention (+-25 %). Prints only
# pass/fail facts.
#
# The rate assumes the holder is on a CPU when the request comes. On an overloaded machine it is
# often not (it drops only at its next time slice: measured here at load 10-40 on 2 cores, holders
# got ~65 % of a CPU while holding the GIL and made ~130 forced drops/s), so an attempt is judged
# only when the holders were on a CPU for at least 90 % of the time they held the GIL (their
# thread CPU time against the running time gil.stats() measured). Nor is the waiter woken at once
# when the holder lets go: at load ~15 on 2 cores the holders were on a CPU (share 1.0) and the
# timed waits returned on time (gil.stats()["timeout_late"] 0.1 ms), yet every wait took 8-12 ms,
# the OS's delay in running the notified waiter. So an attempt is judged only when, besides, the
# machine is not overloaded: a one-minute load average below the number of CPUs. Up to five
# attempts; if none could be judged, the first line passes (its text says so). The other facts
# hold under any load.
import os
import sys
import threading
import time

import gil

sys.setswitchinterval(0.005)


def measure():
    start = threading.Event()
    on_cpu = []

    def spin():
        start.wait()
        cpu0 = time.thread_time()
        end = time.perf_counter() + 1.0
        while time.perf_counter() < end:
            pass
        on_cpu.append(time.thread_time() - cpu0)

    threads = [threading.Thread(target=spin, name=f"cpu-{i}") for i in (1, 2)]
    for t in threads:
        t.start()
    gil.reset_stats()
    start.set()
    for t in threads:
        t.join()
    s = gil.stats()
    held = sum(t["running"] for t in s["threads"] if t["name"].startswith("cpu-"))
    return s, sum(on_cpu) / held


def load_average():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


verdict = None  # no attempt could be judged
measured = []
for attempt in range(5):
    s, share = measure()
    rate = s["forced_drops"] / s["elapsed"]
    load = load_average()
    measured.append((round(rate, 1), round(share, 2), round(s["timeout_late"] * 1e3, 2), load))
    if share >= 0.9 and load < (os.cpu_count() or 1):
        verdict = 150 <= rate <= 250
        if verdict:
            break
cpu = [t for t in s["threads"] if t["name"].startswith("cpu-")]
facts = [
    ("forced drops per second within 25% of 200, or no CPU to judge it", verdict is not False),
    ("both threads forced off", len(cpu) == 2 and all(t["forced_drops"] > 2 for t in cpu)),
    ("a timeout before each forced drop", s["drop_requests"] >= s["forced_drops"]),
    ("switches follow forced drops", s["switches"] >= s["forced_drops"]),
    # Never forced off early: on average a holder runs at least (nearly) one interval per forced drop.
    ("at least an interval of running per forced drop",
     s["forced_drops"] > 0 and sum(t["running"] for t in cpu) / s["forced_drops"] >= 0.9 * 0.005),
]
for text, ok in facts:
    print(text + ":", ok)
if not all(ok for text, ok in facts):
    print("measured (rate, cpu share, timeout late ms, load):", measured)
    print(s)
