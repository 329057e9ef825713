#!/bin/sh
# usage: gil_cli_files.sh MINIPY OUTDIR — the whole-run GIL options end to end (see CMakeLists.txt).
set -e
minipy=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
cd "$(dirname "$0")"
"$minipy" -X gil-trace="$out/run.json" -X gil-plot="$out/run.svg" _gil_workload.py
MINIPY_GIL_TRACE="$out/run.log" "$minipy" _gil_workload.py
# -E ignores MINIPY_GIL_TRACE like the other environment variables.
MINIPY_GIL_TRACE="$out/ignored.log" "$minipy" -E -c pass
test ! -e "$out/ignored.log"
"$minipy" ../../scripts/gil_plot.py "$out/run.json" "$out/tool.svg"
"$minipy" _gil_check_files.py "$out"
