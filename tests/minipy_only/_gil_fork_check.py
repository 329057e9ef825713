# Checks the traces of gil_fork_trace.sh: usage: _gil_fork_check.py OUT EXT (EXT: log or json).
# t.EXT holds only the parent's events; t.<pid>.EXT of each child holds only that child's.
import os
import sys

import _gil_check

out, ext = sys.argv[1], sys.argv[2]
failures = []


def ids(name):
    with open(f"{out}/{name}") as f:
        return [int(x) for x in f.read().split()]


parent_pid, parent_main_tid = ids("parent.pid")
worker_tid, = ids("worker.tid")
children = {how: ids(f"child-{how}.pid") for how in ("exit", "_exit")}


def load(path):
    """[(tid, thread name, event)] of a trace file, after the shared invariant checks."""
    if ext == "log":
        problems, events = _gil_check.check_log(path)
        rows = [(e[1], e[2], e[4]) for e in events]
    else:
        problems, trace = _gil_check.check_json(path)
        names = {e["tid"]: e["args"]["name"] for e in trace["traceEvents"] if e.get("ph") == "M" and e.get("name") == "thread_name"}
        rows = [(e["tid"], names.get(e["tid"]), e["name"]) for e in trace["traceEvents"] if e.get("ph") == "i"]
    failures.extend(f"{os.path.basename(path)}: {p}" for p in problems)
    return rows


parent = load(f"{out}/t.{ext}")
parent_tids = {r[0] for r in parent}
if parent_tids != {parent_main_tid, worker_tid}:
    failures.append(f"parent trace: threads {sorted({r[1] for r in parent})}")
for how, (pid, main_tid) in children.items():
    path = f"{out}/t.{pid}.{ext}"
    if not os.path.exists(path):
        failures.append(f"child ({how}): no {os.path.basename(path)}")
        continue
    rows = load(path)
    names = sorted({r[1] for r in rows})
    if names != ["MainThread", "child-a", "child-b"]:
        failures.append(f"child ({how}): threads {names}")
    if {r[0] for r in rows} & parent_tids:
        failures.append(f"child ({how}): an event of a parent thread")
    if main_tid != pid or main_tid not in {r[0] for r in rows}:
        failures.append(f"child ({how}): its main thread is not the forking thread")
    for name in ("child-a", "child-b"):
        kinds = [r[2] for r in rows if r[1] == name]
        if not kinds or kinds[0] != "thread_start" or kinds[-1] != "thread_exit" or "take" not in kinds:
            failures.append(f"child ({how}) {name}: events {kinds[:3]}...{kinds[-2:]}")
        if any(r[0] in parent_tids for r in rows if r[1] == name):
            failures.append(f"child ({how}) {name}: a parent's tid")
    first = rows[0] if rows else None
    if not first or first[1] != "MainThread" or first[2] != "thread_start":
        failures.append(f"child ({how}): does not begin with the forking thread's start")
    if any(r[1] == "parent-worker" for r in rows):
        failures.append(f"child ({how}): the parent's worker appears")
for how, (pid, _) in children.items():
    if any(r[0] == pid for r in parent):
        failures.append(f"parent trace: an event of the {how} child")
print("fork traces:", ext, "ok" if not failures else failures)
sys.exit(1 if failures else 0)
