// The GIL monitor: per-thread event buffers and statistics (see gil_trace.h for the design).
#include "runtime/gil_trace.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include "gil/gil.h"
#include "runtime/gil_runtime.h"
#include "runtime/thread_state.h"

namespace minipy {

namespace {

using gil::Clock;
using gil::DropReason;

// An append-only log with one writer (the owning thread) and readers on other threads. Items live
// in fixed chunks that never move; the writer fills an item and then publishes the new count with
// a release store, so a reader that loads the count with acquire sees every item below it.
template <class T, size_t N>
class AppendLog {
 public:
  void push(const T& v) {
    size_t n = count_.load(std::memory_order_relaxed);
    if (n % N == 0) {
      auto* c = new Chunk;
      if (!tail_) head_.store(c, std::memory_order_release);
      else tail_->next.store(c, std::memory_order_release);
      tail_ = c;
    }
    tail_->items[n % N] = v;
    count_.store(n + 1, std::memory_order_release);
  }
  size_t size() const { return count_.load(std::memory_order_acquire); }
  template <class F>
  void read(size_t from, size_t to, F&& f) const {
    const Chunk* c = head_.load(std::memory_order_acquire);
    for (size_t base = 0; c && base < to; base += N, c = c->next.load(std::memory_order_acquire)) {
      for (size_t i = std::max(from, base); i < std::min(to, base + N); ++i) f(c->items[i - base]);
    }
  }

 private:
  struct Chunk {
    T items[N];
    std::atomic<Chunk*> next{nullptr};
  };
  std::atomic<Chunk*> head_{nullptr};
  Chunk* tail_ = nullptr;  // writer only
  std::atomic<size_t> count_{0};
};

struct RawEvent {
  int64_t t_ns;
  GilEventKind kind;
  uint8_t reason;
  const char* detail;
  const void* thread;  // take: the ThreadState taking (to resolve timeout holders); timeout: the holder
  int64_t waited_ns;
  uint64_t switch_number;
};

enum LaneState : uint8_t { kIdle, kRunning, kWaiting, kBlocked };

// A counter written only by its lane's thread and read by others: a plain load+store, no RMW.
struct OwnedCounter {
  std::atomic<int64_t> v{0};
  void add(int64_t d) { v.store(v.load(std::memory_order_relaxed) + d, std::memory_order_relaxed); }
  int64_t get() const { return v.load(std::memory_order_relaxed); }
};

struct Totals {
  int64_t running = 0, waiting = 0, blocked = 0, acq = 0, forced = 0, voluntary = 0, timeouts = 0, late = 0;
  size_t waits = 0;
};

// One per OS thread that used the GIL while the monitor was installed. Never freed (a reader may
// look at any lane at any time; a process has few threads and each lane is small).
struct alignas(64) Lane {
  int index = 0;
  uint64_t tid = 0;
  std::string name;  // written by the owner holding the GIL, read by readers holding it
  AppendLog<RawEvent, 256> events;
  AppendLog<int64_t, 512> waits;  // each wait (ns) of an acquisition that had to wait
  OwnedCounter running, waiting, blocked, acq, forced, voluntary, timeouts;
  OwnedCounter late;  // ns the timed-out waits returned after their interval (OS wake-up delay)
  std::atomic<uint8_t> state{kIdle};
  std::atomic<int64_t> since{0};
  std::atomic<bool> alive{true};
  std::atomic<bool> exiting{false};
  std::atomic<const void*> ts{nullptr};  // the ThreadState it last used (names timeout holders)  // made its exit drop, on_thread_exit still to come
  // Reader-owned (under the GIL): the statistics baseline and the traced region's first event.
  Totals base;
  size_t region_start = 0;

  Totals totals(int64_t now) const {
    Totals t{running.get(), waiting.get(), blocked.get(), acq.get(), forced.get(), voluntary.get(), timeouts.get(),
             late.get(), waits.size()};
    int64_t in_state = now - since.load(std::memory_order_relaxed);
    switch (state.load(std::memory_order_relaxed)) {
      case kRunning: t.running += in_state; break;
      case kWaiting: t.waiting += in_state; break;
      case kBlocked: t.blocked += in_state; break;
      default: break;
    }
    return t;
  }
};

struct Config {
  std::string trace_path, plot_path;
  bool stats = false;
};

class Monitor final : public gil::Observer {
 public:
  Monitor() : t0_(Clock::now()) {}
  // A forked child's monitor: the parent's clock (so the child's times line up with the parent's
  // trace), nothing recorded yet.
  explicit Monitor(Clock::time_point t0) : t0_(t0) {}
  Clock::time_point t0() const { return t0_; }

