#!/usr/bin/env bash
# Build minipy and run every test: the Release build, then the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer, then the thread and GIL tests (CTest label
# "threads": Catch2 tags [gil]/[thread], scripts in tests/scripts/threads*/) under ThreadSanitizer.
# `scripts/test.sh --quick` skips the sanitizer passes.
# (Leak detection is off: like CPython, minipy does not tear every object down at exit; the
# collector's own tests check that unreachable objects are reclaimed.)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test
jobs=$(nproc)

run_suite() {  # build dir, extra cmake args... (CTEST_SELECT: extra ctest arguments, e.g. -L threads)
  local dir=$1; shift
  local start=$SECONDS
  cmake -S . -B "$dir" -G Ninja -DMINIPY_BENCHMARKS=OFF "$@" >/dev/null
  cmake --build "$dir" -j"$jobs"
  (cd "$dir" && ctest -j"$jobs" --output-on-failure --timeout 600 ${CTEST_SELECT:-})
  echo "-- $dir: $((SECONDS - start)) s"
}

echo "== Release build and tests =="
run_suite build -DCMAKE_BUILD_TYPE=Release
if [ "${1:-}" != "--quick" ]; then
  echo "== AddressSanitizer + UndefinedBehaviorSanitizer build and tests =="
  export ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1
  run_suite build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIPY_SANITIZE=address,undefined

  echo "== ThreadSanitizer build and the thread/GIL tests =="
  # No suppression file: everything that runs threads here is instrumented (libstdc++'s mutex and
  # condition variable calls go through pthread, which TSan intercepts).
  export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1"
  CTEST_SELECT="-L threads" run_suite build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMINIPY_SANITIZE=thread
fi
