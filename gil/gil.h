// The Global Interpreter Lock, with CPython's (3.2+) switch-interval handoff.
//
// This folder knows nothing of the interpreter: a thread is an opaque non-null pointer (the
// interpreter passes its ThreadState*), and the "please drop the GIL" signal is one bit the GIL
// sets in a word the holder polls at its safe points (the eval breaker).
//
// Taking:  wait on `cond_` for one interval at a time; if a wait timed out while the GIL is still
//          held and no switch happened meanwhile (switch number unchanged), set the drop request.
//          The switch-number check keeps a waiter from penalising a holder that only just took
//          the GIL: a waiter that loses a race starts a fresh interval.
// Dropping: mark free and signal one waiter. If the drop was *requested* (forced), wait on
//          `switch_cond_` until another thread has taken the GIL, so the dropper cannot win it
//          straight back on a multicore machine ("GIL battle").
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
  virtual void on_drop(const void* thread, DropReason reason) {}
};

class Gil {
 public:
  // `breaker`/`drop_bit`: the word the holder polls and the bit meaning "drop request".
  Gil(std::atomic<uint32_t>* breaker, uint32_t drop_bit);
  Gil(const Gil&) = delete;
  Gil& operator=(const Gil&) = delete;

  void take(const void* thread);
  void drop(const void* thread, DropReason reason);

  // The holder calls this when it saw the drop-request bit: drop (forced) and take it back.
  void yield_on_request(const void* thread);

  // The switch interval (CPython's sys.setswitchinterval, default 5 ms). Applies from the next wait.
  void set_interval(std::chrono::microseconds us) { interval_us_.store(us.count(), std::memory_order_relaxed); }
  std::chrono::microseconds interval() const { return std::chrono::microseconds(interval_us_.load(std::memory_order_relaxed)); }

  bool locked() const { return locked_.load(std::memory_order_acquire); }
  bool drop_requested() const { return drop_request_.load(std::memory_order_relaxed); }
  const void* last_holder() const { return last_holder_.load(std::memory_order_relaxed); }
  uint64_t switch_number() const { return switch_number_.load(std::memory_order_relaxed); }

  void set_observer(Observer* o) { observer_.store(o, std::memory_order_release); }

 private:
  void set_drop_request();
  void reset_drop_request();

  std::atomic<uint32_t>* breaker_;
  uint32_t drop_bit_;

  std::mutex mutex_;             // guards the hand-over of `locked_`
  std::condition_variable cond_;  // waiters for the GIL
  std::mutex switch_mutex_;       // forced switching: the dropper waits here...
  std::condition_variable switch_cond_;  // ...until another thread has taken the GIL

  std::atomic<bool> locked_{false};
  std::atomic<const void*> last_holder_{nullptr};
  std::atomic<uint64_t> switch_number_{0};
  std::atomic<bool> drop_request_{false};
  std::atomic<int64_t> interval_us_{5000};
  std::atomic<Observer*> observer_{nullptr};
};

// RAII: release the GIL around a blocking call that touches no Python objects, then take it back
// (the Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS idea).
class Released {
 public:
  Released(Gil& gil, const void* thread) : gil_(gil), thread_(thread) { gil_.drop(thread_, DropReason::Blocking); }
  ~Released() { gil_.take(thread_); }
  Released(const Released&) = delete;
  Released& operator=(const Released&) = delete;

 private:
  Gil& gil_;
  const void* thread_;
};

}  // namespace minipy::gil
