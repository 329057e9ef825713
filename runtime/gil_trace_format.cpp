// Writing a GIL trace: the text log, Chrome Trace Event JSON, the SVG timeline, and the
// statistics summary (formats documented in README.md, "Watching the GIL").
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "gil/gil.h"
#include "runtime/gil_trace.h"

namespace minipy {

namespace {

std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

// Names go into tab-separated columns, JSON strings and XML text.
std::string log_name(const std::string& s) {
  std::string o;
  for (char c : s) o += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
  return o.empty() ? "-" : o;
}

std::string json_str(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') { o += '\\'; o += char(c); }
    else if (c < 0x20) { char b[8]; std::snprintf(b, sizeof b, "\\u%04x", c); o += b; }
    else o += char(c);
  }
  return o + "\"";
}

std::string xml_text(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '<': o += "&lt;"; break;
      case '>': o += "&gt;"; break;
      case '&': o += "&amp;"; break;
      case '"': o += "&quot;"; break;
      default: o += c;
    }
  }
  return o;
}

const std::string& lane_name(const GilTrace& tr, int lane) {
  static const std::string unknown = "?";
  return lane >= 0 && size_t(lane) < tr.lanes.size() ? tr.lanes[size_t(lane)].name : unknown;
}

// ---- slices: what each thread was doing between two of its events ----

enum class SliceKind { Running, Waiting, Blocked };
struct Slice {
  int lane;
  SliceKind kind;
  const char* call;  // Blocked: the blocking call (may be null)
  int64_t t0, t1;
};

std::vector<Slice> slices_of(const GilTrace& tr) {
  struct Open {
    bool open = false, seen = false;
    SliceKind kind = SliceKind::Running;
    const char* call = nullptr;
    int64_t t0 = 0;
  };
  std::vector<Open> st(tr.lanes.size());
  std::vector<Slice> out;
  auto close = [&](int lane, int64_t t) {
    Open& o = st[size_t(lane)];
    if (o.open && t >= o.t0) out.push_back(Slice{lane, o.kind, o.call, o.t0, t});
    o.open = false;
  };
  auto open = [&](int lane, SliceKind k, const char* call, int64_t t) {
    close(lane, t);
    st[size_t(lane)] = Open{true, true, k, call, t};
  };
  for (const GilEvent& e : tr.events) {
    Open& o = st[size_t(e.lane)];
    bool first = !o.seen;
    o.seen = true;
    switch (e.kind) {
      case GilEventKind::Request:
        if (!(o.open && o.kind == SliceKind::Waiting)) open(e.lane, SliceKind::Waiting, nullptr, e.t_ns);
        break;
      case GilEventKind::Take:
        // The first event of a region: the thread was waiting before the region began.
        if (first && e.waited_ns > 0) open(e.lane, SliceKind::Waiting, nullptr, std::max(tr.start_ns, e.t_ns - e.waited_ns));
        open(e.lane, SliceKind::Running, nullptr, e.t_ns);
        break;
      case GilEventKind::Drop:
        if (first) open(e.lane, SliceKind::Running, nullptr, tr.start_ns);  // it held the GIL from the start
        switch (gil::DropReason(e.reason)) {
          case gil::DropReason::Forced: open(e.lane, SliceKind::Waiting, nullptr, e.t_ns); break;
          case gil::DropReason::Blocking: open(e.lane, SliceKind::Blocked, e.detail, e.t_ns); break;
          default: close(e.lane, e.t_ns); break;
        }
        break;
      case GilEventKind::ThreadExit: close(e.lane, e.t_ns); break;
      default: break;
    }
  }
  for (size_t i = 0; i < st.size(); ++i) close(int(i), tr.end_ns);
  return out;
}

const char* slice_name(SliceKind k) {
  switch (k) {
    case SliceKind::Running: return "running";
    case SliceKind::Waiting: return "waiting for GIL";
    case SliceKind::Blocked: return "blocked";
  }
  return "?";
}

std::string us(int64_t ns) { return fmt("%.3f", double(ns) / 1000.0); }

}  // namespace

// ---- text log ----

