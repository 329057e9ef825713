// Raising Python exceptions from C++: build the instance, throw it as PyException.
#include "runtime/error.h"

#include <cstdarg>
#include <cstdio>
#include <string>

#include "runtime/abstract.h"
#include "runtime/str_object.h"
#include "runtime/type_object.h"

namespace minipy {

Ref new_exception(TypeObject* type, std::string_view msg) {
  if (msg.empty()) return call(type_value(type), nullptr, 0);
  Ref s = str_new(msg);
  Value a = s;
  return call(type_value(type), &a, 1);
}

Ref new_exception_args(TypeObject* type, const Value* args, size_t nargs) {
  return call(type_value(type), args, nargs);
}

void throw_exception(Ref exc_instance) { throw PyException{std::move(exc_instance)}; }

void raise(TypeObject* type, std::string_view msg) { throw PyException{new_exception(type, msg)}; }

void raise_empty(TypeObject* type) { throw PyException{new_exception(type, {})}; }

void raisef(TypeObject* type, const char* fmt, ...) {
  char small[512];
  va_list ap;
  va_start(ap, fmt);
  va_list ap2;
  va_copy(ap2, ap);
  int n = std::vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  std::string msg;
  if (n < 0) {
    msg = fmt;
  } else if (size_t(n) < sizeof small) {
    msg.assign(small, size_t(n));
  } else {
    msg.resize(size_t(n) + 1);
    std::vsnprintf(msg.data(), msg.size(), fmt, ap2);
    msg.resize(size_t(n));
  }
  va_end(ap2);
  raise(type, msg);
}

void raise_type_error_not(Value v, const char* what) {
  raisef(exc::TypeError, "'%s' object is not %s", std::string(type_name(v)).c_str(), what);
}

void raise_memory_error() { raise_empty(exc::MemoryError); }

bool exception_matches(Value e, TypeObject* t) {
  if (!e) return false;
  TypeObject* et = is_type(e) ? as_type(e) : type_of(e);
  return et == t || is_subtype(et, t);
}

}  // namespace minipy
