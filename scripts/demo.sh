#!/usr/bin/env bash
# Build minipy and run the main demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMINIPY_BENCHMARKS=OFF >/dev/null
cmake --build build -j"$(nproc)"
exec build/minipy scripts/demo.py "$@"
