#!/bin/sh
# usage: gil_fork_trace.sh MINIPY OUTDIR — a forked child writes its own GIL trace (issue #4):
# with -X gil-trace=OUT/t.EXT the parent's trace stays in t.EXT and each child's goes to
# t.<childpid>.EXT; -X gil-stats prints one summary per process (the child's covers the child).
set -e
minipy=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
cd "$(dirname "$0")"
for ext in log json; do
  rm -f "$out"/t.*
  "$minipy" -X gil-trace="$out/t.$ext" _gil_fork_workload.py "$out" > "$out/stdout"
  printf 'exit child status 0\n_exit child status 0\n' | cmp - "$out/stdout"
  "$minipy" _gil_fork_check.py "$out" "$ext"
done
"$minipy" -X gil-stats _gil_fork_workload.py "$out" > /dev/null 2> "$out/stats"
n=$(grep -c '^GIL statistics' "$out/stats")
test "$n" = 3 || { echo "expected 3 statistics summaries, got $n"; cat "$out/stats"; exit 1; }
echo "gil-stats summaries: $n"
