#!/bin/sh
# usage: gil_svg_renders.sh MINIPY OUTDIR — headless Chromium renders the -X gil-plot picture
# (exit 77 = skipped when Chromium is not installed).
set -e
minipy=$1
out=$2
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not installed: skipped"; exit 77; }
rm -rf "$out"
mkdir -p "$out"
cd "$(dirname "$0")"
"$minipy" -X gil-plot="$out/run.svg" _gil_workload.py
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,250 \
  --user-data-dir="$out/profile" --screenshot="$out/run.png" "file://$out/run.svg" >/dev/null 2>&1 || true
test -s "$out/run.png" || { echo "no screenshot"; exit 1; }
# A PNG signature and a picture that is more than a blank page.
head -c 8 "$out/run.png" | od -An -c | grep -q "P   N   G"
size=$(wc -c < "$out/run.png")
echo "rendered $out/run.png ($size bytes)"
[ "$size" -gt 5000 ]
