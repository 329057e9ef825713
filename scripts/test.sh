#!/usr/bin/env bash
# Build minipy and run every test: the Release build, then the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer. `scripts/test.sh --quick` skips the sanitizer pass.
# (Leak detection is off: like CPython, minipy does not tear every object down at exit; the
# collector's own tests check that unreachable objects are reclaimed.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
jobs=$(nproc)

run_suite() {  # build dir, extra cmake args...
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DMINIPY_BENCHMARKS=OFF "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
  (cd "$dir" && ctest -j"$jobs" --output-on-failure --timeout 600)
}

echo "== Release build and tests =="
run_suite build -DCMAKE_BUILD_TYPE=Release
if [ "${1:-}" != "--quick" ]; then
  echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests =="
  export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
  run_suite build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIPY_SANITIZE=address,undefined
fi
