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

#include <algorithm>

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

// Per-OS-thread policy state (the GIL is process-wide, and each call runs on the thread concerned).
namespace {
thread_local bool t_cpu_bound = false;       // io-priority: last drop was forced
thread_local bool t_tick_pending = false;    // ticks: released with a waiter present...
thread_local uint64_t t_tick_switch = 0;     // ...at this switch number
}  // namespace

const char* policy_name(Policy p) {
  switch (p) {
    case Policy::Interval: return "interval";
    case Policy::Ticks: return "ticks";
    case Policy::Fifo: return "fifo";
    case Policy::IoPriority: return "io-priority";
    case Policy::Deterministic: return "deterministic";
  }
  return "?";
}

bool policy_from_name(std::string_view name, Policy& out) {
  for (Policy p : {Policy::Interval, Policy::Ticks, Policy::Fifo, Policy::IoPriority, Policy::Deterministic})
    if (name == policy_name(p)) {
      out = p;
      return true;
    }
  return false;
}

bool Gil::set_policy(Policy p, int ticks) {
  std::lock_guard<std::mutex> lock(mutex_);
  Policy old = policy_.load(std::memory_order_relaxed);
  if ((old == Policy::Deterministic) != (p == Policy::Deterministic) && !created_.empty()) return false;
  if (ticks > 0) ticks_.store(ticks, std::memory_order_relaxed);
  policy_.store(p, std::memory_order_relaxed);
  // Deterministic counts every safe point, so its bit stays raised; ticks raises it when a waiter
  // comes (see take_slow).
  if (p == Policy::Deterministic) breaker_->fetch_or(drop_bit_, std::memory_order_relaxed);
  return true;
}

Gil::RingEntry* Gil::ring_find(const void* thread) {
  for (RingEntry& e : ring_)
    if (e.thread == thread) return &e;
  return nullptr;
}

void Gil::thread_created(const void* thread) {
  std::lock_guard<std::mutex> lock(mutex_);
  ring_.push_back({thread, RingState::NotArrived});
  created_.push_back(thread);
}

void Gil::thread_finishing(const void* thread) {
  std::lock_guard<std::mutex> lock(mutex_);
  created_.erase(std::remove(created_.begin(), created_.end(), thread), created_.end());
  // Nobody may hand the GIL to it any more (it takes it again at most never).
  auto it = std::find_if(ring_.begin(), ring_.end(), [&](const RingEntry& e) { return e.thread == thread; });
  if (it != ring_.end()) ring_.erase(it);
}

void Gil::forget_thread(const void* thread) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = std::find_if(ring_.begin(), ring_.end(), [&](const RingEntry& e) { return e.thread == thread; });
  if (it != ring_.end()) ring_.erase(it);
  created_.erase(std::remove(created_.begin(), created_.end(), thread), created_.end());
}

void Gil::take(const void* thread) {
  Observer* obs = observer_.load(std::memory_order_acquire);
  Clock::time_point start{};
  if (!try_lock()) take_slow(thread, obs, start);
  after_take(thread);
  Policy p = policy_.load(std::memory_order_relaxed);
  if (p != Policy::Interval) [[unlikely]] take_policy(thread, p);
  if (obs) obs->on_take(thread, start == Clock::time_point{} ? Clock::duration::zero() : Clock::now() - start,
                        switch_number_.load(std::memory_order_relaxed));
}

// Holding the GIL, after a take under a non-default policy.
void Gil::take_policy(const void* thread, Policy p) {
  ticks_left_ = ticks_.load(std::memory_order_relaxed);
  if (t_tick_pending) {
    t_tick_pending = false;
    if (switch_number_.load(std::memory_order_relaxed) == t_tick_switch)
      failed_handoffs_.fetch_add(1, std::memory_order_relaxed);
  }
  holder_cpu_bound_.store(t_cpu_bound, std::memory_order_relaxed);
  if (p == Policy::Deterministic) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (RingEntry* e = ring_find(thread)) e->state = RingState::Runnable;
    else ring_.push_back({thread, RingState::Runnable});
    breaker_->fetch_or(drop_bit_, std::memory_order_relaxed);
  }
}