  // In a forked child, on the forking thread: its lane belonged to the parent's monitor.
  static void forget_thread_lane() { t_lane = nullptr; }

  // In a forked child: the forking thread starts the child's trace, holding the GIL.
  void adopt_forking_thread(const ThreadState* ts) {
    Lane* l = lane(ts);
    int64_t t = now();
    record(l, t, GilEventKind::ThreadStart, 0, nullptr, nullptr, 0);
    set_state(l, kRunning, t);
    l->acq.add(1);
    if (recording_.load(std::memory_order_relaxed))
      l->events.push(RawEvent{t, GilEventKind::Take, 0, nullptr, ts, 0, the_gil().switch_number()});
  }

  int64_t now() const { return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0_).count(); }

  void on_thread_start(const void* thread) override {
    Lane* l = lane(thread);
    l->alive.store(true, std::memory_order_relaxed);
    record(l, now(), GilEventKind::ThreadStart, 0, nullptr, nullptr, 0);
  }
  void on_thread_exit(const void* thread) override {
    Lane* l = lane(thread);
    int64_t t = now();
    set_state(l, kIdle, t);
    l->alive.store(false, std::memory_order_relaxed);
    record(l, t, GilEventKind::ThreadExit, 0, nullptr, nullptr, 0);
    l->exiting.store(false, std::memory_order_release);
  }
  void on_request(const void* thread) override {
    Lane* l = lane(thread);
    int64_t t = now();
    uint8_t s = l->state.load(std::memory_order_relaxed);
    if (s == kBlocked) l->blocked.add(t - l->since.load(std::memory_order_relaxed));
    if (s != kWaiting) set_state(l, kWaiting, t);  // a forced dropper has been waiting since its drop
    record(l, t, GilEventKind::Request, 0, nullptr, nullptr, 0);
  }
  void on_timeout(const void* thread, const void* holder, gil::Clock::duration late) override {
    Lane* l = lane(thread);
    l->timeouts.add(1);
    l->late.add(std::chrono::duration_cast<std::chrono::nanoseconds>(late).count());
    record(l, now(), GilEventKind::Timeout, 0, nullptr, holder, 0);
  }
  void on_take(const void* thread, Clock::duration, uint64_t switch_number) override {
    Lane* l = lane(thread);
    int64_t t = now();
    int64_t since = l->since.load(std::memory_order_relaxed), waited = 0;
    switch (l->state.load(std::memory_order_relaxed)) {
      case kWaiting:
        waited = t - since;
        l->waiting.add(waited);
        l->waits.push(waited);
        break;
      case kBlocked: l->blocked.add(t - since); break;
      default: break;
    }
    l->acq.add(1);
    set_state(l, kRunning, t);
    refresh_name(l, thread);
    if (l->ts.load(std::memory_order_relaxed) != thread) l->ts.store(thread, std::memory_order_relaxed);
    if (recording_.load(std::memory_order_relaxed))
      l->events.push(RawEvent{t, GilEventKind::Take, 0, nullptr, thread, waited, switch_number});
  }
  void on_drop(const void* thread, DropReason reason, const char* detail) override {
    Lane* l = lane(thread);
    int64_t t = now();
    if (l->state.load(std::memory_order_relaxed) == kRunning)
      l->running.add(t - l->since.load(std::memory_order_relaxed));
    switch (reason) {
      case DropReason::Forced: l->forced.add(1); set_state(l, kWaiting, t); break;
      case DropReason::Blocking: l->voluntary.add(1); set_state(l, kBlocked, t); break;
      case DropReason::Yield: l->voluntary.add(1); set_state(l, kIdle, t); break;
      case DropReason::Exit:  // its last drop: a joiner may look at the statistics before on_thread_exit
        set_state(l, kIdle, t);
        l->alive.store(false, std::memory_order_relaxed);
        l->exiting.store(true, std::memory_order_relaxed);
        break;
    }
    refresh_name(l, thread);
    record(l, t, GilEventKind::Drop, uint8_t(reason), reason == DropReason::Blocking ? detail : nullptr, nullptr, 0);
  }

  // Installed by a thread holding the GIL (`import gil`): it has been running all along.
  void adopt_holder(const ThreadState* ts) {
    Lane* l = lane(ts);
    set_state(l, kRunning, now());
  }

