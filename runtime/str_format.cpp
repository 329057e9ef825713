// %-formatting and str.format.
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/str_internal.h"

namespace minipy {

Ref str_percent_format(Value fmt, Value args) {
  raise(exc::NotImplementedError, "str %-formatting is not supported yet");
}

Ref str_format_method(Value fmt, const Value* args, size_t nargs, Value kwnames) {
  raise(exc::NotImplementedError, "str.format is not supported yet");
}

}  // namespace minipy
