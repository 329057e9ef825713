// Argument checking for the native methods of str and bytes, with CPython's messages for the
// calling conventions those methods use (no arguments, one argument, positional-only ranges).
// `tp` is the owning type's name ("str", "bytes", "bytearray"), `f` the method name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/object.h"

namespace minipy {

// "str.lower() takes no arguments (1 given)"
void args_none(const char* tp, const char* f, size_t nargs, Value kwnames);
// "str.join() takes exactly one argument (2 given)"
void args_one(const char* tp, const char* f, size_t nargs, Value kwnames);
// Positional-only min..max (Argument Clinic style): "replace expected at least 2 arguments, got 1".
void args_range(const char* tp, const char* f, size_t nargs, Value kwnames, size_t min, size_t max);
// The older style of find/count/startswith: "find() takes at least 1 argument (0 given)".
void args_range_old(const char* tp, const char* f, size_t nargs, Value kwnames, size_t min, size_t max);
// An integer argument via __index__ ("'str' object cannot be interpreted as an integer");
// OverflowError "Python int too large to convert to C ssize_t".
int64_t arg_ssize(Value v);
// start/end of find/count/startswith: None or an index; clamped like a slice. s may exceed len.
void arg_bounds(Value start, Value end, int64_t len, int64_t& s, int64_t& e);

}  // namespace minipy
