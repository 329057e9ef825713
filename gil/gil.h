// The Global Interpreter Lock, with CPython's (3.2+) switch-interval handoff.
//
// This folder knows nothing of the interpreter: a thread is an opaque non-null pointer (the
// interpreter passes its ThreadState*), and the "please drop the GIL" signal is one bit the GIL
// sets in a word the holder polls at its safe points (the eval breaker).
//
// State: one atomic word `state_` = locked bit + number of threads waiting in the slow path.
//
// Taking:  fast path: if the locked bit is clear, set it with one CAS (no mutex, no syscall).
//          Slow path: register as a waiter, then wait on `cond_` for one interval at a time; if a
//          wait timed out while the GIL is still held and no switch happened meanwhile (switch
//          number unchanged), set the drop request. The switch-number check keeps a waiter from
//          penalising a holder that only just took the GIL: a waiter that loses a race starts a
//          fresh interval.
//          Either way, a change of holder bumps the switch number and signals `switch_cond_`.
// Dropping: clear the locked bit with one atomic RMW; only if it reports waiters, lock `mutex_` and
//          signal one. If the drop was *requested* (forced), wait on `switch_cond_` until another
//          thread has taken the GIL, so the dropper cannot win it straight back on a multicore
//          machine ("GIL battle").
// Blocking calls drop without that wait (they are about to block anyway) and take it back after.
//
// Policies (issue #4; switchable live except `deterministic`, see set_policy):
//   interval       the above (default). Its hot paths pay one relaxed load of the policy.
//   ticks          Python 2 / MicroPython: every N safe points the holder releases and re-takes the
//                  GIL, signalling a waiter but never waiting for it; when the releaser wins it
//                  straight back, that is a failed handoff (counted).
//   fifo           waiters queue in arrival order; every drop hands the GIL directly to the oldest.
//   io-priority    Beazley (bpo-7946): a thread whose last drop was voluntary is I/O-priority; when
//                  it waits for a CPU-bound holder (one forced off before) it requests the drop at
//                  once, and a drop hands the GIL directly to an I/O-priority waiter first.
//   deterministic  every N safe points the holder hands the GIL to the next thread in a fixed ring
//                  (threads in creation order, skipping those blocked in a call), so the same
//                  program interleaves identically on every run.
// "Handing directly" keeps the locked bit set and names the successor (`handoff_to_`, under
// `mutex_`); only that thread may take it, so the releaser cannot win it back.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string_view>
#include <vector>

namespace minipy::gil {

using Clock = std::chrono::steady_clock;

// Why a thread lets go of the GIL (issue #4 traces these).
enum class DropReason : uint8_t { Forced, Blocking, Exit, Yield };

enum class Policy : uint8_t { Interval, Ticks, Fifo, IoPriority, Deterministic };
const char* policy_name(Policy p);
bool policy_from_name(std::string_view name, Policy& out);

// Optional observer of every GIL event, for tracing and statistics. Called by the thread the event
// concerns; `take` reports how long the thread waited. Must be cheap and must not touch the GIL.
struct Observer {
  virtual ~Observer() = default;
  virtual void on_request(const void* thread) {}
  // `late`: how long after its interval the timed wait returned, i.e. the OS's delay in waking the
  // waiter (zero for an immediate request). The default forwards to the older two-argument hook.
  virtual void on_timeout(const void* thread, const void* holder, Clock::duration late) { on_timeout(thread, holder); }
  virtual void on_timeout(const void* thread, const void* holder) {}
  virtual void on_take(const void* thread, Clock::duration waited, uint64_t switch_number) {}
  // `detail` names the blocking call for DropReason::Blocking ("time.sleep", "Lock.acquire", ...)
  // and may be null. The default forwards to the older two-argument hook.
  virtual void on_drop(const void* thread, DropReason reason, const char* detail) { on_drop(thread, reason); }
  virtual void on_drop(const void* thread, DropReason reason) {}
  // The runtime reports each OS thread that will use the GIL, before its first take / after its
  // last drop (through Gil::thread_started / Gil::thread_exited).
  virtual void on_thread_start(const void* thread) {}
  virtual void on_thread_exit(const void* thread) {}
};

class Gil {
 public:
  // `breaker`/`drop_bit`: the word the holder polls and the bit meaning "drop request".
  Gil(std::atomic<uint32_t>* breaker, uint32_t drop_bit);
  Gil(const Gil&) = delete;
  Gil& operator=(const Gil&) = delete;

  void take(const void* thread);
  // `detail`: what the thread is about to block in, for observers (see Observer::on_drop).
  void drop(const void* thread, DropReason reason, const char* detail = nullptr);

  // The holder calls this when it saw the drop-request bit: drop (forced) and take it back.
  void yield_on_request(const void* thread);

  // The switch interval (CPython's sys.setswitchinterval, default 5 ms). Applies from the next wait.
  void set_interval(std::chrono::microseconds us) { interval_us_.store(us.count(), std::memory_order_relaxed); }
  std::chrono::microseconds interval() const { return std::chrono::microseconds(interval_us_.load(std::memory_order_relaxed)); }

  uint32_t waiters() const { return state_.load(std::memory_order_relaxed) / kWaiter; }
  bool locked() const { return state_.load(std::memory_order_acquire) & kLocked; }
  bool drop_requested() const { return drop_request_.load(std::memory_order_relaxed); }
  const void* last_holder() const { return last_holder_.load(std::memory_order_relaxed); }
  uint64_t switch_number() const { return switch_number_.load(std::memory_order_relaxed); }