std::string gil_trace_to_log(const GilTrace& tr) {
  std::string o = "# minipy GIL trace\n# t_ns\ttid\tthread\tswitch\tevent\tdetails\n";
  for (const GilEvent& e : tr.events) {
    const GilLane& l = tr.lanes[size_t(e.lane)];
    o += std::to_string(e.t_ns) + "\t" + std::to_string(l.tid) + "\t" + log_name(l.name) + "\t" +
         std::to_string(e.switch_number) + "\t" + gil_event_name(e.kind) + "\t";
    switch (e.kind) {
      case GilEventKind::Drop:
        o += std::string("reason=") + gil_drop_reason_name(e.reason);
        if (e.detail) o += std::string(" call=") + log_name(e.detail);
        break;
      case GilEventKind::Take: o += "waited_ns=" + std::to_string(e.waited_ns); break;
      case GilEventKind::Timeout:
        if (e.other_lane >= 0)
          o += "holder=" + std::to_string(tr.lanes[size_t(e.other_lane)].tid) + " holder_name=" + log_name(lane_name(tr, e.other_lane));
        else o += "holder=?";
        break;
      default: o += "-"; break;
    }
    o += "\n";
  }
  return o;
}

// ---- Chrome Trace Event JSON ----

std::string gil_trace_to_json(const GilTrace& tr) {
  long pid = long(::getpid());
  std::string P = std::to_string(pid);
  std::string o = "{\"displayTimeUnit\":\"ms\",\"otherData\":{\"generator\":\"minipy\"},\"traceEvents\":[\n";
  bool first = true;
  auto add = [&](const std::string& ev) {
    if (!first) o += ",\n";
    first = false;
    o += ev;
  };
  add("{\"ph\":\"M\",\"name\":\"process_name\",\"pid\":" + P + ",\"tid\":0,\"args\":{\"name\":\"minipy\"}}");
  for (size_t i = 0; i < tr.lanes.size(); ++i) {
    std::string T = std::to_string(tr.lanes[i].tid);
    add("{\"ph\":\"M\",\"name\":\"thread_name\",\"pid\":" + P + ",\"tid\":" + T + ",\"args\":{\"name\":" +
        json_str(tr.lanes[i].name) + "}}");
    add("{\"ph\":\"M\",\"name\":\"thread_sort_index\",\"pid\":" + P + ",\"tid\":" + T +
        ",\"args\":{\"sort_index\":" + std::to_string(i) + "}}");
  }
  for (const Slice& s : slices_of(tr)) {
    std::string name = slice_name(s.kind);
    if (s.kind == SliceKind::Blocked) name += std::string(": ") + (s.call ? s.call : "?");
    add("{\"ph\":\"X\",\"name\":" + json_str(name) + ",\"cat\":\"gil\",\"pid\":" + P + ",\"tid\":" +
        std::to_string(tr.lanes[size_t(s.lane)].tid) + ",\"ts\":" + us(s.t0) + ",\"dur\":" + us(s.t1 - s.t0) + "}");
  }
  for (const GilEvent& e : tr.events) {
    std::string args = "\"switch\":" + std::to_string(e.switch_number);
    switch (e.kind) {
      case GilEventKind::Drop:
        args += std::string(",\"reason\":\"") + gil_drop_reason_name(e.reason) + "\"";
        if (e.detail) args += ",\"call\":" + json_str(e.detail);
        break;
      case GilEventKind::Take: args += ",\"waited_ns\":" + std::to_string(e.waited_ns); break;
      case GilEventKind::Timeout:
        args += ",\"reason\":\"drop request\"";
        if (e.other_lane >= 0)
          args += ",\"holder\":" + json_str(lane_name(tr, e.other_lane)) + ",\"holder_tid\":" +
                  std::to_string(tr.lanes[size_t(e.other_lane)].tid);
        break;
      default: break;
    }
    add(std::string("{\"ph\":\"i\",\"s\":\"t\",\"name\":\"") + gil_event_name(e.kind) + "\",\"cat\":\"gil\",\"pid\":" + P +
        ",\"tid\":" + std::to_string(tr.lanes[size_t(e.lane)].tid) + ",\"ts\":" + us(e.t_ns) + ",\"args\":{" + args + "}}");
  }
  o += "\n]}\n";
  return o;
}

// ---- SVG timeline ----

