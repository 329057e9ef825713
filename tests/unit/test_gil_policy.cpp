// The GIL's policies (gil/gil.h) on their own, driven by plain std::threads: each policy's defining
// property. Timing bounds are generous; the figures belong to the benchmarks and the report.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "gil/gil.h"

using namespace std::chrono_literals;
using minipy::gil::DropReason;
using minipy::gil::Gil;
using minipy::gil::Policy;

namespace {
constexpr uint32_t kBit = 1;

template <class Pred>
bool eventually(Pred done, std::chrono::milliseconds limit = std::chrono::milliseconds(10'000)) {
  auto deadline = minipy::gil::Clock::now() + limit;
  while (!done()) {
    if (minipy::gil::Clock::now() > deadline) return false;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return true;
}

// One "safe point" of the eval loop: if the bit is up and the policy says so, yield.
void safe_point(Gil& gil, std::atomic<uint32_t>& breaker, const void* self) {
  if ((breaker.load(std::memory_order_relaxed) & kBit) && gil.safe_point(self)) {
    gil.drop(self, DropReason::Forced);
    gil.take(self);
  }
}
}  // namespace

TEST_CASE("GIL policies: names round-trip", "[gil][policy]") {
  for (Policy p : {Policy::Interval, Policy::Ticks, Policy::Fifo, Policy::IoPriority, Policy::Deterministic}) {
    Policy q;
    REQUIRE(minipy::gil::policy_from_name(minipy::gil::policy_name(p), q));
    CHECK(q == p);
  }
  Policy q;
  CHECK_FALSE(minipy::gil::policy_from_name("round-robin", q));
}

TEST_CASE("GIL policy fifo: waiters get the GIL in arrival order", "[gil][policy][threads]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kBit);
  REQUIRE(gil.set_policy(Policy::Fifo, 0));
  int holder = 0;
  gil.take(&holder);
  std::mutex m;
  std::vector<int> order;
  std::vector<std::thread> threads;
  int ids[5] = {1, 2, 3, 4, 5};
  for (int i = 0; i < 5; i++) {
    threads.emplace_back([&, i] {
      gil.take(&ids[i]);
      {
        std::lock_guard<std::mutex> lk(m);
        order.push_back(ids[i]);
      }
      gil.drop(&ids[i], DropReason::Exit);
    });
    // Arrive one by one: each is queued before the next starts.
    REQUIRE(eventually([&] { return gil.waiters() == uint32_t(i + 1); }));
  }
  gil.drop(&holder, DropReason::Blocking);
  for (auto& t : threads) t.join();
  CHECK(order == std::vector<int>{1, 2, 3, 4, 5});
  CHECK(gil.handoffs() == 5);  // the holder's drop and each taker's exit handed directly
  CHECK_FALSE(gil.locked());
}

TEST_CASE("GIL policy deterministic: strict alternation every N ticks", "[gil][policy][threads]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kBit);
  REQUIRE(gil.set_policy(Policy::Deterministic, 3));
  int a = 0, b = 0;
  gil.thread_created(&a);
  gil.thread_created(&b);
  CHECK_FALSE(gil.set_policy(Policy::Interval, 0));  // the ring is fixed while they live
  std::string trace;  // written only by the GIL holder
  auto body = [&](int* self, char name) {
    gil.take(self);
    for (int i = 0; i < 60; i++) {
      trace += name;
      safe_point(gil, breaker, self);
    }
    gil.drop(self, DropReason::Exit);
    gil.thread_exited(self);
  };
  // b starts first, yet a (created first) leads the ring only if it takes first; start a, then b.
  std::thread ta(body, &a, 'a');
  REQUIRE(eventually([&] { return gil.locked(); }));
  std::thread tb(body, &b, 'b');
  ta.join();
  tb.join();
  std::string expect;
  for (int i = 0; i < 20; i++) expect += "aaabbb";
  CHECK(trace == expect);
  CHECK(gil.set_policy(Policy::Interval, 0));  // both gone
}

TEST_CASE("GIL policy deterministic: identical interleaving on every run", "[gil][policy][threads]") {
  auto run = [] {
    std::atomic<uint32_t> breaker{0};
    Gil gil(&breaker, kBit);
    gil.set_policy(Policy::Deterministic, 5);
    int ids[3] = {0, 1, 2};
    for (int& i : ids) gil.thread_created(&i);
    std::string trace;
    std::vector<std::thread> ts;
    // The starter holds the GIL while the threads start (as the interpreter's parent thread does),
    // so they queue up whatever order the OS starts them in; its exit hands over to the ring.
    int starter = 0;
    gil.take(&starter);
    for (int k = 0; k < 3; k++)
      ts.emplace_back([&, k] {
        gil.take(&ids[k]);
        for (int i = 0; i < 40 + 7 * k; i++) {
          trace += char('0' + k);
          safe_point(gil, breaker, &ids[k]);
        }
        gil.drop(&ids[k], DropReason::Exit);
        gil.thread_exited(&ids[k]);
      });
    eventually([&] { return gil.waiters() == 3; });
    gil.drop(&starter, DropReason::Exit);
    for (auto& t : ts) t.join();
    return trace;
  };
  std::string first = run();
  CHECK(first.size() == 40 + 47 + 54);
  for (int i = 0; i < 5; i++) CHECK(run() == first);
}

TEST_CASE("GIL policy io-priority: an I/O thread preempts a CPU-bound holder at once", "[gil][policy][threads]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kBit);
  REQUIRE(gil.set_policy(Policy::IoPriority, 0));
  gil.set_interval(std::chrono::seconds(30));  // only the policy can make this quick
  int cpu = 0, io = 0;
  std::atomic<bool> stop{false}, cpu_ready{false};
  std::thread spinner([&] {
    gil.take(&cpu);
    gil.drop(&cpu, DropReason::Forced);  // forced off once: marked CPU-bound
    gil.take(&cpu);
    cpu_ready = true;
    while (!stop.load()) safe_point(gil, breaker, &cpu);
    gil.drop(&cpu, DropReason::Exit);
  });
  REQUIRE(eventually([&] { return cpu_ready.load(); }));
  auto t0 = minipy::gil::Clock::now();
  std::thread iot([&] {
    gil.take(&io);  // a new thread has not been forced off: I/O-priority
    gil.drop(&io, DropReason::Blocking);
  });
  iot.join();
  auto waited = minipy::gil::Clock::now() - t0;
  stop = true;
  spinner.join();
  CHECK(waited < 5s);  // not the 30 s interval
}

TEST_CASE("GIL policy ticks: release every N ticks, count failed handoffs", "[gil][policy][threads]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kBit);
  REQUIRE(gil.set_policy(Policy::Ticks, 10));
  gil.set_interval(std::chrono::seconds(30));  // no forced switching under ticks anyway
  int holder = 0, waiter = 0;
  std::atomic<bool> stop{false}, got{false};
  std::thread spinner([&] {
    gil.take(&holder);
    while (!stop.load()) safe_point(gil, breaker, &holder);
    gil.drop(&holder, DropReason::Exit);
  });
  REQUIRE(eventually([&] { return gil.locked(); }));
  std::thread w([&] {
    gil.take(&waiter);
    got = true;
    gil.drop(&waiter, DropReason::Exit);
  });
  // The waiter wins eventually (the OS decides); every release before that was a failed handoff.
  REQUIRE(eventually([&] { return got.load(); }, std::chrono::milliseconds(20'000)));
  stop = true;
  w.join();
  spinner.join();
  CHECK(gil.tick_releases() >= 1);
  CHECK(gil.failed_handoffs() <= gil.tick_releases());
  CHECK(gil.failed_handoffs() >= gil.tick_releases() - 1);  // only the last release handed over
  // Nobody waits now: the holder stops counting (the bit comes down at the next countdown).
  gil.take(&holder);
  for (int i = 0; i < 20; i++) safe_point(gil, breaker, &holder);
  CHECK((breaker.load() & kBit) == 0);
  gil.drop(&holder, DropReason::Exit);
}

TEST_CASE("GIL policy: switching live between release policies", "[gil][policy][threads]") {
  std::atomic<uint32_t> breaker{0};
  Gil gil(&breaker, kBit);
  gil.set_interval(std::chrono::microseconds(200));
  int ids[2] = {0, 1};
  std::atomic<bool> stop{false};
  std::atomic<long> work{0};
  std::vector<std::thread> ts;
  for (int k = 0; k < 2; k++)
    ts.emplace_back([&, k] {
      gil.take(&ids[k]);
      while (!stop.load()) {
        work.fetch_add(1, std::memory_order_relaxed);
        safe_point(gil, breaker, &ids[k]);
      }
      gil.drop(&ids[k], DropReason::Exit);
    });
  for (Policy p : {Policy::Fifo, Policy::IoPriority, Policy::Ticks, Policy::Interval, Policy::Fifo, Policy::Interval}) {
    REQUIRE(gil.set_policy(p, 50));
    uint64_t sw = gil.switch_number();
    CHECK(eventually([&] { return gil.switch_number() > sw + 2; }));
  }
  stop = true;
  for (auto& t : ts) t.join();
  CHECK_FALSE(gil.locked());
}
