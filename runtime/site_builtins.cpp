// exit() and quit(): what CPython's site module adds to builtins (_sitebuiltins.Quitter).
// Calling one closes sys.stdin (as CPython does) and raises SystemExit(code).
#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"

namespace minipy {

TypeObject QuitterType;

namespace {

struct QuitterObject : Object {
  const char* name;
};

Ref quitter_repr(Value self) {
  const char* n = static_cast<QuitterObject*>(self.as_object())->name;
  return str_new(std::string("Use ") + n + "() or Ctrl-D (i.e. EOF) to exit");
}

Ref quitter_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("__call__", "code=None");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  if (InterpreterState* is = current_interp()) {
    try {
      Ref in = getattr_opt(is->sys, name("stdin"));
      if (in && !is_none(in)) call_method(in, name("close"), {});
    } catch (PyException&) {
    }
  }
  Value code = a[0] ? a[0] : None();
  throw_exception(new_exception_args(exc::SystemExit, &code, 1));
}

QuitterObject g_exit, g_quit;

void init_quitter_type() {
  TypeObject& t = QuitterType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "_sitebuiltins.Quitter";
  t.basicsize = sizeof(QuitterObject);
  t.dealloc = [](Object*) {};
  t.repr = quitter_repr;
  t.call = quitter_call;
  static_type_declare(&t);
  g_exit.refcnt = kImmortalRefcnt;
  g_exit.type = &QuitterType;
  g_exit.name = "exit";
  g_quit.refcnt = kImmortalRefcnt;
  g_quit.type = &QuitterType;
  g_quit.name = "quit";
}

TypeInitHook quitter_hook(&init_quitter_type);
BuiltinValue reg_exit("exit", [] { return Value(static_cast<Object*>(&g_exit)); });
BuiltinValue reg_quit("quit", [] { return Value(static_cast<Object*>(&g_quit)); });

}  // namespace
}  // namespace minipy