void Gil::take_slow(const void* thread, Observer* obs, Clock::time_point& start) {
  if (obs) {
    start = Clock::now();
    obs->on_request(thread);
  }
  std::unique_lock<std::mutex> lock(mutex_);
  uint32_t s = state_.fetch_add(kWaiter, std::memory_order_relaxed) + kWaiter;
  waiters_.push_back({thread, !t_cpu_bound});
  auto leave_waiters = [&] {
    auto it = std::find_if(waiters_.begin(), waiters_.end(), [&](const Waiter& w) { return w.thread == thread; });
    if (it != waiters_.end()) waiters_.erase(it);
  };
  Policy p = policy_.load(std::memory_order_relaxed);
  if (p == Policy::Deterministic) {
    if (RingEntry* e = ring_find(thread)) e->state = RingState::Runnable;
    else ring_.push_back({thread, RingState::Runnable});
  } else if (p == Policy::IoPriority && !t_cpu_bound && (s & kLocked) &&
             holder_cpu_bound_.load(std::memory_order_relaxed)) {
    if (obs) obs->on_timeout(thread, last_holder_.load(std::memory_order_relaxed), Clock::duration::zero());
    set_drop_request();  // an I/O-priority thread preempts a CPU-bound holder at once
  } else if (p == Policy::Ticks) {
    breaker_->fetch_or(drop_bit_, std::memory_order_relaxed);  // make the holder count its ticks
  }
  for (;;) {
    // Handed to us directly (the locked bit stayed set for us).
    if (handoff_to_ == thread) {
      handoff_to_ = nullptr;
      state_.fetch_sub(kWaiter, std::memory_order_relaxed);
      leave_waiters();
      return;
    }
    // Free: leave the waiters and take the GIL in one step.
    while (!(s & kLocked)) {
      if (state_.compare_exchange_weak(s, (s - kWaiter) | kLocked, std::memory_order_acquire,
                                       std::memory_order_relaxed)) {
        leave_waiters();
        return;
      }
    }
    uint64_t saved_switch = switch_number_.load(std::memory_order_relaxed);
    Clock::duration timeout = interval();
    Clock::time_point wait_start = obs ? Clock::now() : Clock::time_point{};
    auto status = cond_.wait_for(lock, timeout);
    s = state_.load(std::memory_order_relaxed);
    if (handoff_to_ == thread) continue;
    p = policy_.load(std::memory_order_relaxed);
    if (p == Policy::Ticks || p == Policy::Deterministic) {
      // No forced switching; just keep the holder counting (ticks clears the bit when nobody waits).
      if (s & kLocked) breaker_->fetch_or(drop_bit_, std::memory_order_relaxed);
      continue;
    }
    // Ask the holder to let go only if a whole interval passed with no change of holder.
    if (status == std::cv_status::timeout && (s & kLocked) &&
        switch_number_.load(std::memory_order_relaxed) == saved_switch) {
      if (obs) obs->on_timeout(thread, last_holder_.load(std::memory_order_relaxed),
                               std::max(Clock::duration::zero(), Clock::now() - wait_start - timeout));
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

bool Gil::safe_point(const void* thread) {
  Policy p = policy_.load(std::memory_order_relaxed);
  if (p != Policy::Ticks && p != Policy::Deterministic) return true;
  if (drop_request_.load(std::memory_order_relaxed)) return true;  // left by another policy
  if (--ticks_left_ > 0) return false;
  ticks_left_ = ticks_.load(std::memory_order_relaxed);
  if (p == Policy::Ticks) {
    if (state_.load(std::memory_order_relaxed) >= kWaiter) return true;
    // Nobody waits: stop counting. (A waiter that raced with this re-raises the bit after its
    // next timed wait.)
    breaker_->fetch_and(~drop_bit_, std::memory_order_relaxed);
    return false;
  }
  return has_successor(thread);
}

bool Gil::has_successor(const void* thread) {
  std::lock_guard<std::mutex> lock(mutex_);
  const void* next = pick_successor(thread, policy_.load(std::memory_order_relaxed));
  return next && next != thread;
}

// Under mutex_. Who should get the GIL from `thread` now (null: nobody in particular).
const void* Gil::pick_successor(const void* thread, Policy p) {
  switch (p) {
    case Policy::Fifo:
      return waiters_.empty() ? nullptr : waiters_.front().thread;
    case Policy::IoPriority:
      for (const Waiter& w : waiters_)
        if (w.io_priority) return w.thread;
      return nullptr;
    case Policy::Deterministic: {
      size_t n = ring_.size(), i = 0;
      while (i < n && ring_[i].thread != thread) i++;
      if (i == n) i = n - 1;  // not in the ring (cannot happen once taken): start from the top
      for (size_t k = 1; k < n; k++) {
        const RingEntry& e = ring_[(i + k) % n];
        if (e.state != RingState::Blocked) return e.thread;
      }
      return nullptr;
    }
    default:
      return nullptr;
  }
}

bool Gil::try_handoff(const void* thread, DropReason reason, Policy p) {
  std::unique_lock<std::mutex> lock(mutex_);
  if (p == Policy::Deterministic) {
    if (RingEntry* e = ring_find(thread)) {
      if (reason == DropReason::Blocking || reason == DropReason::Exit) e->state = RingState::Blocked;
    }
  }
  const void* next = pick_successor(thread, p);
  if (p == Policy::Deterministic && reason == DropReason::Exit) {
    auto it = std::find_if(ring_.begin(), ring_.end(), [&](const RingEntry& e) { return e.thread == thread; });
    if (it != ring_.end()) ring_.erase(it);
  }
  if (!next || next == thread) return false;
  handoff_to_ = next;
  handoffs_.fetch_add(1, std::memory_order_relaxed);
  lock.unlock();
  cond_.notify_all();  // the successor is among the sleepers (or has not arrived yet)
  return true;
}

void Gil::drop(const void* thread, DropReason reason, const char* detail) {
  if (Observer* obs = observer_.load(std::memory_order_acquire)) obs->on_drop(thread, reason, detail);
  Policy p = policy_.load(std::memory_order_relaxed);
  if (p != Policy::Interval) [[unlikely]] {
    drop_policy(thread, reason, p);
    return;
  }
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

void Gil::drop_policy(const void* thread, DropReason reason, Policy p) {
  bool forced = reason == DropReason::Forced || reason == DropReason::Yield;
  if (p == Policy::Ticks) {
    // Release and signal, never wait: the releaser may well win it straight back.
    uint32_t before = state_.fetch_and(~kLocked, std::memory_order_release);
    if (before >= kWaiter) {
      if (reason == DropReason::Forced) {
        t_tick_pending = true;
        t_tick_switch = switch_number_.load(std::memory_order_relaxed);
        tick_releases_.fetch_add(1, std::memory_order_relaxed);
      }
      { std::lock_guard<std::mutex> lock(mutex_); }
      cond_.notify_one();
    }
    return;
  }
  if (p == Policy::IoPriority) {
    if (reason == DropReason::Forced) t_cpu_bound = true;
    else if (reason == DropReason::Blocking) t_cpu_bound = false;
  }
  if (try_handoff(thread, reason, p)) {
    if (drop_request_.load(std::memory_order_relaxed)) reset_drop_request();
    return;
  }
  // Nobody to hand to: release as the interval policy does (io-priority keeps its forced wait).
  if (state_.fetch_and(~kLocked, std::memory_order_release) >= kWaiter) {
    { std::lock_guard<std::mutex> lock(mutex_); }
    cond_.notify_one();
  }
  if (forced && p != Policy::Deterministic && drop_request_.load(std::memory_order_relaxed)) {
    std::unique_lock<std::mutex> sw(switch_mutex_);
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
