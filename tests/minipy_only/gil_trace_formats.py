# The same kind of region written as Chrome Trace Event JSON (it parses; lanes are named; slices
# are running / waiting for GIL / blocked: <call> and never overlap on a lane; instant events use
# the vocabulary with args.reason) and as an SVG timeline (well-formed XML with one lane a thread).
import _thread
import sys
import threading
import time

import gil
import _gil_check
import gil_plot

sys.setswitchinterval(0.001)


def spin():
    end = time.perf_counter() + 0.1
    while time.perf_counter() < end:
        pass


def io():
    for i in range(5):
        time.sleep(0.004)


def region(path):
    threads = [threading.Thread(target=spin, name="cpu-1"), threading.Thread(target=spin, name="cpu-2"),
               threading.Thread(target=io, name="io <&>")]
    with gil.trace(path):
        for t in threads:
            t.start()
        for t in threads:
            t.join()


base = f"/tmp/minipy_gil_formats_{_thread.get_native_id()}"
region(base + ".json")
problems, trace = _gil_check.check_json(base + ".json")
print("json problems:", problems[:5])
events = trace["traceEvents"]
names = {e["args"]["name"] for e in events if e.get("name") == "thread_name"}
print("lanes:", sorted(names))
print("slices:", sorted({e["name"] for e in events if e["ph"] == "X"}))
print("instants:", sorted({e["name"] for e in events if e["ph"] == "i"}))
print("drop reasons:", sorted({e["args"]["reason"] for e in events if e["ph"] == "i" and e["name"] == "drop"}))
print("timeouts name the holder:", all("holder" in e["args"] for e in events if e["ph"] == "i" and e["name"] == "timeout"))

region(base + ".svg")
with open(base + ".svg") as f:
    svg = f.read()
print("svg problems:", _gil_check.xml_problems(svg))
print("svg lanes:", all(n in svg for n in ("MainThread", "cpu-1", "cpu-2", "io &lt;&amp;&gt;")), "axis:", "time (ms)" in svg)
# scripts/gil_plot.py draws the same from the JSON.
tool_svg = gil_plot.render(trace)
print("tool svg problems:", _gil_check.xml_problems(tool_svg), "colours:",
      all(c in tool_svg for c in (gil_plot.RUNNING, gil_plot.WAITING, gil_plot.BLOCKED, gil_plot.REQUEST)))
print(_gil_check.xml_problems("<svg><g></svg>"), _gil_check.xml_problems('<svg a=b/>'))
