# Checks the files the whole-run options wrote (see gil_cli_files.sh): usage: _gil_check_files.py DIR
import sys

import _gil_check

out = sys.argv[1]
failures = []
# MINIPY_GIL_TRACE=run.log: the whole run, from the main thread's start to its exit.
problems, events = _gil_check.check_log(out + "/run.log")
failures += problems
names = {e[2] for e in events}
if names != {"MainThread", "cpu-1", "cpu-2", "io"}:
    failures.append(f"threads in run.log: {sorted(names)}")
if not (events[0][2] == "MainThread" and events[0][4] == "thread_start"):
    failures.append("run.log does not begin with the main thread's start")
# (A joined thread reports thread_exit just after its exit drop, so it may come after the main's.)
if [e[4] for e in events if e[2] == "MainThread"][-1] != "thread_exit":
    failures.append("the main thread's last event is not its exit")
for name in ("cpu-1", "cpu-2", "io"):
    kinds = [e[4] for e in events if e[2] == name]
    if kinds[0] != "thread_start" or kinds[-1] != "thread_exit":
        failures.append(f"{name}: no thread_start/thread_exit pair")
last_main_drop = [e for e in events if e[2] == "MainThread" and e[4] == "drop"][-1]
if last_main_drop[5] != "reason=exit":
    failures.append("the main thread's last drop is not an exit")
# -X gil-trace=run.json and -X gil-plot=run.svg of one run.
problems, trace = _gil_check.check_json(out + "/run.json")
failures += problems
for svg in ("run.svg", "tool.svg"):
    with open(out + "/" + svg) as f:
        text = f.read()
    failures += [svg + ": " + p for p in _gil_check.xml_problems(text)]
    if "cpu-1" not in text or "time (ms)" not in text:
        failures.append(svg + ": lanes or axis missing")
print("failures:", failures)
sys.exit(1 if failures else 0)
