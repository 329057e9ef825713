# The gil module's API: stats() keys, reset_stats(), policy(), set_policy() errors, trace() errors,
# trace_path_for_pid(), switch_interval().
import _thread
import sys
import threading
import time

import gil

s = gil.stats()
print(sorted(s))
print(sorted(s["threads"][0]))
print(type(s["elapsed"]).__name__, type(s["switches"]).__name__, type(s["wait_p99"]).__name__)
print(s["threads"][0]["name"], s["threads"][0]["alive"], s["threads"][0]["tid"] == threading.get_native_id())
print(gil.policy())
for args, kwargs in [(("nope",), {}), (("interval",), {"ticks": 3}), (("fifo",), {"ticks": 3}),
                     (("ticks",), {"ticks": 0}), (("ticks",), {"ticks": 2.5}), (("deterministic",), {"n": 3}),
                     ((3,), {})]:
    try:
        gil.set_policy(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
print(gil.set_policy("interval"), gil.policy())

print(gil.switch_interval())
sys.setswitchinterval(0.001)
print(gil.switch_interval(), gil.stats()["switch_interval"])
sys.setswitchinterval(0.005)

for p in ["trace.json", "/a.b/trace", "out/t.log", ".hidden", "dir/x.y.svg"]:
    print(gil.trace_path_for_pid(p, 42))
try:
    gil.trace(3)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(gil.trace("x.json")))
path = f"/tmp/minipy_gil_module_{_thread.get_native_id()}.log"
with gil.trace(path) as t:
    print(type(t).__name__)
    try:
        with gil.trace(path):
            pass
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    with gil.trace("/nonexistent-dir/x.log"):
        pass
except OSError as e:
    print(type(e).__name__, e)

# After a reset only what follows counts: one sleep is one blocking drop and one acquisition.
gil.reset_stats()
time.sleep(0.02)
s = gil.stats()
main = [t for t in s["threads"] if t["name"] == "MainThread"][0]
print(main["acquisitions"], main["voluntary_drops"], main["forced_drops"], s["switches"])
print(main["blocked"] >= 0.015, main["running"] < s["elapsed"], s["elapsed"] >= 0.02)

# A thread's figures stay after it ends, under its name.
def work():
    for i in range(3):
        time.sleep(0.001)

gil.reset_stats()
w = threading.Thread(target=work, name="worker")
w.start()
w.join()
s = gil.stats()
worker = [t for t in s["threads"] if t["name"] == "worker"]
print(len(worker), worker[0]["alive"], worker[0]["acquisitions"] >= 4, worker[0]["voluntary_drops"] >= 3)
print(s["switches"] >= 2, s["waits"] >= 0, s["wait_p50"] <= s["wait_p90"] <= s["wait_p99"] <= s["wait_max"])
print("timeout_late:", type(s["timeout_late"]).__name__, s["timeout_late"] >= 0)
text = gil.stats_text().splitlines()
print(text[0].startswith("GIL statistics (switch interval 5.000 ms"), text[1].split())
print(any(l.startswith("worker ") for l in text), text[-2].startswith("switches: "), text[-1].startswith("wait for the GIL"))
