// The GIL's costs, on the Gil alone driven by plain std::threads:
//  - uncontended take+drop (the price every blocking call and every thread start pays);
//  - handoff latency: from the moment a waiter sets the drop request to the moment it runs holding
//    the GIL (the holder polls the breaker like the eval loop), as p50 / p99 counters;
//  - the forced-switch period between two CPU-bound threads against the switch interval.
// Run: build/minipy_bench --benchmark_filter=Gil
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "gil/gil.h"

namespace {

using minipy::gil::Clock;
using minipy::gil::DropReason;
using minipy::gil::Gil;
constexpr uint32_t kDropBit = 1;

void BM_GilUncontendedTakeDrop(benchmark::State& st) {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  int self;
  for (auto _ : st) {
    gil.take(&self);
    gil.drop(&self, DropReason::Yield);
  }
}
BENCHMARK(BM_GilUncontendedTakeDrop);

// A CPU-bound holder: keeps the GIL and gives it up only when asked, as the eval loop does.
class Spinner {
 public:
  Spinner(Gil& gil, std::atomic<uint32_t>& breaker) : gil_(gil), breaker_(breaker) {
    thread_ = std::thread([this] {
      gil_.take(this);
      while (!stop_.load(std::memory_order_relaxed)) {
        if (breaker_.load(std::memory_order_relaxed) & kDropBit) {
          gil_.yield_on_request(this);
          yields_.fetch_add(1, std::memory_order_relaxed);
        }
      }
      gil_.drop(this, DropReason::Exit);
    });
  }
  ~Spinner() {
    stop_ = true;
    thread_.join();
  }
  uint64_t yields() const { return yields_.load(std::memory_order_relaxed); }

 private:
  Gil& gil_;
  std::atomic<uint32_t>& breaker_;
  std::atomic<bool> stop_{false};
  std::atomic<uint64_t> yields_{0};
  std::thread thread_;
};

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Records when a waiter last set the drop request (on_timeout runs just before it does).
struct RequestClock : minipy::gil::Observer {
  std::atomic<int64_t> requested_ns{0};
  void on_timeout(const void*, const void*) override {
    requested_ns.store(Clock::now().time_since_epoch().count(), std::memory_order_relaxed);
  }
};

// Each iteration: the main thread asks for the GIL held by a spinner; after one interval it sets
// the drop request; the time from then until take() returns is the handoff latency.
void BM_GilHandoffLatency(benchmark::State& st) {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(std::chrono::microseconds(st.range(0)));
  RequestClock clock;
  gil.set_observer(&clock);
  std::vector<double> us;
  {
    Spinner spinner(gil, breaker);
    int self;
    for (auto _ : st) {
      while (gil.last_holder() != &spinner) std::this_thread::yield();  // it holds the GIL again
      clock.requested_ns = 0;
      gil.take(&self);
      auto now = Clock::now().time_since_epoch().count();
      gil.drop(&self, DropReason::Yield);
      int64_t requested = clock.requested_ns.load();
      if (requested == 0) {  // got it without asking (cannot happen with this spinner): no sample
        st.SetIterationTime(0);
        continue;
      }
      double latency = double(now - requested) * 1e-9;
      st.SetIterationTime(latency);
      us.push_back(latency * 1e6);
    }
  }
  gil.set_observer(nullptr);
  st.counters["p50_us"] = percentile(us, 0.50);
  st.counters["p99_us"] = percentile(us, 0.99);
  st.counters["max_us"] = percentile(us, 1.0);
}
BENCHMARK(BM_GilHandoffLatency)->Arg(1000)->Iterations(500)->UseManualTime()->Unit(benchmark::kMicrosecond);

// Records how long each take() that had to wait waited (the waiter's side of a forced switch).
struct WaitLog : minipy::gil::Observer {
  std::mutex mutex;
  std::vector<double> waits_us;
  void on_take(const void*, Clock::duration waited, uint64_t) override {
    if (waited == Clock::duration::zero()) return;
    std::lock_guard<std::mutex> lock(mutex);
    waits_us.push_back(std::chrono::duration<double, std::micro>(waited).count());
  }
};

// Two CPU-bound threads for about a second: the time between forced switches, against the interval.
// `ratio` is the whole period over the interval. On a busy machine it includes the OS's delay in
// running the thread that was switched out (it starts its next wait only once it runs again);
// `wait_ratio` is the GIL's own part: the median time a waiter waits for the GIL over the interval.
void BM_GilForcedSwitchPeriod(benchmark::State& st) {
  const auto interval = std::chrono::microseconds(st.range(0));
  double period_us = 0;
  WaitLog log;
  for (auto _ : st) {
    std::atomic<uint32_t> breaker{0};
    Gil gil(&breaker, kDropBit);
    gil.set_interval(interval);
    gil.set_observer(&log);
    Spinner a(gil, breaker), b(gil, breaker);
    auto t0 = Clock::now();
    uint64_t before = a.yields() + b.yields();
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));
    uint64_t switches = a.yields() + b.yields() - before;
    double elapsed_us = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
    period_us = switches ? elapsed_us / double(switches) : elapsed_us;
  }
  std::lock_guard<std::mutex> lock(log.mutex);
  st.counters["interval_us"] = double(interval.count());
  st.counters["period_us"] = period_us;
  st.counters["ratio"] = period_us / double(interval.count());
  st.counters["wait_ratio"] = percentile(log.waits_us, 0.5) / double(interval.count());
}
BENCHMARK(BM_GilForcedSwitchPeriod)->Arg(5000)->Arg(1000)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace
