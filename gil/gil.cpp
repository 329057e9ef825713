// The GIL's take/drop protocol (see gil.h for the algorithm and why each step is there).
//
// Memory ordering. The GIL's own job (publishing what one holder wrote to the next) is done by the
// acquire CAS that sets the locked bit and the release RMW that clears it.
// The harder question is the lost wake-up: a dropper must not skip the signal while a waiter is
// about to sleep. The usual two-flag design (waiter: store `waiting`, load `locked`; dropper: store
// `locked = false`, load `waiting`) is Dekker's pattern and needs seq_cst fences on both sides.
// Here both facts live in ONE atomic word, `state_`, and every change to it is a read-modify-write.
// All RMWs of one location form a single modification order and each reads the latest value, so:
//  * if the waiter's `fetch_add(kWaiter)` comes first, the dropper's `fetch_and(~kLocked)` returns a
//    non-zero waiter count and the dropper signals;
//  * otherwise the waiter's following CAS reads a value no older than the drop, sees the GIL free
//    (or held by a newer holder, whose own drop will see the waiter) and takes it.
// The signal itself cannot fall between the waiter's failed CAS and its sleep: the waiter holds
// `mutex_` from before its `fetch_add` until `cond_` releases it atomically, and a dropper that saw
// the count locks `mutex_` before signalling, so it gets `mutex_` only once the waiter sleeps.
// (Could the dropper lock `mutex_` before the waiter did? Then its unlock happens-before the
// waiter's `fetch_add`, which would put the drop earlier in the modification order, and the drop
// could not have seen the count.) So relaxed order suffices for the waiter count itself.
#include "gil/gil.h"

namespace minipy::gil {

Gil::Gil(std::atomic<uint32_t>* breaker, uint32_t drop_bit) : breaker_(breaker), drop_bit_(drop_bit) {}

void Gil::set_drop_request() {
  drop_request_.store(true, std::memory_order_relaxed);
  breaker_->fetch_or(drop_bit_, std::memory_order_relaxed);
}

void Gil::reset_drop_request() {
  drop_request_.store(false, std::memory_order_relaxed);
  breaker_->fetch_and(~drop_bit_, std::memory_order_relaxed);
}

void Gil::take(const void* thread) {
  Observer* obs = observer_.load(std::memory_order_acquire);
  Clock::time_point start{};
  if (!try_lock()) take_slow(thread, obs, start);
  after_take(thread);
  if (obs) obs->on_take(thread, start == Clock::time_point{} ? Clock::duration::zero() : Clock::now() - start,
                        switch_number_.load(std::memory_order_relaxed));
}

void Gil::take_slow(const void* thread, Observer* obs, Clock::time_point& start) {
  if (obs) {
    start = Clock::now();
    obs->on_request(thread);
  }
  std::unique_lock<std::mutex> lock(mutex_);
  uint32_t s = state_.fetch_add(kWaiter, std::memory_order_relaxed) + kWaiter;
  for (;;) {
    // Free: leave the waiters and take the GIL in one step.
    while (!(s & kLocked)) {
      if (state_.compare_exchange_weak(s, (s - kWaiter) | kLocked, std::memory_order_acquire,
                                       std::memory_order_relaxed))
        return;
    }
    uint64_t saved_switch = switch_number_.load(std::memory_order_relaxed);
    auto status = cond_.wait_for(lock, interval());
    s = state_.load(std::memory_order_relaxed);
    // Ask the holder to let go only if a whole interval passed with no change of holder.
    if (status == std::cv_status::timeout && (s & kLocked) &&
        switch_number_.load(std::memory_order_relaxed) == saved_switch) {
      if (obs) obs->on_timeout(thread, last_holder_.load(std::memory_order_relaxed));
      set_drop_request();
    }
  }
}

// Runs holding the GIL. Only GIL holders write `last_holder_`, so this read is exact; a thread
// taking the GIL back (the common uncontended case) touches no mutex at all.
void Gil::after_take(const void* thread) {
  if (last_holder_.load(std::memory_order_relaxed) != thread) {
    std::lock_guard<std::mutex> sw(switch_mutex_);
    last_holder_.store(thread, std::memory_order_relaxed);
    switch_number_.fetch_add(1, std::memory_order_relaxed);
    switch_cond_.notify_one();  // a forced dropper waits for exactly this
  }
  // A request aimed at the previous holder is satisfied now; one from a waiter that is still
  // waiting will be raised again after its next interval.
  if (drop_request_.load(std::memory_order_relaxed)) reset_drop_request();
}

void Gil::drop(const void* thread, DropReason reason, const char* detail) {
  if (Observer* obs = observer_.load(std::memory_order_acquire)) obs->on_drop(thread, reason, detail);
  if (state_.fetch_and(~kLocked, std::memory_order_release) >= kWaiter) {
    { std::lock_guard<std::mutex> lock(mutex_); }  // see the file comment: orders us after the sleep
    cond_.notify_one();
  }
  if (reason == DropReason::Forced && drop_request_.load(std::memory_order_relaxed)) {
    std::unique_lock<std::mutex> sw(switch_mutex_);
    // Not switched yet: wait until another thread has the GIL. One wait suffices (a spurious
    // wake-up only costs this thread a chance to re-take the GIL early, as in CPython).
    if (last_holder_.load(std::memory_order_relaxed) == thread) {
      reset_drop_request();
      switch_cond_.wait(sw);
    }
  }
}

void Gil::yield_on_request(const void* thread) {
  drop(thread, DropReason::Forced);
  take(thread);
}

}  // namespace minipy::gil
