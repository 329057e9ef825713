// Argument checking helpers for str and bytes methods (see str_args.h).
#include "runtime/str_args.h"

#include "runtime/int_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

static bool has_kwargs(Value kwnames) { return kwnames && tuple_size(kwnames) > 0; }

static void no_kwargs(const char* tp, const char* f, Value kwnames) {
  if (has_kwargs(kwnames)) raisef(exc::TypeError, "%s.%s() takes no keyword arguments", tp, f);
}

void args_none(const char* tp, const char* f, size_t nargs, Value kwnames) {
  no_kwargs(tp, f, kwnames);
  if (nargs) raisef(exc::TypeError, "%s.%s() takes no arguments (%zu given)", tp, f, nargs);
}

void args_one(const char* tp, const char* f, size_t nargs, Value kwnames) {
  no_kwargs(tp, f, kwnames);
  if (nargs != 1) raisef(exc::TypeError, "%s.%s() takes exactly one argument (%zu given)", tp, f, nargs);
}

void args_range(const char* tp, const char* f, size_t nargs, Value kwnames, size_t min, size_t max) {
  no_kwargs(tp, f, kwnames);
  if (nargs < min)
    raisef(exc::TypeError, "%s expected at least %zu argument%s, got %zu", f, min, min == 1 ? "" : "s", nargs);
  if (nargs > max)
    raisef(exc::TypeError, "%s expected at most %zu argument%s, got %zu", f, max, max == 1 ? "" : "s", nargs);
}

void args_range_old(const char* tp, const char* f, size_t nargs, Value kwnames, size_t min, size_t max) {
  no_kwargs(tp, f, kwnames);
  if (nargs < min)
    raisef(exc::TypeError, "%s() takes at least %zu argument%s (%zu given)", f, min, min == 1 ? "" : "s", nargs);
  if (nargs > max)
    raisef(exc::TypeError, "%s() takes at most %zu argument%s (%zu given)", f, max, max == 1 ? "" : "s", nargs);
}

int64_t arg_ssize(Value v) {
  if (v.is_small_int()) return v.small_int_value();
  if (!(v.is_object() && type_of(v)->nb_index))
    raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(v)).c_str());
  Ref i = number_index(v);
  std::optional<int64_t> x = int_as_i64(i);
  if (!x) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return *x;
}

static int64_t bound_value(Value v, int64_t dflt) {
  if (!v || is_none(v)) return dflt;
  if (v.is_small_int()) return v.small_int_value();
  if (!(v.is_object() && type_of(v)->nb_index))
    raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  Ref i = number_index(v);
  std::optional<int64_t> x = int_as_i64(i);
  if (!x) return int_sign(i) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;  // clamp like CPython
  return *x;
}

void arg_bounds(Value start, Value end, int64_t len, int64_t& s, int64_t& e) {
  s = bound_value(start, 0);
  e = bound_value(end, len);
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
}

}  // namespace minipy
