#!/bin/sh
# -X gil-policy / -X gil-ticks: accepted names, errors, the -X gil-stats line, and the same racy
# total from separate processes under the deterministic policy.
M="$1"
set -e
for p in interval ticks fifo io-priority deterministic; do
  out=$("$M" -X gil-policy=$p -c 'import gil; print(gil.policy())')
  [ "$out" = "$p" ] || { echo "policy $p: got $out"; exit 1; }
done
if "$M" -X gil-policy=nope -c 'pass' 2>/dev/null; then echo "bad policy accepted"; exit 1; fi
if "$M" -X gil-ticks=0 -c 'pass' 2>/dev/null; then echo "bad ticks accepted"; exit 1; fi
"$M" -X gil-stats -X gil-policy=ticks -X gil-ticks=7 -c 'pass' 2>&1 | grep -q "^policy: ticks (every 7 ticks)" || { echo "no policy line"; exit 1; }
script='
import threading
n = 0
def f(): pass
def w():
    global n
    for i in range(3000):
        c = n; f(); n = c + 1
ts = [threading.Thread(target=w) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(n)'
a=$("$M" -X gil-policy=deterministic -X gil-ticks=9 -c "$script")
for i in 1 2 3 4; do
  b=$("$M" -X gil-policy=deterministic -X gil-ticks=9 -c "$script")
  [ "$a" = "$b" ] || { echo "run $i: $b != $a"; exit 1; }
done
[ "$a" -lt 6000 ] || { echo "no lost update: $a"; exit 1; }
echo ok
