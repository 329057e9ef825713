#!/usr/bin/env bash
# Build minipy and run the main demo: the GIL showcase (scripts/gil_showcase.py).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMINIPY_BENCHMARKS=OFF >/dev/null
cmake --build build -j"$(nproc)"
exec build/minipy scripts/gil_showcase.py "$@"