std::string gil_trace_to_svg(const GilTrace& tr) {
  const double left = 170, right = 30, top = 56, lane_h = 30, bar_h = 18, width = 1200;
  const double plot_w = width - left - right;
  size_t n = tr.lanes.size();
  double height = top + lane_h * double(std::max<size_t>(n, 1)) + 50;
  int64_t t0 = tr.start_ns, t1 = std::max(tr.end_ns, t0 + 1);
  double span = double(t1 - t0);
  auto x = [&](int64_t t) { return left + plot_w * double(t - t0) / span; };
  std::string o = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + fmt("%.0f", width) + "\" height=\"" + fmt("%.0f", height) +
       "\" viewBox=\"0 0 " + fmt("%.0f", width) + " " + fmt("%.0f", height) + "\" font-family=\"sans-serif\" font-size=\"12\">\n";
  o += "<title>minipy GIL timeline</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  // Legend.
  struct Key { const char* label; const char* colour; };
  const Key keys[] = {{"running", "#2e7d32"}, {"waiting for GIL", "#f9a825"}, {"blocked (I/O, sleep, lock)", "#90a4ae"}};
  double lx = left;
  o += "<text x=\"10\" y=\"20\" font-weight=\"bold\">GIL timeline</text>\n";
  for (const Key& k : keys) {
    o += "<rect x=\"" + fmt("%.1f", lx) + "\" y=\"10\" width=\"14\" height=\"12\" fill=\"" + k.colour + "\"/>";
    o += "<text x=\"" + fmt("%.1f", lx + 18) + "\" y=\"20\">" + k.label + "</text>\n";
    lx += 40 + 7.0 * double(std::char_traits<char>::length(k.label));
  }
  o += "<line x1=\"" + fmt("%.1f", lx) + "\" y1=\"9\" x2=\"" + fmt("%.1f", lx) + "\" y2=\"23\" stroke=\"#c62828\" stroke-width=\"2\"/>";
  o += "<text x=\"" + fmt("%.1f", lx + 6) + "\" y=\"20\">drop request (timeout)</text>\n";
  // Lanes.
  for (size_t i = 0; i < n; ++i) {
    double y = top + lane_h * double(i);
    o += "<rect x=\"" + fmt("%.1f", left) + "\" y=\"" + fmt("%.1f", y) + "\" width=\"" + fmt("%.1f", plot_w) +
         "\" height=\"" + fmt("%.1f", bar_h) + "\" fill=\"#f5f5f5\"/>";
    o += "<text x=\"10\" y=\"" + fmt("%.1f", y + 13) + "\">" + xml_text(tr.lanes[i].name) + " (" +
         std::to_string(tr.lanes[i].tid) + ")</text>\n";
  }
  o += "<g shape-rendering=\"crispEdges\">\n";
  for (const Slice& s : slices_of(tr)) {
    const char* colour = s.kind == SliceKind::Running ? keys[0].colour : s.kind == SliceKind::Waiting ? keys[1].colour : keys[2].colour;
    double x0 = x(s.t0), w = std::max(x(s.t1) - x0, 0.5);
    double y = top + lane_h * double(s.lane);
    std::string tip = slice_name(s.kind);
    if (s.kind == SliceKind::Blocked) tip += std::string(": ") + (s.call ? s.call : "?");
    o += "<rect x=\"" + fmt("%.2f", x0) + "\" y=\"" + fmt("%.1f", y) + "\" width=\"" + fmt("%.2f", w) + "\" height=\"" +
         fmt("%.1f", bar_h) + "\" fill=\"" + colour + "\"><title>" + xml_text(tip) + " " + fmt("%.3f", double(s.t1 - s.t0) / 1e6) +
         " ms</title></rect>\n";
  }
  o += "</g>\n";
  // Drop requests: a red tick on the lane of the thread asked to let go.
  for (const GilEvent& e : tr.events) {
    if (e.kind != GilEventKind::Timeout) continue;
    int lane = e.other_lane >= 0 ? e.other_lane : e.lane;
    double y = top + lane_h * double(lane);
    o += "<line x1=\"" + fmt("%.2f", x(e.t_ns)) + "\" y1=\"" + fmt("%.1f", y - 3) + "\" x2=\"" + fmt("%.2f", x(e.t_ns)) +
         "\" y2=\"" + fmt("%.1f", y + bar_h + 3) + "\" stroke=\"#c62828\" stroke-width=\"1.5\"/>\n";
  }
  // Time axis with "nice" ticks.
  double axis_y = top + lane_h * double(std::max<size_t>(n, 1)) + 4;
  o += "<line x1=\"" + fmt("%.1f", left) + "\" y1=\"" + fmt("%.1f", axis_y) + "\" x2=\"" + fmt("%.1f", left + plot_w) + "\" y2=\"" +
       fmt("%.1f", axis_y) + "\" stroke=\"black\"/>\n";
  double span_ms = span / 1e6, raw = span_ms / 10, mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (m * mag >= raw) { step = m * mag; break; }
  for (double ms = 0; ms <= span_ms + 1e-9; ms += step) {
    double px = left + plot_w * ms / span_ms;
    o += "<line x1=\"" + fmt("%.1f", px) + "\" y1=\"" + fmt("%.1f", axis_y) + "\" x2=\"" + fmt("%.1f", px) + "\" y2=\"" +
         fmt("%.1f", axis_y + 5) + "\" stroke=\"black\"/>";
    o += "<text x=\"" + fmt("%.1f", px) + "\" y=\"" + fmt("%.1f", axis_y + 18) + "\" text-anchor=\"middle\">" +
         fmt(step < 1 ? "%.2f" : "%.0f", ms) + "</text>\n";
  }
  o += "<text x=\"" + fmt("%.1f", left + plot_w) + "\" y=\"" + fmt("%.1f", axis_y + 34) + "\" text-anchor=\"end\">time (ms)</text>\n";
  o += "</svg>\n";
  return o;
}