  // ---- readers (hold the GIL, or run at exit) ----
  std::vector<Lane*> lanes() {
    std::lock_guard<std::mutex> g(lanes_mutex_);
    return lanes_;
  }

  void set_recording(bool on) { recording_.store(on, std::memory_order_relaxed); }

  // A thread that made its exit drop reports thread_exit a moment later, without the GIL: give
  // the last ones (those the main thread just joined) that moment, so the trace ends complete.
  void wait_for_exiting_threads() {
    auto deadline = Clock::now() + std::chrono::milliseconds(500);
    for (Lane* l : lanes())
      while (l->exiting.load(std::memory_order_acquire) && Clock::now() < deadline) ::usleep(100);
  }

  GilTrace collect(bool region) {
    GilTrace tr;
    std::vector<Lane*> ls = lanes();
    std::vector<std::pair<RawEvent, int>> raw;
    for (Lane* l : ls) {
      tr.lanes.push_back(GilLane{l->tid, l->name});
      size_t from = region ? l->region_start : 0;
      l->events.read(from, l->events.size(), [&](const RawEvent& e) { raw.push_back({e, l->index}); });
    }
    // Ties keep each lane's order; a drop sorts before another lane's take at the same instant.
    std::stable_sort(raw.begin(), raw.end(), [](const auto& a, const auto& b) { return a.first.t_ns < b.first.t_ns; });
    // A timeout names the holder by its ThreadState; the holder's take may precede a region, so
    // start from each lane's latest ThreadState (newer lanes win a reused address).
    std::unordered_map<const void*, int> holder_lane;
    for (Lane* l : ls)
      if (const void* p = l->ts.load(std::memory_order_relaxed)) holder_lane[p] = l->index;
    for (auto& [e, li] : raw) {
      GilEvent g;
      g.t_ns = e.t_ns;
      g.kind = e.kind;
      g.reason = e.reason;
      g.lane = li;
      g.detail = e.detail;
      g.waited_ns = e.waited_ns;
      g.switch_number = e.switch_number;
      if (e.kind == GilEventKind::Take) holder_lane[e.thread] = li;
      if (e.kind == GilEventKind::Timeout) {
        auto it = holder_lane.find(e.thread);
        g.other_lane = it == holder_lane.end() ? -1 : it->second;
      }
      tr.events.push_back(g);
    }
    tr.start_ns = region ? region_t0_ : 0;
    tr.end_ns = now();
    if (!tr.events.empty()) tr.start_ns = std::min(tr.start_ns, tr.events.front().t_ns);
    return tr;
  }

  bool region_begin() {
    if (region_active_) return false;
    region_active_ = true;
    region_t0_ = now();
    std::lock_guard<std::mutex> g(lanes_mutex_);
    for (Lane* l : lanes_) l->region_start = l->events.size();
    set_recording(true);
    return true;
  }
  GilTrace region_end() {
    set_recording(whole_run_);
    GilTrace tr = collect(true);
    region_active_ = false;
    return tr;
  }
  bool whole_run_ = false;

  void reset_stats() {
    int64_t t = now();
    for (Lane* l : lanes()) l->base = l->totals(t);
    stats_t0_ = t;
    switch_base_ = the_gil().switch_number();
    tick_releases_base_ = the_gil().tick_releases();
    failed_handoffs_base_ = the_gil().failed_handoffs();
    handoffs_base_ = the_gil().handoffs();
  }
  uint64_t tick_releases_base_ = 0, failed_handoffs_base_ = 0, handoffs_base_ = 0;

