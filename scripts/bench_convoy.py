#!/usr/bin/env python3
"""The convoy experiment (issue #4, bpo-7946): an echo server beside CPU-bound threads.

usage: python3 scripts/bench_convoy.py [--minipy build/minipy] [--cpython /usr/bin/python3.11]
                                       [--policies interval,io-priority,...] [--duration 1.0]
                                       [--threads 0,1,2] [--intervals 5,1,0.1] [--repeat 1]

For each interpreter (CPython, then minipy under each GIL policy), each number of CPU-bound
threads and each switch interval (ms), this starts a TCP echo server on loopback under that
interpreter, then this process (CPython, so the client is identical for every server) sends
1-byte requests one at a time for `duration` seconds and counts the answers. The server's
thread handles each request with a recv and a sendall, both of which release the GIL; each time
it wants the GIL back it must wait for a CPU-bound thread to be forced off, up to one interval:
the convoy effect. A minipy policy that minipy does not accept (it does not report it back from
gil.policy()) is skipped, saying so. The figures depend on the machine's load: on a shared
machine, --repeat N runs every cell N times and reports the median.
"""
import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Runs under the interpreter being measured. argv: cpu_threads interval_seconds.
# Prints its port, echoes one connection until EOF, then prints how far the spinners got while
# the connection was open (the cost side: what the CPU-bound threads are left with).
SERVER = r'''
import socket, sys, threading
n_cpu = int(sys.argv[1])
sys.setswitchinterval(float(sys.argv[2]))
stop = False
counts = [0] * n_cpu
def spin(i):
    n = 0
    while not stop:
        n += 1
        if n % 10000 == 0:
            counts[i] = n
    counts[i] = n
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
threads = [threading.Thread(target=spin, args=(i,), daemon=True) for i in range(n_cpu)]
for t in threads:
    t.start()
print(srv.getsockname()[1], flush=True)
conn, _ = srv.accept()
conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
base = sum(counts)
while True:
    data = conn.recv(4096)
    if not data:
        break
    conn.sendall(data)
stop = True
for t in threads:
    t.join()
conn.close()
srv.close()
print(sum(counts) - base, flush=True)
'''


def run_cell(cmd, server_path, n_cpu, interval_ms, duration):
    """(requests per second, spinner iterations per second, problem) for one server; a rate is
    None when the server failed."""
    proc = subprocess.Popen(cmd + [server_path, str(n_cpu), str(interval_ms / 1000.0)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        if not line.strip().isdigit():
            proc.kill()
            _, err = proc.communicate()
            return None, None, 'server did not start: ' + (err.strip().splitlines() or ['?'])[-1]
        port = int(line)
        c = socket.create_connection(('127.0.0.1', port), timeout=30)
        c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        n = 0
        start = time.perf_counter()
        end = start + duration
        while True:
            c.sendall(b'x')
            if not c.recv(16):
                return None, None, 'server closed the connection'
            n += 1
            now = time.perf_counter()
            if now >= end:
                break
        elapsed = now - start
        c.close()
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            return n / elapsed, None, 'server did not exit'
        spins = out.split()
        spin_rate = int(spins[-1]) / elapsed if spins and spins[-1].isdigit() else None
        return n / elapsed, spin_rate, None
    except OSError as e:
        return None, None, '%s: %s' % (type(e).__name__, e)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def median_cell(cmd, server_path, n_cpu, interval_ms, duration, repeat):
    runs = [run_cell(cmd, server_path, n_cpu, interval_ms, duration) for _ in range(max(1, repeat))]
    ok = sorted((r for r in runs if r[0] is not None), key=lambda r: r[0])
    problems = '; '.join(sorted({r[2] for r in runs if r[2]}))
    if not ok:
        return None, None, problems
    rate, spin_rate, _ = ok[len(ok) // 2]
    return rate, spin_rate, problems or None


def policy_accepted(minipy, policy):
    try:
        r = subprocess.run([minipy, '-X', 'gil-policy=' + policy, '-c',
                            'import gil, sys; sys.stdout.write(gil.policy())'],
                           capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as e:
        return False, str(e)
    if r.returncode != 0:
        return False, (r.stderr.strip().splitlines() or ['exit %d' % r.returncode])[-1]
    if r.stdout.strip() != policy:
        return False, 'gil.policy() says %r' % r.stdout.strip()
    return True, None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--minipy', default=os.path.join(ROOT, 'build', 'minipy'))
    ap.add_argument('--cpython', default='/usr/bin/python3.11')
    ap.add_argument('--policies', default='interval,io-priority')
    ap.add_argument('--duration', type=float, default=1.0)
    ap.add_argument('--threads', default='0,1,2')
    ap.add_argument('--intervals', default='5,1,0.1', help='switch intervals in ms')
    ap.add_argument('--repeat', type=int, default=1, help='runs per cell; the median is shown')
    args = ap.parse_args()
    threads = [int(x) for x in args.threads.split(',')]
    intervals = [float(x) for x in args.intervals.split(',')]

    configs = []  # (label, command)
    if os.path.exists(args.cpython):
        configs.append(('CPython ' + '.'.join(map(str, sys.version_info[:2]))
                        if os.path.realpath(args.cpython) == os.path.realpath(sys.executable)
                        else os.path.basename(args.cpython), [args.cpython]))
    else:
        print('skipping CPython: %s not found' % args.cpython)
    if os.path.exists(args.minipy):
        for policy in [p for p in args.policies.split(',') if p]:
            ok, why = policy_accepted(args.minipy, policy)
            if ok:
                configs.append(('minipy ' + policy, [args.minipy, '-X', 'gil-policy=' + policy]))
            else:
                print('skipping minipy policy %r: minipy does not accept it (%s)' % (policy, why))
    else:
        print('skipping minipy: %s not found (build it first)' % args.minipy)

    with tempfile.TemporaryDirectory() as tmp:
        server_path = os.path.join(tmp, 'echo_server.py')
        with open(server_path, 'w') as f:
            f.write(SERVER)
        print('echo requests/s (1-byte request, reply awaited), %.1f s per run, median of %d, %d CPU cores, '
              'load average %.2f' % (args.duration, args.repeat, os.cpu_count(), os.getloadavg()[0]))
        head = ('%-24s %7s' % ('interpreter', 'threads') +
                ''.join('%12s' % ('%g ms' % ms) for ms in intervals) + '   | spinner Mloops/s at each interval')
        print(head)
        print('-' * len(head))
        notes = []
        t0 = time.perf_counter()
        for label, cmd in configs:
            for n in threads:
                row = '%-24s %7d' % (label, n)
                spin_cols = ''
                for ms in intervals:
                    rate, spin_rate, why = median_cell(cmd, server_path, n, ms, args.duration, args.repeat)
                    row += '%12s' % ('failed' if rate is None else '%.0f' % rate)
                    spin_cols += '%7s' % ('-' if not n or spin_rate is None else '%.1f' % (spin_rate / 1e6))
                    if why:
                        notes.append('%s, %d threads, %g ms: %s' % (label, n, ms, why))
                print(row + '   |' + spin_cols, flush=True)
        print('total %.0f s; load average now %.2f' % (time.perf_counter() - t0, os.getloadavg()[0]))
        for note in notes:
            print('note:', note)


if __name__ == '__main__':
    main()
