// Exception-instance attributes the VM needs (traceback, cause, context) and implicit chaining.
// These go through the attribute protocol so they work with any BaseException layout.
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"

namespace minipy {

static Ref attr_or_null(Value e, const char* n) {
  Ref r = getattr_opt(e, name(n));
  if (!r || is_none(r)) return Ref();
  return r;
}

Ref exc_traceback(Value e) { return attr_or_null(e, "__traceback__"); }
void exc_set_traceback(Value e, Value tb) { setattr(e, name("__traceback__"), tb ? tb : None()); }
Ref exc_context(Value e) { return attr_or_null(e, "__context__"); }
void exc_set_context(Value e, Value c) { setattr(e, name("__context__"), c ? c : None()); }
Ref exc_cause(Value e) { return attr_or_null(e, "__cause__"); }
void exc_set_cause(Value e, Value c) { setattr(e, name("__cause__"), c ? c : None()); }
bool exc_suppress_context(Value e) {
  Ref r = getattr_opt(e, name("__suppress_context__"));
  return r && is_true(r);
}
void exc_set_suppress_context(Value e, bool on) { setattr(e, name("__suppress_context__"), bool_value(on)); }

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