  GilStats stats() {
    GilStats s;
    int64_t t = now();
    s.elapsed_s = 1e-9 * double(t - stats_t0_);
    s.interval_s = 1e-6 * double(the_gil().interval().count());
    s.switches = the_gil().switch_number() - switch_base_;
    s.switches_per_second = s.elapsed_s > 0 ? double(s.switches) / s.elapsed_s : 0;
    s.policy = gil::policy_name(the_gil().policy());
    s.ticks = the_gil().ticks();
    s.tick_releases = the_gil().tick_releases() - tick_releases_base_;
    s.failed_handoffs = the_gil().failed_handoffs() - failed_handoffs_base_;
    s.handoffs = the_gil().handoffs() - handoffs_base_;
    std::vector<int64_t> waits;
    int64_t late_ns = 0;
    for (Lane* l : lanes()) {
      Totals now_t = l->totals(t), &b = l->base;
      GilThreadStats ts;
      ts.tid = l->tid;
      ts.name = l->name;
      ts.alive = l->alive.load(std::memory_order_relaxed);
      ts.running_s = 1e-9 * double(now_t.running - b.running);
      ts.waiting_s = 1e-9 * double(now_t.waiting - b.waiting);
      ts.blocked_s = 1e-9 * double(now_t.blocked - b.blocked);
      ts.acquisitions = uint64_t(now_t.acq - b.acq);
      ts.forced_drops = uint64_t(now_t.forced - b.forced);
      ts.voluntary_drops = uint64_t(now_t.voluntary - b.voluntary);
      ts.timeouts = uint64_t(now_t.timeouts - b.timeouts);
      l->waits.read(b.waits, now_t.waits, [&](int64_t w) { waits.push_back(w); });
      s.forced_drops += ts.forced_drops;
      s.voluntary_drops += ts.voluntary_drops;
      s.timeouts += ts.timeouts;
      late_ns += now_t.late - b.late;
      // A thread that did nothing since the reset (gone before it) is left out.
      if (ts.acquisitions || ts.alive || ts.running_s > 0 || ts.waiting_s > 0 || ts.blocked_s > 0) s.threads.push_back(ts);
    }
    std::sort(waits.begin(), waits.end());
    s.waits = waits.size();
    auto pct = [&](double p) {
      if (waits.empty()) return 0.0;
      size_t i = size_t(p * double(waits.size() - 1) + 0.5);  // nearest rank
      return 1e-9 * double(waits[std::min(i, waits.size() - 1)]);
    };
    s.wait_p50_s = pct(0.50);
    s.wait_p90_s = pct(0.90);
    s.wait_p99_s = pct(0.99);
    s.wait_max_s = waits.empty() ? 0 : 1e-9 * double(waits.back());
    s.timeout_late_s = s.timeouts ? 1e-9 * double(late_ns) / double(s.timeouts) : 0;
    return s;
  }

  Config config;

 private:
  static thread_local Lane* t_lane;

  Lane* lane(const void* thread) {
    if (Lane* l = t_lane) return l;
    auto* l = new Lane;
    l->tid = uint64_t(::gettid());
    if (thread) l->name = static_cast<const ThreadState*>(thread)->name;
    l->ts.store(thread, std::memory_order_relaxed);
    std::lock_guard<std::mutex> g(lanes_mutex_);
    l->index = int(lanes_.size());
    lanes_.push_back(l);
    t_lane = l;
    return l;
  }
  static void set_state(Lane* l, LaneState s, int64_t t) {
    l->since.store(t, std::memory_order_relaxed);
    l->state.store(s, std::memory_order_relaxed);
  }
  // Runs holding the GIL on the lane's own thread: the only writer of both names.
  static void refresh_name(Lane* l, const void* thread) {
    const std::string& n = static_cast<const ThreadState*>(thread)->name;
    if (n != l->name) l->name = n;
  }
  void record(Lane* l, int64_t t, GilEventKind k, uint8_t reason, const char* detail, const void* other,
              int64_t waited) {
    if (!recording_.load(std::memory_order_relaxed)) return;
    l->events.push(RawEvent{t, k, reason, detail, other, waited, the_gil().switch_number()});
  }

  Clock::time_point t0_;
  std::mutex lanes_mutex_;  // only to register a new lane and to copy the list
  std::vector<Lane*> lanes_;
  std::atomic<bool> recording_{false};
  bool region_active_ = false;
  int64_t region_t0_ = 0;
  int64_t stats_t0_ = 0;
  uint64_t switch_base_ = 0;
};

thread_local Lane* Monitor::t_lane = nullptr;

std::atomic<Monitor*> g_monitor{nullptr};
std::mutex g_install_mutex;

Monitor* monitor() {
  gil_monitor_install();
  return g_monitor.load(std::memory_order_acquire);
}

}  // namespace

const char* gil_event_name(GilEventKind k) {
  switch (k) {
    case GilEventKind::ThreadStart: return "thread_start";
    case GilEventKind::ThreadExit: return "thread_exit";
    case GilEventKind::Request: return "request";
    case GilEventKind::Timeout: return "timeout";
    case GilEventKind::Drop: return "drop";
    case GilEventKind::Take: return "take";
  }
  return "?";
}

const char* gil_drop_reason_name(uint8_t reason) {
  switch (DropReason(reason)) {
    case DropReason::Forced: return "forced";
    case DropReason::Blocking: return "blocking";
    case DropReason::Exit: return "exit";
    case DropReason::Yield: return "yield";
  }
  return "?";
}

