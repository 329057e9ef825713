#include "runtime/gil_runtime.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>

#include "runtime/eval_breaker.h"

namespace minipy {

constinit thread_local int t_gil_depth = 0;

// Never destroyed: daemon threads may still be waiting on it while the process exits. Replaced
// only in a forked child (gil_after_fork_child), where no other thread exists.
static gil::Gil* g_gil = nullptr;

gil::Gil& the_gil() {
  static gil::Gil* first = g_gil = new gil::Gil(&g_eval_breaker, kBreakGilDropRequest);
  (void)first;
  return *g_gil;
}

void gil_after_fork_child(ThreadState* ts) {
  gil::Gil& old = the_gil();
  // The old GIL is leaked, not destroyed: its mutexes may be "held" by threads that no longer
  // exist. Its settings carry over; the forking thread holds the new one.
  auto* fresh = new gil::Gil(&g_eval_breaker, kBreakGilDropRequest);
  fresh->set_interval(old.interval());
  eval_breaker_clear(kBreakGilDropRequest);  // a drop request from a parent's waiter
  fresh->set_policy(old.policy(), old.ticks());
  fresh->take(ts);
  g_gil = fresh;
}

void park_forever() {
  for (;;) ::pause();  // the signals Python handles are blocked in every thread but the main one
}

void gil_take(ThreadState* ts) {
  the_gil().take(ts);
  if (ts->interp && ts->interp->finalizing.load(std::memory_order_acquire) && ts != ts->interp->main_thread) {
    the_gil().drop(ts, gil::DropReason::Exit);
    the_gil().thread_exited(ts);  // it never runs again
    park_forever();
  }
}

// A blocking drop names its call (set by BlockingRegion) for GIL traces.
void gil_drop(ThreadState* ts, gil::DropReason reason) {
  the_gil().drop(ts, reason, reason == gil::DropReason::Blocking ? ts->blocking_what : nullptr);
}

void gil_yield(ThreadState* ts) {
  if (!the_gil().safe_point(ts)) return;  // ticks / deterministic: countdown not yet run out
  the_gil().drop(ts, gil::DropReason::Forced);
  gil_take(ts);
}

bool gil_pass_turn(ThreadState* ts) {
  gil::Gil& g = the_gil();
  if (g.policy() != gil::Policy::Deterministic || !g.has_successor(ts)) return false;
  g.drop(ts, gil::DropReason::Yield);
  gil_take(ts);
  return true;
}

// CPython stores whole microseconds (truncated, so 1e-9 reads back as 0.0) and waits at least 1 µs.
static std::atomic<int64_t> g_reported_interval_us{5000};

void set_switch_interval(double seconds) {
  double us = seconds * 1e6;
  int64_t whole = std::isnan(us) ? 0 : int64_t(std::min(std::floor(us), 9e15));
  g_reported_interval_us.store(whole, std::memory_order_relaxed);
  the_gil().set_interval(std::chrono::microseconds(std::max<int64_t>(whole, 1)));
}

std::string set_gil_policy(const std::string& name, int ticks) {
  gil::Policy p;
  if (!gil::policy_from_name(name, p))
    return "unknown GIL policy '" + name + "' (choose from interval, ticks, fifo, io-priority, deterministic)";
  if (!the_gil().set_policy(p, ticks))
    return "cannot switch to or from the 'deterministic' GIL policy while other threads are running";
  return {};
}

std::string gil_policy_name() { return gil::policy_name(the_gil().policy()); }

double switch_interval() { return 1e-6 * double(g_reported_interval_us.load(std::memory_order_relaxed)); }

void thread_state_register(ThreadState* ts) { ts->interp->threads.push_back(ts); }

void thread_states_after_fork_child(ThreadState* ts) {
  InterpreterState* is = ts->interp;
  // The other threads' states are forgotten, never freed (see runtime/fork.h).
  is->threads.assign(1, ts);
  is->main_thread = ts;
  is->thread_module_count = 0;
}

void thread_state_unregister(ThreadState* ts) {
  auto& v = ts->interp->threads;
  v.erase(std::remove(v.begin(), v.end(), ts), v.end());
}

}  // namespace minipy
