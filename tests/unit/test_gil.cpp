// The GIL on its own, driven by plain std::threads (no interpreter): mutual exclusion, the
// interval-based drop request, forced handoff, and release around blocking calls. Bounds on
// timing are deliberately generous: precise figures belong to the benchmarks.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

#include "gil/gil.h"

using namespace std::chrono_literals;
using minipy::gil::DropReason;
using minipy::gil::Gil;

namespace {
constexpr uint32_t kDropBit = 1;

// A "CPU-bound thread": holds the GIL and polls the breaker like the eval loop does.
void spin_with_gil(Gil& gil, std::atomic<uint32_t>& breaker, const void* self, std::atomic<bool>& stop,
                   std::atomic<int>& yields) {
  gil.take(self);
  while (!stop.load(std::memory_order_relaxed)) {
    if (breaker.load(std::memory_order_relaxed) & kDropBit) {
      gil.yield_on_request(self);
      yields.fetch_add(1);
    }
  }
  gil.drop(self, DropReason::Exit);
}
}  // namespace

TEST_CASE("uncontended take and drop", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  int a, b;
  CHECK_FALSE(gil.locked());
  gil.take(&a);
  CHECK(gil.locked());
  CHECK(gil.last_holder() == &a);
  uint64_t n = gil.switch_number();
  gil.drop(&a, DropReason::Yield);
  CHECK_FALSE(gil.locked());
  gil.take(&a);  // the same holder again: no switch
  CHECK(gil.switch_number() == n);
  gil.drop(&a, DropReason::Yield);
  gil.take(&b);
  CHECK(gil.switch_number() == n + 1);
  gil.drop(&b, DropReason::Exit);
  CHECK(breaker.load() == 0);
}

TEST_CASE("never two holders at once", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(50us);
  std::atomic<int> inside{0}, violations{0};
  long counter = 0;  // protected by the GIL alone
  std::vector<std::thread> ts;
  for (int t = 0; t < 8; ++t) {
    ts.emplace_back([&, t] {
      const void* self = &ts + t + 1;
      for (int i = 0; i < 2000; ++i) {
        gil.take(self);
        if (inside.fetch_add(1) != 0) violations.fetch_add(1);
        ++counter;
        inside.fetch_sub(1);
        gil.drop(self, DropReason::Yield);
      }
    });
  }
  for (auto& t : ts) t.join();
  CHECK(violations.load() == 0);
  CHECK(counter == 8 * 2000);
}

TEST_CASE("a waiter makes a CPU-bound holder hand over after an interval", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(1ms);
  std::atomic<bool> stop{false};
  std::atomic<int> yields1{0}, yields2{0};
  int t1, t2;
  std::thread a(spin_with_gil, std::ref(gil), std::ref(breaker), &t1, std::ref(stop), std::ref(yields1));
  std::thread b(spin_with_gil, std::ref(gil), std::ref(breaker), &t2, std::ref(stop), std::ref(yields2));
  std::this_thread::sleep_for(200ms);
  stop = true;
  a.join();
  b.join();
  // About 200 forced switches in 200 ms at 1 ms; anything clearly alternating passes.
  CHECK(yields1.load() >= 5);
  CHECK(yields2.load() >= 5);
  CHECK(gil.switch_number() >= 10);
}

TEST_CASE("releasing around a blocking call lets another thread run at once", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(10s);  // a forced switch would take far too long: only the release can help
  int t1, t2;
  std::atomic<bool> other_ran{false};
  gil.take(&t1);
  std::thread other([&] {
    gil.take(&t2);
    other_ran = true;
    gil.drop(&t2, DropReason::Exit);
  });
  {
    minipy::gil::Released released(gil, &t1);
    while (!other_ran.load()) std::this_thread::sleep_for(1ms);
  }
  CHECK(gil.locked());
  CHECK(gil.last_holder() == &t1);
  gil.drop(&t1, DropReason::Exit);
  other.join();
}
