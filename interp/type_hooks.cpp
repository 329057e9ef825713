// Glue from the type system (runtime/) up to the VM (interp/): the runtime layer cannot include
// interp headers, so the two facts it needs from running frames are installed here as hooks.
//  - type(name, bases, dict) without a __module__ takes the calling frame's globals' __name__;
//  - `e.__traceback__ = x` accepts only the VM's traceback objects (or None);
//  - calls of dunder methods that are Python functions skip the bound-method object.
#include "interp/function.h"
#include "interp/traceback.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/file_object.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/type_object.h"

namespace minipy {

static Ref current_module_name() {
  Frame* f = current_frame();
  if (!f) return Ref();
  Ref g = frame_globals(f);
  if (!g || !is_dict(g)) return Ref();
  Value n = dict_get_str(g, "__name__");
  return n ? Ref(n) : Ref();
}

// PyErr_WriteUnraisable's default output.
static void print_unraisable(Value exc, Value obj) {
  ThreadState* ts = tstate();
  if (!ts || !ts->interp || !ts->interp->sys) return;
  Ref err = getattr_opt(ts->interp->sys, name("stderr"));
  if (!err || is_none(err)) return;
  std::string head = "Exception ignored in: ";
  try {
    head += obj ? repr_utf8(obj) : "None";
  } catch (PyException&) {
    head += "<object repr() failed>";
  }
  write_text_to(err, head + "\n");
  print_exception(exc, /*chain=*/false);  // the default sys.unraisablehook shows no chain
}

namespace {
struct InstallTypeHooks {
  InstallTypeHooks() {
    g_current_module_name_hook = current_module_name;
    g_traceback_type = &TracebackType;
    g_function_type = &FunctionType;
    g_unraisable_hook = print_unraisable;
  }
} install_type_hooks;
}  // namespace

}  // namespace minipy
