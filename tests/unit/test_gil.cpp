// The GIL on its own, driven by plain std::threads (no interpreter): mutual exclusion, the
// interval-based drop request, forced handoff, and release around blocking calls. Bounds on
// timing are deliberately generous: precise figures belong to the benchmarks.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "gil/gil.h"

using namespace std::chrono_literals;
using minipy::gil::DropReason;
using minipy::gil::Gil;

namespace {
constexpr uint32_t kDropBit = 1;

// Sanitizers slow threads down 5-20x: the stress tests scale their work by this divisor
// (MINIPY_TEST_SCALE_DOWN=<n> overrides it, e.g. under valgrind).
int scale_down() {
  if (const char* env = std::getenv("MINIPY_TEST_SCALE_DOWN")) return std::max(1, std::atoi(env));
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
  return 10;
#else
  return 1;
#endif
}

// Polls `done` until it holds or `limit` passes. Tests wait for events rather than sleeping a fixed
// time, so that they stay quick on an idle machine and still pass on a loaded one (the CI runs
// tests in parallel on 2 cores).
template <class Pred>
bool eventually(Pred done, std::chrono::milliseconds limit = std::chrono::milliseconds(10'000)) {
  auto deadline = minipy::gil::Clock::now() + limit;
  while (!done()) {
    if (minipy::gil::Clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

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

TEST_CASE("no lost wake-ups: waiters need no timeout to get the GIL", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(30s);  // a waiter whose wake-up was lost would sleep for 30 s
  constexpr int kThreads = 4;
  const int rounds = 2'000 / scale_down();
  long counter = 0;
  volatile long* shared = &counter;
  struct CountWaits : minipy::gil::Observer {
    std::atomic<int> waits{0};
    void on_request(const void*) override { waits.fetch_add(1, std::memory_order_relaxed); }
  } observer;
  gil.set_observer(&observer);
  std::atomic<int> ready{0};
  auto t0 = minipy::gil::Clock::now();
  std::vector<std::thread> ts;
  for (int t = 0; t < kThreads; ++t) {
    ts.emplace_back([&, t] {
      const void* self = &ts + t + 1;
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();  // all start together
      for (int i = 0; i < rounds; ++i) {
        gil.take(self);
        for (int k = 0; k < 20'000; ++k)  // ~20 us holding the GIL
          *shared = *shared + 1;
        gil.drop(self, i % 2 ? DropReason::Yield : DropReason::Blocking);
        if (i % 4 == 0) std::this_thread::yield();
      }
    });
  }
  for (auto& t : ts) t.join();
  gil.set_observer(nullptr);
  double seconds = std::chrono::duration<double>(minipy::gil::Clock::now() - t0).count();
  // (Thousands of slow-path waits on an idle machine; a loaded one may run the threads one by one.)
  INFO("took " << seconds << " s, " << observer.waits.load() << " waits");
  CHECK(seconds < 25.0);
  CHECK(counter == 20'000L * kThreads * rounds);
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
  // About 5 ms for this on an idle machine.
  CHECK(eventually([&] { return yields1.load() >= 5 && yields2.load() >= 5; }));
  stop = true;
  a.join();
  b.join();
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

TEST_CASE("a counter touched only under the GIL stays exact with forced switching", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(20us);  // many forced switches
  constexpr int kThreads = 4;
  const long per_thread = 5'000'000 / scale_down();
  long counter = 0;  // protected by the GIL alone
  volatile long* shared = &counter;  // volatile: the compiler must not fold the loop into one add
  std::atomic<int> ready{0}, yields{0};
  std::atomic<long> increments{0};
  // On a loaded machine (or a sanitizer build) the other threads may not get a CPU before a holder
  // has done its share, so no switch would be forced: each thread goes on past its share until a
  // forced switch has happened (or 60 s passed, which only a broken GIL takes).
  const auto deadline = std::chrono::steady_clock::now() + 60s;
  std::vector<std::thread> ts;
  for (int t = 0; t < kThreads; ++t) {
    ts.emplace_back([&, t] {
      const void* self = &ts + t + 1;
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();  // all start together
      gil.take(self);
      long i = 0;
      for (; i < per_thread || (yields.load(std::memory_order_relaxed) == 0 &&
                                ((i & 1023) || std::chrono::steady_clock::now() < deadline));
           ++i) {
        if (breaker.load(std::memory_order_relaxed) & kDropBit) {
          gil.yield_on_request(self);
          yields.fetch_add(1, std::memory_order_relaxed);
        }
        *shared = *shared + 1;  // a read-modify-write that would lose updates without mutual exclusion
      }
      increments.fetch_add(i);
      gil.drop(self, DropReason::Exit);
    });
  }
  for (auto& t : ts) t.join();
  CHECK(counter == increments.load());
  CHECK(counter >= kThreads * per_thread);
  CHECK(yields.load() > 0);  // the forced switching did happen
}

TEST_CASE("a waiter gets the GIL about one interval after asking", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(5ms);
  int holder, waiter;
  std::atomic<bool> stop{false}, holding{false};
  std::thread spinner([&] {
    gil.take(&holder);
    holding = true;
    while (!stop.load(std::memory_order_relaxed)) {
      if (breaker.load(std::memory_order_relaxed) & kDropBit) gil.yield_on_request(&holder);
    }
    gil.drop(&holder, DropReason::Exit);
  });
  while (!holding.load()) std::this_thread::yield();
  // Several samples; on a loaded 2-core machine single waits may be late, so judge the median.
  std::vector<double> waits;
  for (int i = 0; i < 9; ++i) {
    auto t0 = minipy::gil::Clock::now();
    gil.take(&waiter);
    waits.push_back(std::chrono::duration<double, std::milli>(minipy::gil::Clock::now() - t0).count());
    gil.drop(&waiter, DropReason::Yield);
    while (gil.last_holder() != &holder) std::this_thread::sleep_for(100us);  // the spinner holds it again
  }
  stop = true;
  spinner.join();
  std::sort(waits.begin(), waits.end());
  double median = waits[waits.size() / 2];
  INFO("median wait " << median << " ms");
  CHECK(median >= 4.0);   // no request before a whole interval...
  // ...and the handover follows (about 5.1 ms when idle; the bound allows for a CI machine running
  // a hundred other processes: bench_gil.cpp measures the real figures).
  CHECK(median < 100.0 * scale_down());
}

TEST_CASE("a forced dropper does not win the GIL straight back", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(100us);
  std::atomic<bool> stop{false};
  std::atomic<int> yields{0}, battles{0};
  auto spin = [&](const void* self) {
    gil.take(self);
    while (!stop.load(std::memory_order_relaxed)) {
      if (breaker.load(std::memory_order_relaxed) & kDropBit) {
        uint64_t before = gil.switch_number();
        gil.yield_on_request(self);
        // Another thread held the GIL in between: at least two changes of holder.
        if (gil.switch_number() < before + 2) battles.fetch_add(1);
        yields.fetch_add(1);
      }
    }
    gil.drop(self, DropReason::Exit);
  };
  int t1, t2;
  std::thread a(spin, &t1), b(spin, &t2);
  CHECK(eventually([&] { return yields.load() >= 200; }));
  stop = true;
  a.join();
  b.join();
  CHECK(battles.load() == 0);
}

TEST_CASE("a blocking drop does not wait for the switch", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(2ms);
  int holder, waiter;
  std::atomic<bool> stop{false};
  std::thread other([&] {
    // Lowest priority: when woken, the requester should not preempt the dropper on its own CPU
    // (as it usually does on a loaded machine), so that the dropper sees the moment in between.
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 19);
    while (!stop.load()) {
      gil.take(&waiter);
      gil.drop(&waiter, DropReason::Yield);
    }
  });
  // With a drop request pending and the requester asleep on the condition, a forced drop returns
  // only once the requester holds the GIL; a blocking drop returns at once, so the dropper usually
  // still sees itself as the last holder (the requester needs a wake-up first). On a loaded machine
  // the woken requester often preempts the dropper, hence several tries: one early return proves it.
  bool early_return = false;
  for (int i = 0; i < 100 && !early_return; ++i) {
    gil.take(&holder);
    while (!gil.drop_requested()) std::this_thread::yield();
    std::this_thread::sleep_for(300us);  // the requester went back to sleep for another interval
    gil.drop(&holder, DropReason::Blocking, "test");
    early_return = gil.last_holder() == &holder;
  }
  stop = true;
  other.join();
  CHECK(early_return);
}

TEST_CASE("set_interval applies while threads run", "[gil]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(1ms);
  std::atomic<bool> stop{false};
  std::atomic<int> yields1{0}, yields2{0};
  auto yields = [&] { return yields1.load() + yields2.load(); };
  int t1, t2;
  std::thread a(spin_with_gil, std::ref(gil), std::ref(breaker), &t1, std::ref(stop), std::ref(yields1));
  std::thread b(spin_with_gil, std::ref(gil), std::ref(breaker), &t2, std::ref(stop), std::ref(yields2));
  CHECK(eventually([&] { return yields() >= 20; }));
  // Live change: each wait reads the interval when it starts, so once the 1 ms wait under way has
  // ended (at most one more forced switch), nobody asks for the next 10 s.
  gil.set_interval(10s);
  std::this_thread::sleep_for(100ms);
  int settled = yields();
  std::this_thread::sleep_for(300ms);
  int later = yields();
  stop = true;
  a.join();
  b.join();
  CHECK(later - settled <= 1);
}

TEST_CASE("200 threads and many switches without deadlock", "[gil][stress]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_interval(20us);
  constexpr int kThreads = 200;
  const uint64_t kSwitches = 10'000;  // changes of holder each thread must see before it stops
  const uint64_t switches_each = kSwitches / scale_down();
  long counter = 0;
  volatile long* shared = &counter;
  std::atomic<int> ready{0};
  std::vector<std::thread> ts;
  ts.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    ts.emplace_back([&, t] {
      const void* self = &ts + t + 1;
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();  // all start together
      uint64_t seen = 0;
      for (long i = 0; seen < switches_each; ++i) {
        gil.take(self);
        uint64_t before = gil.switch_number();
        for (int k = 0; k < 50; ++k) {
          *shared = *shared + 1;
          if (breaker.load(std::memory_order_relaxed) & kDropBit) gil.yield_on_request(self);
        }
        seen += gil.switch_number() - before;
        // Mix the ways a thread lets go: eval-loop yields above, a blocking call, a plain drop.
        gil.drop(self, i % 3 == 0 ? DropReason::Blocking : DropReason::Yield);
        if (i % 3 == 0) std::this_thread::yield();
        seen += 1;  // a lower bound: bounds the loop even if this thread always barges back in
      }
    });
  }
  for (auto& t : ts) t.join();
  CHECK_FALSE(gil.locked());
  INFO("switches: " << gil.switch_number() << ", increments: " << counter);
  CHECK(gil.switch_number() >= switches_each);
  CHECK(counter % 50 == 0);  // every 50-increment block ran whole under the GIL
}

TEST_CASE("observer sees drops with their detail and thread life-cycle", "[gil]") {
  struct Recorder : minipy::gil::Observer {
    std::vector<std::string> events;
    void on_take(const void*, minipy::gil::Clock::duration, uint64_t) override { events.push_back("take"); }
    void on_drop(const void*, DropReason r, const char* detail) override {
      events.push_back(std::string("drop ") + std::to_string(int(r)) + " " + (detail ? detail : "-"));
    }
    void on_thread_start(const void*) override { events.push_back("start"); }
    void on_thread_exit(const void*) override { events.push_back("exit"); }
  } rec;
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_observer(&rec);
  int t;
  gil.thread_started(&t);
  gil.take(&t);
  { minipy::gil::Released r(gil, &t, "time.sleep"); }
  gil.drop(&t, DropReason::Exit);
  gil.thread_exited(&t);
  gil.set_observer(nullptr);
  std::vector<std::string> want{"start", "take", "drop 1 time.sleep", "take", "drop 2 -", "exit"};
  CHECK(rec.events == want);
}

TEST_CASE("the old two-argument on_drop hook still works", "[gil]") {
  struct Old : minipy::gil::Observer {
    int drops = 0;
    using Observer::on_drop;
    void on_drop(const void*, DropReason) override { ++drops; }
  } old;
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kDropBit);
  gil.set_observer(&old);
  int t;
  gil.take(&t);
  gil.drop(&t, DropReason::Blocking, "read");
  CHECK(old.drops == 1);
}
