#!/usr/bin/env python3
"""Time minipy against CPython on the same programs, in one run, and print the ratios.

usage: python3 scripts/bench.py [--minipy build/minipy] [--python /usr/bin/python3.11]
                                [--repeat N] [SCRIPT...]

Defaults to every ../shared/bench/*.py. Each program runs --repeat times under each interpreter,
alternating, and the best (minimum) wall time counts. Outputs must be identical, or the row is
marked MISMATCH. The closing line gives the geometric mean of time(minipy)/time(python).
"""
import argparse
import glob
import math
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, script, timeout):
    t = time.perf_counter()
    try:
        p = subprocess.run(cmd + [script], capture_output=True, timeout=timeout,
                           cwd=os.path.dirname(script), env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return None, "timeout"
    dt = time.perf_counter() - t
    if p.returncode != 0:
        return None, "exit %d: %s" % (p.returncode, p.stderr.decode(errors="replace").strip().splitlines()[-1:] or "")
    return dt, p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", default=os.path.join(HERE, "..", "build", "minipy"))
    default_py = "/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11") else sys.executable
    ap.add_argument("--python", default=default_py)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("scripts", nargs="*")
    a = ap.parse_args()
    scripts = a.scripts or sorted(glob.glob(os.path.join(HERE, "..", "..", "shared", "bench", "*.py")))
    scripts = [os.path.abspath(s) for s in scripts]
    minipy = os.path.abspath(a.minipy)
    print("%-18s %10s %10s %8s  %s" % ("program", "python s", "minipy s", "ratio", "note"))
    ratios = []
    for s in scripts:
        best = {"py": None, "mp": None}
        out = {"py": None, "mp": None}
        note = ""
        for _ in range(a.repeat):
            for key, cmd in (("py", [a.python]), ("mp", [minipy])):
                dt, o = run(cmd, s, a.timeout)
                if dt is None:
                    note = "%s: %s" % ("minipy" if key == "mp" else "python", o)
                    continue
                out[key] = o
                best[key] = dt if best[key] is None else min(best[key], dt)
            if note:
                break
        name = os.path.basename(s)
        if best["py"] is None or best["mp"] is None:
            print("%-18s %10s %10s %8s  %s" % (name, best["py"] and "%.3f" % best["py"], best["mp"] and "%.3f" % best["mp"], "-", note))
            continue
        if out["py"] != out["mp"]:
            note = "MISMATCH"
        r = best["mp"] / best["py"]
        if name != "empty.py":
            ratios.append(r)
        print("%-18s %10.3f %10.3f %8.2f  %s" % (name, best["py"], best["mp"], r, note))
    if ratios:
        g = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("geometric mean of time(minipy)/time(python) over %d programs: %.2f" % (len(ratios), g))


if __name__ == "__main__":
    main()