void gil_monitor_install() {
  if (g_monitor.load(std::memory_order_acquire)) return;
  std::lock_guard<std::mutex> g(g_install_mutex);
  if (g_monitor.load(std::memory_order_relaxed)) return;
  auto* m = new Monitor;  // never destroyed: threads may report events until the process ends
  g_monitor.store(m, std::memory_order_release);
  if (ThreadState* ts = t_tstate; ts && t_gil_depth > 0) m->adopt_holder(ts);
  m->reset_stats();
  the_gil().set_observer(m);
}

bool gil_monitor_installed() { return g_monitor.load(std::memory_order_acquire) != nullptr; }

void gil_monitor_configure(const std::string& trace_path, bool stats, const std::string& plot_path) {
  if (trace_path.empty() && !stats && plot_path.empty()) return;
  Monitor* m = monitor();
  m->config = Config{trace_path, plot_path, stats};
  m->whole_run_ = !trace_path.empty() || !plot_path.empty();
  if (m->whole_run_) m->set_recording(true);
}

void gil_monitor_at_exit() {
  Monitor* m = g_monitor.load(std::memory_order_acquire);
  if (!m) return;
  const Config& c = m->config;
  if (!c.trace_path.empty() || !c.plot_path.empty()) {
    m->wait_for_exiting_threads();
    GilTrace tr = m->collect(false);
    for (const std::string* p : {&c.trace_path, &c.plot_path}) {
      if (p->empty()) continue;
      std::string err = gil_trace_write(tr, *p);
      if (!err.empty()) std::fprintf(stderr, "minipy: %s\n", err.c_str());
    }
  }
  if (c.stats) {
    std::string text = gil_stats_format(m->stats());
    std::fputs(text.c_str(), stderr);
    std::fflush(stderr);
  }
}

void gil_monitor_before_fork() { g_install_mutex.lock(); }
void gil_monitor_after_fork_parent() { g_install_mutex.unlock(); }

void gil_monitor_after_fork_child(ThreadState* ts) {
  g_install_mutex.unlock();  // the forking thread took it in gil_monitor_before_fork
  Monitor::forget_thread_lane();
  Monitor* old = g_monitor.load(std::memory_order_acquire);
  if (!old) return;
  // A fresh monitor: the parent's is leaked as is (other threads' lanes may be mid-update).
  auto* m = new Monitor(old->t0());
  const Config& c = old->config;
  long pid = long(::getpid());
  m->config.stats = c.stats;
  if (!c.trace_path.empty()) m->config.trace_path = gil_trace_path_for_pid(c.trace_path, pid);
  if (!c.plot_path.empty()) m->config.plot_path = gil_trace_path_for_pid(c.plot_path, pid);
  m->whole_run_ = old->whole_run_;
  m->set_recording(m->whole_run_);
  m->adopt_forking_thread(ts);
  m->reset_stats();
  g_monitor.store(m, std::memory_order_release);
  the_gil().set_observer(m);
}

bool gil_trace_region_begin() { return monitor()->region_begin(); }

std::string gil_trace_region_end(const std::string& path) {
  GilTrace tr = monitor()->region_end();
  return gil_trace_write(tr, path);
}

GilStats gil_stats() { return monitor()->stats(); }
void gil_reset_stats() { monitor()->reset_stats(); }

std::string gil_trace_path_for_pid(const std::string& path, long pid) {
  size_t slash = path.rfind('/');
  size_t dot = path.rfind('.');
  std::string p = std::to_string(pid);
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash) || dot == (slash == std::string::npos ? 0 : slash + 1))
    return path + "." + p;
  return path.substr(0, dot) + "." + p + path.substr(dot);
}

std::string gil_trace_write(const GilTrace& trace, const std::string& path) {
  auto ends_with = [&](const char* suffix) {
    size_t n = std::char_traits<char>::length(suffix);
    return path.size() >= n && path.compare(path.size() - n, n, suffix) == 0;
  };
  std::string text = ends_with(".json") ? gil_trace_to_json(trace)
                     : ends_with(".svg") ? gil_trace_to_svg(trace)
                                         : gil_trace_to_log(trace);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return "cannot write GIL trace to " + path;
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = std::fclose(f) == 0 && ok;
  return ok ? "" : "cannot write GIL trace to " + path;
}

}  // namespace minipy
