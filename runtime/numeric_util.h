// Small helpers shared by the numeric types, the numeric builtins and the math module: argument
// count checks worded exactly as CPython words them for each calling convention.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/error.h"
#include "runtime/object.h"
#include "runtime/tuple_object.h"

namespace minipy {

inline size_t kwcount(Value kwnames) { return kwnames.is_null() ? 0 : tuple_size(kwnames); }

// METH_O style: "abs() takes exactly one argument (2 given)"; fname includes any "math." prefix.
inline void need_one_arg(const char* fname, size_t nargs, Value kwnames) {
  if (kwcount(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", fname);
  if (nargs != 1) raisef(exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
}

// METH_NOARGS style: "int.bit_length() takes no arguments (1 given)".
inline void need_no_args(const char* fname, size_t nargs, Value kwnames) {
  if (kwcount(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", fname);
  if (nargs != 0) raisef(exc::TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
}

// Argument Clinic positional style: "atan2 expected 2 arguments, got 1".
inline void need_args(const char* fname, size_t nargs, Value kwnames, size_t min, size_t max) {
  if (kwcount(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", fname);
  if (nargs >= min && nargs <= max) return;
  if (min == max)
    raisef(exc::TypeError, "%s expected %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
  if (nargs < min)
    raisef(exc::TypeError, "%s expected at least %zu argument%s, got %zu", fname, min, min == 1 ? "" : "s", nargs);
  raisef(exc::TypeError, "%s expected at most %zu argument%s, got %zu", fname, max, max == 1 ? "" : "s", nargs);
}

// int()/float()/complex() accept any Unicode decimal digits and whitespace: map them to ASCII
// ('\u0661' -> '1', U+3000 -> ' '). Returns false when `s` is pure ASCII (nothing to do).
bool numeric_text_to_ascii(std::string_view s, std::string& out);

}  // namespace minipy
