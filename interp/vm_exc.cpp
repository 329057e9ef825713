// Exception-instance attributes the VM needs (traceback, cause, context) and implicit chaining.
// These go through the attribute protocol so they work with any BaseException layout.
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/exceptions.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"

namespace minipy {

// Direct field access for real exception instances (BaseException layout, runtime/exceptions.h).
Ref exc_traceback(Value e) {
  Value v = exception_traceback(e);
  return v && !is_none(v) ? Ref(v) : Ref();
}
void exc_set_traceback(Value e, Value tb) { exception_set_traceback(e, tb); }
Ref exc_context(Value e) {
  Value v = exception_context(e);
  return v && !is_none(v) ? Ref(v) : Ref();
}
void exc_set_context(Value e, Value c) { exception_set_context(e, c); }
Ref exc_cause(Value e) {
  Value v = exception_cause(e);
  return v && !is_none(v) ? Ref(v) : Ref();
}
void exc_set_cause(Value e, Value c) {
  bool sup = exception_suppress_context(e);
  exception_set_cause(e, c);
  exception_set_suppress_context(e, sup);
}
bool exc_suppress_context(Value e) { return exception_suppress_context(e); }
void exc_set_suppress_context(Value e, bool on) { exception_set_suppress_context(e, on); }

void chain_exception_context(Value exc) {
  ThreadState* ts = tstate();
  if (!ts) return;
  Value h = ts->handled_exc;
  if (!h || is_none(h) || h == exc) return;
  // Break a cycle exc -> ... -> exc that the new link would create.
  Ref o(h);
  for (int guard = 0; guard < 10000; guard++) {
    Ref ctx = exc_context(o);
    if (!ctx) break;
    if (ctx.get() == exc) {
      exc_set_context(o, None());
      break;
    }
    o = std::move(ctx);
  }
  exc_set_context(exc, h);
}

}  // namespace minipy
