# gil.set_policy / gil.policy: every policy switches live while threads run, except deterministic
# (before threads start, else RuntimeError); the policy's counters in gil.stats() / stats_text().
import sys
import threading
import time

import gil

print(gil.policy())
for name in ("ticks", "fifo", "io-priority", "deterministic", "interval"):
    print(gil.set_policy(name), gil.policy())
gil.set_policy("ticks", ticks=50)
print(gil.policy(), gil.stats()["policy"])
gil.set_policy("interval")


def spin(n):
    while n > 0:
        n -= 1


# Live switching with two CPU-bound threads running.
stop = False


def spin_until_stopped():
    while not stop:
        pass


sys.setswitchinterval(0.001)
ts = [threading.Thread(target=spin_until_stopped) for _ in range(2)]
for t in ts:
    t.start()
for name in ("fifo", "io-priority", "ticks", "interval", "fifo"):
    gil.set_policy(name)
    time.sleep(0.01)
try:
    gil.set_policy("deterministic")
except RuntimeError as e:
    print(type(e).__name__, e)
stop = True
for t in ts:
    t.join()
print(gil.policy())
gil.set_policy("interval")

# ticks: releases with a waiter present, some won straight back by the releaser.
# (ticks is unfair by design: a sleeping main thread could starve, so the spinners stop by themselves.)
def spin_for(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


gil.set_policy("ticks", ticks=100)
gil.reset_stats()
ts = [threading.Thread(target=spin_for, args=(0.05,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
s = gil.stats()
print(s["policy"], s["tick_releases"] > 0, 0 <= s["failed_handoffs"] <= s["tick_releases"], s["handoffs"])
print([l for l in gil.stats_text().splitlines() if l.startswith("policy:")][0].split(";")[0])

# fifo hands over directly.
gil.set_policy("fifo")
gil.reset_stats()
stop = False
ts = [threading.Thread(target=spin_until_stopped) for _ in range(2)]
for t in ts:
    t.start()
time.sleep(0.05)  # both spin meanwhile
stop = True
for t in ts:
    t.join()
s = gil.stats()
print(s["policy"], s["handoffs"] > 0, s["tick_releases"])
gil.set_policy("deterministic", ticks=10)
print(gil.policy())
gil.set_policy("interval")
sys.setswitchinterval(0.005)
print(gil.policy())
