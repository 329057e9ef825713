// Watching the GIL (issue #4): one process-wide gil::Observer, the "monitor", that keeps running
// statistics and, while tracing, records every GIL event.
//
// Cost: nothing until the monitor is installed (the Gil calls an observer only when one is set).
// It is installed by -X gil-trace / gil-stats / gil-plot, MINIPY_GIL_TRACE, or `import gil`.
// Once installed, each event costs a clock read and a few stores into the calling thread's own
// buffer: no lock and no shared cache line on the hot path. Buffers are append-only chunk lists
// published with one release store, so a reader holding the GIL (gil.stats(), the end of a
// gil.trace() region, interpreter exit) can read every thread's buffer while they keep writing.
//
// Vocabulary (the trace's event names): thread_start, thread_exit, request (starts waiting),
// timeout (a wait timed out and the drop request was set; names the holder), drop (reason forced |
// blocking with the call | exit | yield) and take (with how long the thread waited).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace minipy {

struct ThreadState;

enum class GilEventKind : uint8_t { ThreadStart, ThreadExit, Request, Timeout, Drop, Take };

// One recorded event, as merged from the per-thread buffers (times in ns since the monitor started).
struct GilEvent {
  int64_t t_ns = 0;
  GilEventKind kind = GilEventKind::Request;
  uint8_t reason = 0;           // gil::DropReason for drops
  int lane = 0;                 // index into GilTrace::lanes (one per OS thread)
  int other_lane = -1;          // timeout: the holder's lane (-1 if unknown)
  const char* detail = nullptr; // drop(blocking): the call ("time.sleep", "read", ...)
  int64_t waited_ns = 0;        // take: since the thread wanted the GIL (request or forced drop)
  uint64_t switch_number = 0;   // the GIL's switch number when the event happened
};

struct GilLane {
  uint64_t tid = 0;   // the kernel's thread id (threading.get_native_id())
  std::string name;   // the thread's name (threading.Thread.name), as last seen
};

struct GilTrace {
  std::vector<GilLane> lanes;
  std::vector<GilEvent> events;  // sorted by time
  int64_t start_ns = 0, end_ns = 0;
};

const char* gil_event_name(GilEventKind k);
const char* gil_drop_reason_name(uint8_t reason);

// Install the monitor (idempotent). Statistics are collected from then on.
void gil_monitor_install();
bool gil_monitor_installed();

// Whole-run options (the CLI's -X options / MINIPY_GIL_TRACE): written by gil_monitor_at_exit.
void gil_monitor_configure(const std::string& trace_path, bool stats, const std::string& plot_path);
// At interpreter exit, holding the GIL or after every other thread is gone: write the whole-run
// trace and picture, print the statistics to stderr.
void gil_monitor_at_exit();

// fork() (runtime/fork.h): the child gets a fresh monitor whose whole-run trace / plot go to
// gil_trace_path_for_pid(PATH, its pid) and whose -X gil-stats cover the child alone.
void gil_monitor_before_fork();
void gil_monitor_after_fork_parent();
void gil_monitor_after_fork_child(ThreadState* ts);

// A traced region (gil.trace(path)). Returns false if one is already active.
bool gil_trace_region_begin();
// Ends the region and writes its events to `path` (.json = Chrome Trace Event JSON, else text).
// Returns an error message, empty on success.
std::string gil_trace_region_end(const std::string& path);

// Writing.
std::string gil_trace_write(const GilTrace& trace, const std::string& path);  // error or ""
std::string gil_trace_to_log(const GilTrace& trace);
std::string gil_trace_to_json(const GilTrace& trace);
std::string gil_trace_to_svg(const GilTrace& trace);
// `trace.json` -> `trace.<pid>.json`: the path a child process writes its own trace to.
std::string gil_trace_path_for_pid(const std::string& path, long pid);

// Statistics since the monitor started or the last reset.
struct GilThreadStats {
  uint64_t tid = 0;
  std::string name;
  double running_s = 0, waiting_s = 0, blocked_s = 0;
  uint64_t acquisitions = 0, forced_drops = 0, voluntary_drops = 0, timeouts = 0;
  bool alive = true;
};
struct GilStats {
  double elapsed_s = 0;
  double interval_s = 0;
  uint64_t switches = 0;
  double switches_per_second = 0;
  uint64_t waits = 0;  // acquisitions that had to wait
  double wait_p50_s = 0, wait_p90_s = 0, wait_p99_s = 0, wait_max_s = 0;
  uint64_t forced_drops = 0, voluntary_drops = 0, timeouts = 0;
  // Mean delay between a timed-out wait's deadline and the waiter running again: the OS's wake-up
  // latency, which adds to every forced switch (large on an overloaded machine).
  double timeout_late_s = 0;
  // The policy (gil/gil.h) and its counters: ticks releases with a waiter present and those the
  // releaser won straight back (failed handoffs); direct handoffs (fifo, io-priority, deterministic).
  std::string policy = "interval";
  int ticks = 100;
  uint64_t tick_releases = 0, failed_handoffs = 0, handoffs = 0;
  std::vector<GilThreadStats> threads;
};
GilStats gil_stats();
void gil_reset_stats();
std::string gil_stats_format(const GilStats& s);

}  // namespace minipy
