// The GIL's take/drop protocol (see gil.h for the algorithm and why each step is there).
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
  std::unique_lock<std::mutex> lock(mutex_);
  if (locked_.load(std::memory_order_relaxed)) {
    if (obs) {
      start = Clock::now();
      obs->on_request(thread);
    }
    while (locked_.load(std::memory_order_relaxed)) {
      uint64_t saved_switch = switch_number_.load(std::memory_order_relaxed);
      auto status = cond_.wait_for(lock, interval());
      // Ask the holder to let go only if a whole interval passed with no change of holder.
      if (status == std::cv_status::timeout && locked_.load(std::memory_order_relaxed) &&
          switch_number_.load(std::memory_order_relaxed) == saved_switch) {
        if (obs) obs->on_timeout(thread, last_holder_.load(std::memory_order_relaxed));
        set_drop_request();
      }
    }
  }
  {
    std::lock_guard<std::mutex> sw(switch_mutex_);
    locked_.store(true, std::memory_order_release);
    if (last_holder_.load(std::memory_order_relaxed) != thread) {
      last_holder_.store(thread, std::memory_order_relaxed);
      switch_number_.fetch_add(1, std::memory_order_relaxed);
    }
    switch_cond_.notify_one();  // a forced dropper waits for exactly this
  }
  // A request aimed at the previous holder is satisfied now; one from a waiter that is still
  // waiting will be raised again after its next interval.
  if (drop_request_.load(std::memory_order_relaxed)) reset_drop_request();
  if (obs) obs->on_take(thread, start == Clock::time_point{} ? Clock::duration::zero() : Clock::now() - start,
                        switch_number_.load(std::memory_order_relaxed));
}

void Gil::drop(const void* thread, DropReason reason) {
  if (Observer* obs = observer_.load(std::memory_order_acquire)) obs->on_drop(thread, reason);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    last_holder_.store(thread, std::memory_order_relaxed);
    locked_.store(false, std::memory_order_release);
    cond_.notify_one();
  }
  if (reason == DropReason::Forced && drop_request_.load(std::memory_order_relaxed)) {
    std::unique_lock<std::mutex> sw(switch_mutex_);
    // Not switched yet: wait until the waiter that asked has the GIL. One wait suffices (a spurious
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
