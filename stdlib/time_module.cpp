// The time module: clocks, sleep, and calendar conversions with struct_time.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <string>

#include "runtime/abstract.h"
#include "runtime/blocking.h"
#include "runtime/dict_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/struct_seq.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

int64_t clock_ns(clockid_t id) {
  struct timespec ts;
  ::clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}
double clock_s(clockid_t id) {
  struct timespec ts;
  ::clock_gettime(id, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

#define CLOCK_FNS(pyname, id)                                                    \
  Ref t_##pyname(Value, const Value*, size_t nargs, Value kw) {                  \
    check_no_kwargs(#pyname, kw);                                                \
    check_nargs(#pyname, nargs, 0, 0);                                           \
    return float_new(clock_s(id));                                               \
  }                                                                              \
  Ref t_##pyname##_ns(Value, const Value*, size_t nargs, Value kw) {             \
    check_no_kwargs(#pyname "_ns", kw);                                          \
    check_nargs(#pyname "_ns", nargs, 0, 0);                                     \
    return int_from_i64(clock_ns(id));                                           \
  }
CLOCK_FNS(time, CLOCK_REALTIME)
CLOCK_FNS(perf_counter, CLOCK_MONOTONIC)
CLOCK_FNS(monotonic, CLOCK_MONOTONIC)
CLOCK_FNS(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FNS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FNS

double seconds_arg(Value v) {
  if (!is_int(v) && !is_float(v)) {
    Ref f = getattr_opt(Value(static_cast<Object*>(type_of(v))), name("__float__"));
    if (!f) raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(v)).c_str());
  }
  return as_double(v);
}

Ref t_sleep(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("sleep", kw);
  check_nargs("sleep", nargs, 1, 1);
  double secs = seconds_arg(args[0]);
  if (std::isnan(secs)) raise(exc::ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) raise(exc::ValueError, "sleep length must be non-negative");
  // An absolute deadline on the monotonic clock: a sleep interrupted by a signal that is not
  // Ctrl-C (or by Ctrl-C in a non-main thread) resumes for exactly the time that is left.
  struct timespec deadline;
  clock_gettime(CLOCK_MONOTONIC, &deadline);
  double whole = std::floor(secs);
  if (whole > 1e15) whole = 1e15;
  deadline.tv_sec += time_t(whole);
  deadline.tv_nsec += long((secs - std::floor(secs)) * 1e9);
  if (deadline.tv_nsec >= 1000000000) { deadline.tv_sec += 1; deadline.tv_nsec -= 1000000000; }
  for (;;) {
    int r = blocking_call("time.sleep", [&] {
      return ::clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
    });
    if (r != EINTR) break;
    check_signals_in_main_thread();  // Ctrl-C interrupts sleep with KeyboardInterrupt
  }
  return Ref(None());
}

Ref make_struct_time(const struct tm& t, const char* zone, long gmtoff) {
  return struct_seq_new(StructTimeType,
                        {int_from_i64(t.tm_year + 1900), int_from_i64(t.tm_mon + 1), int_from_i64(t.tm_mday),
                         int_from_i64(t.tm_hour), int_from_i64(t.tm_min), int_from_i64(t.tm_sec),
                         int_from_i64((t.tm_wday + 6) % 7), int_from_i64(t.tm_yday + 1), int_from_i64(t.tm_isdst),
                         zone ? str_new(zone) : Ref(None()), int_from_i64(gmtoff)});
}

time_t time_arg(const Value* args, size_t nargs) {
  if (nargs == 0 || is_none(args[0])) return ::time(nullptr);
  double d = seconds_arg(args[0]);
  if (std::isnan(d)) raise(exc::ValueError, "Invalid value NaN (not a number)");
  if (std::isinf(d) || std::fabs(d) > 1e18) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return time_t(std::floor(d));
}

Ref t_gmtime(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("gmtime", kw);
  check_nargs("gmtime", nargs, 0, 1);
  time_t t = time_arg(args, nargs);
  struct tm tm;
  if (!::gmtime_r(&t, &tm)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(tm, "GMT", 0);
}

Ref t_localtime(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("localtime", kw);
  check_nargs("localtime", nargs, 0, 1);
  time_t t = time_arg(args, nargs);
  struct tm tm;
  if (!::localtime_r(&t, &tm)) raise(exc::OverflowError, "timestamp out of range for platform time_t");
  return make_struct_time(tm, tm.tm_zone, tm.tm_gmtoff);
}

// A struct_time or 9-tuple -> struct tm.
struct tm tm_arg(Value v, const char* fname) {
  if (!is_tuple(v)) raise(exc::TypeError, "Tuple or struct_time argument required");
  if (tuple_size(v) != 9)
    raisef(exc::TypeError, "%s(): illegal time tuple argument", fname);
  int64_t f[9];
  for (int i = 0; i < 9; ++i) f[i] = index_as_int64(tuple_item(v, size_t(i)), exc::OverflowError);
  struct tm tm {};
  tm.tm_year = int(f[0] - 1900);
  tm.tm_mon = int(f[1] - 1);
  tm.tm_mday = int(f[2]);
  tm.tm_hour = int(f[3]);
  tm.tm_min = int(f[4]);
  tm.tm_sec = int(f[5]);
  tm.tm_wday = int((f[6] + 1) % 7);
  tm.tm_yday = int(f[7] - 1);
  tm.tm_isdst = int(f[8]);
  return tm;
}

void check_tm_ranges(struct tm& tm) {
  if (tm.tm_mon == -1) tm.tm_mon = 0;
  else if (tm.tm_mon < 0 || tm.tm_mon > 11) raise(exc::ValueError, "month out of range");
  if (tm.tm_mday == 0) tm.tm_mday = 1;
  else if (tm.tm_mday < 0 || tm.tm_mday > 31) raise(exc::ValueError, "day of month out of range");
  if (tm.tm_hour < 0 || tm.tm_hour > 23) raise(exc::ValueError, "hour out of range");
  if (tm.tm_min < 0 || tm.tm_min > 59) raise(exc::ValueError, "minute out of range");
  if (tm.tm_sec < 0 || tm.tm_sec > 61) raise(exc::ValueError, "seconds out of range");
  if (tm.tm_wday < 0) raise(exc::ValueError, "day of week out of range");
  if (tm.tm_yday == -1) tm.tm_yday = 0;
  else if (tm.tm_yday < 0 || tm.tm_yday > 365) raise(exc::ValueError, "day of year out of range");
}

Ref t_mktime(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("mktime", kw);
  check_nargs("mktime", nargs, 1, 1);
  struct tm tm = tm_arg(args[0], "mktime");
  tm.tm_wday = -1;
  time_t t = ::mktime(&tm);
  if (t == time_t(-1) && tm.tm_wday == -1) raise(exc::OverflowError, "mktime argument out of range");
  return float_new(double(t));
}

Ref t_strftime(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("strftime", kw);
  check_nargs("strftime", nargs, 1, 2);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "strftime() argument 1 must be str, not %s", std::string(type_name(args[0])).c_str());
  struct tm tm;
  if (nargs == 2) {
    tm = tm_arg(args[1], "strftime");
    check_tm_ranges(tm);
  } else {
    time_t now = ::time(nullptr);
    ::localtime_r(&now, &tm);
  }
  std::string fmt(str_view(args[0]));
  if (fmt.empty()) return str_new("");
  std::string out(256, '\0');
  for (;;) {
    size_t n = ::strftime(out.data(), out.size(), fmt.c_str(), &tm);
    if (n > 0 || out.size() > fmt.size() * 256) {
      out.resize(n);
      break;
    }
    out.resize(out.size() * 4);
  }
  return str_new(out);
}

std::string asctime_text(const struct tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[(tm.tm_wday % 7 + 7) % 7],
                kMonths[(tm.tm_mon % 12 + 12) % 12], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                1900 + tm.tm_year);
  return buf;
}

Ref t_asctime(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("asctime", kw);
  check_nargs("asctime", nargs, 0, 1);
  struct tm tm;
  if (nargs == 1) {
    tm = tm_arg(args[0], "asctime");
    check_tm_ranges(tm);
  } else {
    time_t now = ::time(nullptr);
    ::localtime_r(&now, &tm);
  }
  return str_new(asctime_text(tm));
}

Ref t_ctime(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("ctime", kw);
  check_nargs("ctime", nargs, 0, 1);
  time_t t = time_arg(args, nargs);
  struct tm tm;
  ::localtime_r(&t, &tm);
  return str_new(asctime_text(tm));
}

Ref t_get_clock_info(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("get_clock_info", kw);
  check_nargs("get_clock_info", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "get_clock_info() argument 1 must be str, not %s", std::string(type_name(args[0])).c_str());
  std::string_view n = str_view(args[0]);
  const char* impl;
  clockid_t id;
  if (n == "time") { impl = "clock_gettime(CLOCK_REALTIME)"; id = CLOCK_REALTIME; }
  else if (n == "perf_counter" || n == "monotonic") { impl = "clock_gettime(CLOCK_MONOTONIC)"; id = CLOCK_MONOTONIC; }
  else if (n == "process_time") { impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"; id = CLOCK_PROCESS_CPUTIME_ID; }
  else if (n == "thread_time") { impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"; id = CLOCK_THREAD_CPUTIME_ID; }
  else raise(exc::ValueError, "unknown clock");
  struct timespec res;
  double resolution = ::clock_getres(id, &res) == 0 ? double(res.tv_sec) + double(res.tv_nsec) * 1e-9 : 1e-9;
  bool realtime = id == CLOCK_REALTIME;
  return struct_seq_new(ClockInfoType, {str_new(impl), bool_value(!realtime), bool_value(realtime), float_new(resolution)});
}

const MethodDef kTimeMethods[] = {
    {"get_clock_info", t_get_clock_info},
    {"time", t_time},
    {"time_ns", t_time_ns},
    {"perf_counter", t_perf_counter},
    {"perf_counter_ns", t_perf_counter_ns},
    {"monotonic", t_monotonic},
    {"monotonic_ns", t_monotonic_ns},
    {"process_time", t_process_time},
    {"process_time_ns", t_process_time_ns},
    {"thread_time", t_thread_time},
    {"thread_time_ns", t_thread_time_ns},
    {"sleep", t_sleep},
    {"gmtime", t_gmtime},
    {"localtime", t_localtime},
    {"mktime", t_mktime},
    {"strftime", t_strftime},
    {"asctime", t_asctime},
    {"ctime", t_ctime},
    {nullptr, nullptr},
};

Ref make_time_module() {
  Ref mod = module_new("time");
  module_add_functions(mod, kTimeMethods);
  Value d = module_dict(mod);
  dict_set_str(d, "struct_time", Value(static_cast<Object*>(&StructTimeType)));
  ::tzset();
  dict_set_str(d, "timezone", int_from_i64(::timezone));
  dict_set_str(d, "altzone", int_from_i64(::timezone - (::daylight ? 3600 : 0)));
  dict_set_str(d, "daylight", int_from_i64(::daylight));
  dict_set_str(d, "tzname", tuple_from({str_new(::tzname[0]), str_new(::tzname[1])}));
  return mod;
}

}  // namespace

static BuiltinModule reg_time("time", &make_time_module);

}  // namespace minipy
