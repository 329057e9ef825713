// posix.fork and posix.register_at_fork, in CPython's order:
//   before hooks (last registered first) -> the runtime's fork (runtime/fork.h) ->
//   parent: after_in_parent hooks (in registration order);
//   child:  the runtime re-initialised for the one thread left, import locks of vanished threads
//           dropped, then after_in_child hooks (in registration order): threading's _after_fork
//           makes the current thread the only (and main) one, random reseeds, ...
// A hook that raises is reported as "Exception ignored in: <hook>" and the others still run.
#include <unistd.h>

#include <cerrno>
#include <vector>

#include "interp/import.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/file_object.h"
#include "runtime/fork.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "stdlib/posix_internal.h"

namespace minipy::posix {

namespace {

// The registered hooks; touched only by the GIL's holder. Process-wide, as the fork is.
struct ForkHooks {
  std::vector<Ref> before, after_in_parent, after_in_child;
};
ForkHooks& hooks() {
  static auto* h = new ForkHooks;  // never destroyed: the static destructors must not decref
  return *h;
}

void run_hooks(const std::vector<Ref>& list, bool reverse) {
  std::vector<Ref> copy = list;  // a hook may register more hooks
  size_t n = copy.size();
  for (size_t k = 0; k < n; k++) {
    Value h = copy[reverse ? n - 1 - k : k];
    try {
      Ref r = call(h, {});
    } catch (PyException& e) {
      Ref exc = e.value;
      try {
        Ref err = getattr_opt(current_interp()->sys, name("stderr"));
        if (err && !is_none(err)) write_text_to(err, "Exception ignored in: " + repr_utf8(h) + "\n");
        print_exception(exc);
      } catch (PyException&) {
      }
    }
  }
}

Ref p_register_at_fork(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("register_at_fork", "*, before=None, after_in_child=None, after_in_parent=None");
  Value a[3] = {};
  spec.bind(args, nargs, kwnames, a);
  const char* names[3] = {"before", "after_in_child", "after_in_parent"};
  bool any = false;
  for (int i = 0; i < 3; i++) {
    if (!a[i] || is_none(a[i])) continue;
    if (!is_callable(a[i])) raisef(exc::TypeError, "'%s' must be callable, not %s", names[i], std::string(type_name(a[i])).c_str());
    any = true;
  }
  if (!any) raise(exc::TypeError, "At least one argument is required.");
  ForkHooks& h = hooks();
  if (a[0] && !is_none(a[0])) h.before.push_back(Ref(a[0]));
  if (a[1] && !is_none(a[1])) h.after_in_child.push_back(Ref(a[1]));
  if (a[2] && !is_none(a[2])) h.after_in_parent.push_back(Ref(a[2]));
  return Ref(None());
}

Ref p_fork(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("fork", kwnames);
  check_nargs("fork", nargs, 0, 0);
  ThreadState* ts = tstate();
  run_hooks(hooks().before, true);
  pid_t pid = runtime_fork(ts);
  int err = errno;
  if (pid == 0) {
    import_after_fork_child(ts);
    run_hooks(hooks().after_in_child, false);
    return int_from_i64(0);
  }
  run_hooks(hooks().after_in_parent, false);
  if (pid < 0) raise_os_error(err);
  return int_from_i64(pid);
}

const MethodDef kForkFunctions[] = {
    {"fork", p_fork},
    {"register_at_fork", p_register_at_fork},
    {nullptr, nullptr},
};

}  // namespace

void add_fork_functions(Value module) { module_add_functions(module, kForkFunctions); }

}  // namespace minipy::posix
