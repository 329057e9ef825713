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
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

namespace minipy::gil {

using Clock = std::chrono::steady_clock;

// Why a thread lets go of the GIL (issue #4 traces these).
enum class DropReason : uint8_t { Forced, Blocking, Exit, Yield };

// Optional observer of every GIL event, for tracing and statistics. Called by the thread the event
// concerns; `take` reports how long the thread waited. Must be cheap and must not touch the GIL.
struct Observer {
  virtual ~Observer() = default;
  virtual void on_request(const void* thread) {}
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

  bool locked() const { return state_.load(std::memory_order_acquire) & kLocked; }
  bool drop_requested() const { return drop_request_.load(std::memory_order_relaxed); }
  const void* last_holder() const { return last_holder_.load(std::memory_order_relaxed); }
  uint64_t switch_number() const { return switch_number_.load(std::memory_order_relaxed); }

  void set_observer(Observer* o) { observer_.store(o, std::memory_order_release); }

  // Thread life-cycle hooks for observers (no-ops without one).
  void thread_started(const void* thread) {
    if (Observer* obs = observer_.load(std::memory_order_acquire)) obs->on_thread_start(thread);
  }
  void thread_exited(const void* thread) {
    if (Observer* obs = observer_.load(std::memory_order_acquire)) obs->on_thread_exit(thread);
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
