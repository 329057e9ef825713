// The _gil module: the native half of `gil` (stdlib/py/gil.py), which watches the GIL.
// Importing it installs the GIL monitor (runtime/gil_trace.h): statistics count from then on.
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/gil_runtime.h"
#include "runtime/gil_trace.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

Ref thread_stats_dict(const GilThreadStats& t) {
  Ref d = dict_new();
  dict_set_str(d, "tid", int_from_u64(t.tid));
  dict_set_str(d, "name", str_new(t.name));
  dict_set_str(d, "alive", bool_value(t.alive));
  dict_set_str(d, "running", float_new(t.running_s));
  dict_set_str(d, "waiting", float_new(t.waiting_s));
  dict_set_str(d, "blocked", float_new(t.blocked_s));
  dict_set_str(d, "acquisitions", int_from_u64(t.acquisitions));
  dict_set_str(d, "forced_drops", int_from_u64(t.forced_drops));
  dict_set_str(d, "voluntary_drops", int_from_u64(t.voluntary_drops));
  dict_set_str(d, "drop_requests", int_from_u64(t.timeouts));
  return d;
}

Ref gil_stats_fn(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("stats", kwnames);
  check_nargs("stats", nargs, 0, 0);
  GilStats s = gil_stats();
  Ref d = dict_new();
  dict_set_str(d, "elapsed", float_new(s.elapsed_s));
  dict_set_str(d, "switch_interval", float_new(s.interval_s));
  dict_set_str(d, "switches", int_from_u64(s.switches));
  dict_set_str(d, "switches_per_second", float_new(s.switches_per_second));
  dict_set_str(d, "forced_drops", int_from_u64(s.forced_drops));
  dict_set_str(d, "voluntary_drops", int_from_u64(s.voluntary_drops));
  dict_set_str(d, "drop_requests", int_from_u64(s.timeouts));
  dict_set_str(d, "timeout_late", float_new(s.timeout_late_s));
  dict_set_str(d, "waits", int_from_u64(s.waits));
  dict_set_str(d, "wait_p50", float_new(s.wait_p50_s));
  dict_set_str(d, "wait_p90", float_new(s.wait_p90_s));
  dict_set_str(d, "wait_p99", float_new(s.wait_p99_s));
  dict_set_str(d, "wait_max", float_new(s.wait_max_s));
  dict_set_str(d, "policy", str_new(s.policy));
  dict_set_str(d, "tick_releases", int_from_u64(s.tick_releases));
  dict_set_str(d, "failed_handoffs", int_from_u64(s.failed_handoffs));
  dict_set_str(d, "handoffs", int_from_u64(s.handoffs));
  Ref threads = list_new();
  for (const GilThreadStats& t : s.threads) list_append(threads, thread_stats_dict(t));
  dict_set_str(d, "threads", threads);
  return d;
}

Ref gil_stats_text(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("stats_text", kwnames);
  check_nargs("stats_text", nargs, 0, 0);
  return str_new(gil_stats_format(gil_stats()));
}

Ref gil_reset_stats_fn(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("reset_stats", kwnames);
  check_nargs("reset_stats", nargs, 0, 0);
  gil_reset_stats();
  return Ref(None());
}

std::string path_arg(const char* fn, Value v) {
  if (!is_str(v)) raisef(exc::TypeError, "%s() argument must be str, not %s", fn, std::string(type_name(v)).c_str());
  return std::string(str_view(v));
}

Ref trace_begin(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("_trace_begin", kwnames);
  check_nargs("_trace_begin", nargs, 0, 0);
  if (!gil_trace_region_begin()) raise(exc::RuntimeError, "a gil.trace() region is already active");
  return Ref(None());
}

Ref trace_end(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("_trace_end", kwnames);
  check_nargs("_trace_end", nargs, 1, 1);
  std::string path = path_arg("_trace_end", args[0]);
  std::string err = gil_trace_region_end(path);
  if (!err.empty()) raise(exc::OSError, err);
  return Ref(None());
}

Ref path_for_pid(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("trace_path_for_pid", kwnames);
  check_nargs("trace_path_for_pid", nargs, 2, 2);
  std::string path = path_arg("trace_path_for_pid", args[0]);
  int64_t pid = index_as_int64(args[1], exc::OverflowError);
  return str_new(gil_trace_path_for_pid(path, long(pid)));
}

Ref switch_interval_fn(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("switch_interval", kwnames);
  check_nargs("switch_interval", nargs, 0, 0);
  return float_new(switch_interval());
}

// _set_policy(name, ticks): ticks 0 keeps the current N. gil.py checks the arguments.
Ref set_policy_fn(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("_set_policy", kwnames);
  check_nargs("_set_policy", nargs, 2, 2);
  std::string name = path_arg("_set_policy", args[0]);
  int64_t ticks = index_as_int64(args[1], exc::OverflowError);
  if (ticks < 0 || ticks > 1000000000) raise(exc::ValueError, "ticks must be a positive integer");
  std::string err = set_gil_policy(name, int(ticks));
  if (!err.empty()) raise(exc::RuntimeError, err);
  return Ref(None());
}

Ref policy_fn(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("_policy", kwnames);
  check_nargs("_policy", nargs, 0, 0);
  Ref t = tuple_new(2);
  tuple_init_item(t, 0, str_new(gil_policy_name()));
  tuple_init_item(t, 1, int_from_i64(the_gil().ticks()));
  return t;
}

const MethodDef kGilFunctions[] = {
    {"_set_policy", set_policy_fn},
    {"_policy", policy_fn},
    {"stats", gil_stats_fn},
    {"stats_text", gil_stats_text},
    {"reset_stats", gil_reset_stats_fn},
    {"_trace_begin", trace_begin},
    {"_trace_end", trace_end},
    {"trace_path_for_pid", path_for_pid},
    {"switch_interval", switch_interval_fn},
    {nullptr, nullptr},
};

Ref make_gil_module() {
  gil_monitor_install();
  Ref m = module_new("_gil");
  module_add_functions(m, kGilFunctions);
  return m;
}

BuiltinModule reg_gil("_gil", &make_gil_module);

}  // namespace

}  // namespace minipy
