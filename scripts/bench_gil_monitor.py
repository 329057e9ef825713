#!/usr/bin/env python3
"""What watching the GIL costs.

usage: python3 scripts/bench_gil_monitor.py [--minipy build/minipy] [--base OTHER_MINIPY] [--runs 7]

(a) Tracing off: with --base (a minipy built without the monitor, e.g. from the parent commit),
    both binaries run ../shared/bench/*.py alternately; best-of-runs CPU time (user+sys, which a
    loaded machine disturbs less than wall time) and the ratio new/base per program and overall.
(b) Tracing on: four CPU-bound threads at a 1 ms switch interval (a switch-heavy run), without
    and with -X gil-trace=<tmp>.json (and -X gil-stats): best-of-runs wall and CPU time, events
    recorded, and the slowdown. The trace is written at exit and that is included.
"""
import argparse
import glob
import math
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

SWITCHY = r'''
import sys, threading
sys.setswitchinterval(0.001)
def count(n):
    while n > 0:
        n -= 1
threads = [threading.Thread(target=count, args=(10000000,)) for i in range(4)]
for t in threads: t.start()
for t in threads: t.join()
'''


def timed(cmd, cwd=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode != 0:
        raise SystemExit(f"{cmd} failed: {p.stderr.decode(errors='replace')[-500:]}")
    return wall, cpu, p


def bench_dir():
    # ../shared/bench beside the repository (or beside the main checkout, from a worktree)
    for d in (os.path.join(HERE, "..", "..", "shared", "bench"), os.path.join(HERE, "..", "..", "..", "shared", "bench")):
        if glob.glob(os.path.join(d, "*.py")):
            return d
    raise SystemExit("no ../shared/bench/*.py")


def tracing_off(new, base, runs):
    print("(a) tracing off: CPU time, best of", runs)
    ratios = []
    for script in sorted(glob.glob(os.path.join(bench_dir(), "*.py"))):
        best = {new: math.inf, base: math.inf}
        for i in range(runs):
            for exe in (new, base) if i % 2 == 0 else (base, new):
                best[exe] = min(best[exe], timed([exe, script], cwd=os.path.dirname(script))[1])
        r = best[new] / best[base] if best[base] > 0 else 1.0
        ratios.append(r)
        print(f"  {os.path.basename(script):20s} base {best[base]:7.3f} s  new {best[new]:7.3f} s  ratio {r:.3f}")
    print(f"  geometric mean new/base: {math.exp(sum(map(math.log, ratios)) / len(ratios)):.4f}")


def tracing_on(new, runs):
    print("(b) tracing on: 4 CPU-bound threads at 1 ms, best of", runs)
    with tempfile.TemporaryDirectory() as tmp:
        script = os.path.join(tmp, "switchy.py")
        with open(script, "w") as f:
            f.write(SWITCHY)
        trace = os.path.join(tmp, "t.json")
        variants = {"off": [new, script], "trace": [new, "-X", "gil-trace=" + trace, script],
                    "trace+stats": [new, "-X", "gil-trace=" + trace, "-X", "gil-stats", script]}
        best = {k: (math.inf, math.inf) for k in variants}
        events = 0
        for i in range(runs):
            for k, cmd in variants.items():
                wall, cpu, p = timed(cmd)
                best[k] = (min(best[k][0], wall), min(best[k][1], cpu))
                if k == "trace":
                    with open(trace) as f:
                        events = f.read().count('"ph":"i"')
        for k in variants:
            print(f"  {k:12s} wall {best[k][0]:.3f} s  cpu {best[k][1]:.3f} s  "
                  f"wall ratio {best[k][0] / best['off'][0]:.3f}  cpu ratio {best[k][1] / best['off'][1]:.3f}")
        print(f"  events recorded per traced run: {events}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", default=os.path.join(HERE, "..", "build", "minipy"))
    ap.add_argument("--base")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    if a.base:
        tracing_off(os.path.abspath(a.minipy), os.path.abspath(a.base), a.runs)
    tracing_on(os.path.abspath(a.minipy), a.runs)


if __name__ == "__main__":
    main()