// ---- statistics summary ----

std::string gil_stats_format(const GilStats& s) {
  auto ms = [](double sec) { return fmt("%.3f", sec * 1e3); };
  char line[256];
  std::string o = "GIL statistics (switch interval " + ms(s.interval_s) + " ms, " + fmt("%.3f", s.elapsed_s) + " s observed)\n";
  if (s.policy != "interval") {
    o += "policy: " + s.policy;
    if (s.policy == "ticks" || s.policy == "deterministic") o += " (every " + std::to_string(s.ticks) + " ticks)";
    if (s.policy == "ticks")
      o += "; releases with a waiter: " + std::to_string(s.tick_releases) + ", failed handoffs (won back by the releaser): " +
           std::to_string(s.failed_handoffs);
    else
      o += "; direct handoffs: " + std::to_string(s.handoffs);
    o += "\n";
  }
  std::snprintf(line, sizeof line, "%-20s %10s %12s %12s %12s %9s %7s %9s\n", "thread", "tid", "running ms", "waiting ms",
                "blocked ms", "acquired", "forced", "voluntary");
  o += line;
  for (const GilThreadStats& t : s.threads) {
    std::string nm = t.name.size() > 20 ? t.name.substr(0, 20) : t.name;
    std::snprintf(line, sizeof line, "%-20s %10llu %12s %12s %12s %9llu %7llu %9llu\n", nm.c_str(), (unsigned long long)t.tid,
                  ms(t.running_s).c_str(), ms(t.waiting_s).c_str(), ms(t.blocked_s).c_str(), (unsigned long long)t.acquisitions,
                  (unsigned long long)t.forced_drops, (unsigned long long)t.voluntary_drops);
    o += line;
  }
  std::snprintf(line, sizeof line, "switches: %llu (%.1f/s); forced drops: %llu; voluntary drops: %llu; drop requests: %llu",
                (unsigned long long)s.switches, s.switches_per_second, (unsigned long long)s.forced_drops,
                (unsigned long long)s.voluntary_drops, (unsigned long long)s.timeouts);
  o += line;
  // Each forced switch costs the interval plus the OS's delay in waking the waiter: show the latter.
  if (s.timeouts) o += " (their waits woke " + ms(s.timeout_late_s) + " ms late on average)";
  o += "\n";
  o += "wait for the GIL (" + std::to_string(s.waits) + " waits): p50 " + ms(s.wait_p50_s) + " ms, p90 " + ms(s.wait_p90_s) +
       " ms, p99 " + ms(s.wait_p99_s) + " ms, max " + ms(s.wait_max_s) + " ms\n";
  return o;
}

}  // namespace minipy
