// The GIL's costs: uncontended take+drop (handoff latency comes with the GIL issue's threads).
#include <benchmark/benchmark.h>

#include <atomic>

#include "gil/gil.h"

namespace {

using minipy::gil::DropReason;
using minipy::gil::Gil;

void BM_GilUncontendedTakeDrop(benchmark::State& st) {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, 1);
  int self;
  for (auto _ : st) {
    gil.take(&self);
    gil.drop(&self, DropReason::Yield);
  }
}
BENCHMARK(BM_GilUncontendedTakeDrop);

}  // namespace
