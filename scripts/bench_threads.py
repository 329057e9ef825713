#!/usr/bin/env python3
"""The GIL seen from Python: minipy and CPython on the same machine, in one run.

usage: python3 scripts/bench_threads.py [--minipy build/minipy] [--python /usr/bin/python3.11]
                                        [--runs 5] [--n 10000000]

(a) Two CPU-bound threads (a countdown of n/2 each) against the same work done sequentially, at
    switch intervals of 5 ms, 1 ms and 0.1 ms: the slowdown of threads over sequential, median of
    --runs runs. Each run is a fresh process that times one sequential and one threaded pass
    (adjacent in time, so machine drift cancels); the interpreters alternate run by run.
(b) Wake-up latency of time.sleep(0.001) in a loop, alone and beside a thread spinning in pure
    Python, at the same intervals: how long the sleeper waits to get the GIL back.
(c) The forced-switch period between two spinning threads, as Python code sees it, against the
    interval (on a busy machine the OS's scheduling delays add to both interpreters alike).

The worker uses only _thread, time and sys, so it runs on either interpreter.
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
INTERVALS = (0.005, 0.001, 0.0001)

WORKER = r'''
import _thread, sys, time

def count(n):
    while n > 0:
        n -= 1
    return n

def in_thread(fn, *args):
    """Start fn(*args) in a new thread; returns a lock that is released when it is done."""
    done = _thread.allocate_lock()
    done.acquire()
    def run():
        try:
            fn(*args)
        finally:
            done.release()
    _thread.start_new_thread(run, ())
    return done

def cpu(interval, n):
    for _ in range(10):  # CPython quickens a function after 8 calls: warm count() up
        count(1)
    sys.setswitchinterval(interval)
    t = time.perf_counter()
    count(n // 2)
    count(n // 2)
    seq = time.perf_counter() - t
    t = time.perf_counter()
    a = in_thread(count, n // 2)
    b = in_thread(count, n // 2)
    a.acquire()
    b.acquire()
    thr = time.perf_counter() - t
    print(seq, thr)

def sleeper(k, dt):
    lat = []
    for _ in range(k):
        t = time.perf_counter()
        time.sleep(dt)
        lat.append(time.perf_counter() - t)
    return lat

def latency(interval, k):
    sys.setswitchinterval(interval)
    alone = sleeper(k, 0.001)
    stop = []
    def spin():
        x = 0
        while not stop:
            x += 1
    done = in_thread(spin)
    time.sleep(0.05)
    beside = sleeper(k, 0.001)
    stop.append(1)
    done.acquire()
    print(" ".join(repr(v) for v in alone))
    print(" ".join(repr(v) for v in beside))

def period(interval, seconds):
    """Two spinning threads note each change of owner: the forced-switch period seen from Python."""
    sys.setswitchinterval(interval)
    last = [None]
    switches = [0]
    end = time.perf_counter() + seconds
    def spin(me):
        n = 0
        while True:
            if last[0] != me:
                last[0] = me
                switches[0] += 1
            n += 1
            if n % 1000 == 0 and time.perf_counter() > end:
                break
    a = in_thread(spin, 1)
    b = in_thread(spin, 2)
    a.acquire()
    b.acquire()
    print(seconds / max(1, switches[0] - 1))

if sys.argv[1] == "cpu":
    cpu(float(sys.argv[2]), int(sys.argv[3]))
elif sys.argv[1] == "period":
    period(float(sys.argv[2]), float(sys.argv[3]))
else:
    latency(float(sys.argv[2]), int(sys.argv[3]))
'''


def run_worker(interp, args):
    out = subprocess.run([interp, "-c", WORKER] + [str(a) for a in args], capture_output=True, text=True,
                         timeout=600)
    if out.returncode != 0:
        sys.exit("%s failed: %s" % (interp, out.stderr.strip()))
    return out.stdout.split("\n")


def pct(values, p):
    v = sorted(values)
    return v[min(len(v) - 1, int(p / 100.0 * len(v)))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minipy", default=os.path.join(HERE, "..", "build", "minipy"))
    ap.add_argument("--python", default="/usr/bin/python3.11" if os.path.exists("/usr/bin/python3.11")
                    else sys.executable)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--n", type=int, default=10_000_000, help="total countdown steps in (a)")
    ap.add_argument("--sleeps", type=int, default=200, help="time.sleep(0.001) calls per case in (b)")
    args = ap.parse_args()
    interps = (("minipy", os.path.abspath(args.minipy)), ("CPython", args.python))
    print("load average at start: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))

    print("\n(a) two CPU-bound threads vs the same work sequentially (countdown of %d, median of %d runs)"
          % (args.n, args.runs))
    print("%-10s | %-34s | %-34s" % ("interval", "minipy: seq s, threads s, slowdown", "CPython: seq s, threads s, slowdown"))
    for interval in INTERVALS:
        res = {name: [] for name, _ in interps}
        for _ in range(args.runs):
            for name, path in interps:
                seq, thr = map(float, run_worker(path, ["cpu", interval, args.n])[0].split())
                res[name].append((seq, thr))
        cells = []
        for name, _ in interps:
            seq = statistics.median(s for s, _ in res[name])
            thr = statistics.median(t for _, t in res[name])
            slow = statistics.median((t / s - 1) * 100 for s, t in res[name])
            cells.append("%6.3f  %6.3f  %+7.1f %%" % (seq, thr, slow))
        print("%-10s | %-34s | %-34s" % ("%g s" % interval, cells[0], cells[1]), flush=True)

    print("\n(b) time.sleep(0.001) wake-up, %d sleeps: p50 / p99 in ms" % args.sleeps)
    print("%-10s | %-30s | %-30s" % ("interval", "minipy: alone, beside spinner", "CPython: alone, beside spinner"))
    for interval in INTERVALS:
        cells = []
        for name, path in interps:
            lines = run_worker(path, ["latency", interval, args.sleeps])
            alone = [float(v) * 1e3 for v in lines[0].split()]
            beside = [float(v) * 1e3 for v in lines[1].split()]
            cells.append("%5.2f/%5.2f  %6.2f/%6.2f" % (pct(alone, 50), pct(alone, 99), pct(beside, 50), pct(beside, 99)))
        print("%-10s | %-30s | %-30s" % ("%g s" % interval, cells[0], cells[1]), flush=True)
    print("\n(c) forced-switch period between two spinning threads (seen from Python, 1 s each), ms")
    print("%-10s | %-22s | %-22s" % ("interval", "minipy: period (ratio)", "CPython: period (ratio)"))
    for interval in INTERVALS[:2]:
        cells = []
        for name, path in interps:
            per = float(run_worker(path, ["period", interval, 1.0])[0]) * 1e3
            cells.append("%7.2f (%5.2f)" % (per, per / (interval * 1e3)))
        print("%-10s | %-22s | %-22s" % ("%g s" % interval, cells[0], cells[1]), flush=True)
    print("\nload average at end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))


if __name__ == "__main__":
    main()