  // Switch policy (live). `ticks` (> 0) is N for ticks / deterministic. Entering or leaving
  // `deterministic` needs a fixed thread ring, so it fails (returns false) while threads announced
  // by thread_created are alive.
  bool set_policy(Policy p, int ticks);
  Policy policy() const { return policy_.load(std::memory_order_relaxed); }
  int ticks() const { return ticks_.load(std::memory_order_relaxed); }
  // ticks policy: releases with a waiter present, and those the releaser won straight back.
  uint64_t tick_releases() const { return tick_releases_.load(std::memory_order_relaxed); }
  uint64_t failed_handoffs() const { return failed_handoffs_.load(std::memory_order_relaxed); }
  // Direct handoffs (fifo, io-priority, deterministic).
  uint64_t handoffs() const { return handoffs_.load(std::memory_order_relaxed); }

  // The holder saw the drop bit at a safe point: should it drop now? (interval, fifo, io-priority:
  // always; ticks, deterministic: when its countdown of N safe points ran out and someone waits.)
  bool safe_point(const void* thread);

  // deterministic: is there another thread to hand the GIL to (not blocked in a call)?
  bool has_successor(const void* thread);

  // The parent announces a new thread before starting it (holding the GIL, so the order is the
  // program's): the deterministic ring's order. Pair with thread_exited.
  void thread_created(const void* thread);
  // The thread has finished its Python work and is about to wake its joiners and exit: it no longer
  // counts as running for set_policy (it still drops the GIL as usual).
  void thread_finishing(const void* thread);
  // Forget a thread announced by thread_created (thread_exited does this too).
  void forget_thread(const void* thread);

  void set_observer(Observer* o) { observer_.store(o, std::memory_order_release); }

  // Thread life-cycle hooks for observers (no-ops without one).
  void thread_started(const void* thread) {
    if (Observer* obs = observer_.load(std::memory_order_acquire)) obs->on_thread_start(thread);
  }
  void thread_exited(const void* thread) {
    if (Observer* obs = observer_.load(std::memory_order_acquire)) obs->on_thread_exit(thread);
    forget_thread(thread);
  }

 private:
  static constexpr uint32_t kLocked = 1;  // bit 0 of state_
  static constexpr uint32_t kWaiter = 2;  // state_ counts slow-path waiters in units of this

  bool try_lock() {
    uint32_t s = state_.load(std::memory_order_relaxed);
    return !(s & kLocked) && state_.compare_exchange_strong(s, s | kLocked, std::memory_order_acquire,
                                                            std::memory_order_relaxed);
  }
  void take_slow(const void* thread, Observer* obs, Clock::time_point& start);
  void take_policy(const void* thread, Policy p);
  void drop_policy(const void* thread, DropReason reason, Policy p);
  bool try_handoff(const void* thread, DropReason reason, Policy p);
  const void* pick_successor(const void* thread, Policy p);  // under mutex_
  enum class RingState : uint8_t { NotArrived, Runnable, Blocked };
  struct RingEntry { const void* thread; RingState state; };
  struct Waiter { const void* thread; bool io_priority; };
  RingEntry* ring_find(const void* thread);  // under mutex_
  void after_take(const void* thread);
  void set_drop_request();
  void reset_drop_request();

  std::atomic<uint32_t>* breaker_;
  uint32_t drop_bit_;

  std::atomic<uint32_t> state_{0};  // kLocked | waiters * kWaiter
  std::atomic<const void*> last_holder_{nullptr};
  std::atomic<bool> drop_request_{false};
  std::atomic<uint64_t> switch_number_{0};
  std::atomic<int64_t> interval_us_{5000};
  std::atomic<Observer*> observer_{nullptr};

  std::atomic<Policy> policy_{Policy::Interval};
  std::atomic<int> ticks_{100};
  int ticks_left_ = 100;  // the holder's countdown (only the holder touches it)
  std::atomic<bool> holder_cpu_bound_{false};
  std::atomic<uint64_t> tick_releases_{0}, failed_handoffs_{0}, handoffs_{0};
  // Under mutex_: waiters in arrival order, the designated successor, the thread ring.
  std::deque<Waiter> waiters_;
  const void* handoff_to_ = nullptr;
  std::vector<RingEntry> ring_;
  std::vector<const void*> created_;  // announced by thread_created, not yet exited

  std::mutex mutex_;             // waiters sleep on cond_ under it (only the slow paths touch it)
  std::condition_variable cond_;
  std::mutex switch_mutex_;       // forced switching: the dropper waits here...
  std::condition_variable switch_cond_;  // ...until another thread has taken the GIL
};

// RAII: release the GIL around a blocking call that touches no Python objects, then take it back
// (the Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS idea). `detail` names the call for observers.
class Released {
 public:
  Released(Gil& gil, const void* thread, const char* detail = nullptr) : gil_(gil), thread_(thread) {
    gil_.drop(thread_, DropReason::Blocking, detail);
  }
  ~Released() { gil_.take(thread_); }
  Released(const Released&) = delete;
  Released& operator=(const Released&) = delete;

 private:
  Gil& gil_;
  const void* thread_;
};

}  // namespace minipy::gil
