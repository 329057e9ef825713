// Traceback objects (exception.__traceback__) and CPython 3.11's exception report.
#pragma once

#include <string>

#include "interp/frame.h"
#include "runtime/object.h"

namespace minipy {

extern TypeObject TracebackType;

struct TracebackObject : Object {
  Ref next;     // traceback or null (tb_next None)
  Ref code;     // the frame's code object
  Ref globals;  // the frame's globals (tb_frame.f_globals)
  int lasti;    // instruction index
  int lineno;
};

// Prepend an entry for frame `f` at its current instruction to exc.__traceback__.
void traceback_add(Value exc, Frame* f);

// The full report CPython prints for an uncaught exception (chained exceptions included unless
// `chain` is false, as in the "Exception ignored in" report of an unraisable exception).
std::string format_exception(Value exc, bool chain = true);

// Read one source line (1-based) of a file, without the newline; cached per filename.
std::string source_line(const std::string& filename, int lineno);

}  // namespace minipy
