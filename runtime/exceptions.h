// The layout of exception instances and the small API the VM uses on them (tracebacks, chaining).
// Every built-in exception class shares one C++ layout, so user classes may inherit from several
// of them; class-specific attributes (OSError.errno, StopIteration.value, SyntaxError.lineno, ...)
// live in `extra`, named per class by getset descriptors.
#pragma once

#include <string>

#include "runtime/error.h"
#include "runtime/object.h"

namespace minipy {

struct BaseExceptionObject : Object {
  Ref args;       // tuple
  Ref traceback;  // the VM's traceback object or null
  Ref cause;      // null = None
  Ref context;    // null = None
  bool suppress_context = false;
  Ref extra[8];   // per-class attributes (see exceptions.cpp)
  // The instance __dict__ (notes, user attributes) follows at dictoffset.
};

inline BaseExceptionObject* as_exception(Value e) { return static_cast<BaseExceptionObject*>(e.as_object()); }
inline bool is_exception_instance(Value v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeBaseExcSubclass);
}
bool is_exception_class(Value v);  // a type deriving from BaseException

Value exception_args(Value e);  // borrowed tuple
Value exception_traceback(Value e);  // borrowed; null when none
void exception_set_traceback(Value e, Value tb);  // tb null or None clears
Value exception_cause(Value e);      // borrowed; null when none
void exception_set_cause(Value e, Value cause);  // also sets __suppress_context__ = True (raise from)
Value exception_context(Value e);    // borrowed; null when none
void exception_set_context(Value e, Value ctx);
bool exception_suppress_context(Value e);
void exception_set_suppress_context(Value e, bool v);
// StopIteration.value (None when absent), SystemExit.code.
Ref stop_iteration_value(Value e);
Ref system_exit_code(Value e);

// An exception that cannot propagate (raised by __del__, by closing a generator at release...):
// CPython's PyErr_WriteUnraisable prints "Exception ignored in: <repr(obj)>" and the traceback to
// sys.stderr. The VM installs the printer (g_unraisable_hook); without it the report is dropped.
// Never raises.
void write_unraisable(Value exc, Value obj);
extern void (*g_unraisable_hook)(Value exc, Value obj);

// AttributeError with .name and .obj set (for 3.11's "Did you mean" suggestions).
[[noreturn]] void raise_attribute_error(Value obj, Value name, const std::string& msg);

// CPython 3.11's "Did you mean" hint for an AttributeError (from its .name/.obj) or NameError
// (.name, searched in the innermost frame's local names, then globals, then builtins - any
// iterables of str, may be null). Returns ". Did you mean: 'x'?" or "". Never raises.
std::string exception_suggestion(Value exc, Value local_names, Value globals, Value builtins);

// The VM sets this to its traceback type so that `e.__traceback__ = x` can check its argument.
extern TypeObject* g_traceback_type;

}  // namespace minipy
