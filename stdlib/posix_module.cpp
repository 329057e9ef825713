// The posix module: the native half of `os` (stdlib/py/os.py re-exports it and adds the Python
// parts, as CPython's os.py does over its posix module). This file holds the process functions
// (pids, waiting, signals to processes, _exit), the environment and the module's assembly; files
// and descriptors are in posix_files.cpp, fork and register_at_fork in posix_fork.cpp.
#include <signal.h>
#include <sys/wait.h>
#include <sysexits.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/blocking.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/file_object.h"
#include "runtime/gil_trace.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"
#include "stdlib/posix_internal.h"

extern char** environ;

namespace minipy::posix {

namespace {

#define NOARG_INT_FN(pyname, expr)                          \
  Ref p_##pyname(Value, const Value*, size_t nargs, Value kw) { \
    check_no_kwargs(#pyname, kw);                           \
    check_nargs(#pyname, nargs, 0, 0);                      \
    return int_from_i64(int64_t(expr));                     \
  }
NOARG_INT_FN(getpid, ::getpid())
NOARG_INT_FN(getppid, ::getppid())
NOARG_INT_FN(getuid, ::getuid())
NOARG_INT_FN(geteuid, ::geteuid())
NOARG_INT_FN(getgid, ::getgid())
NOARG_INT_FN(getegid, ::getegid())
NOARG_INT_FN(getpgrp, ::getpgrp())
#undef NOARG_INT_FN

int int_arg(Value v) {
  int64_t n = index_as_int64(v, exc::OverflowError);
  if (n > INT_MAX) raise(exc::OverflowError, "signed integer is greater than maximum");
  if (n < INT_MIN) raise(exc::OverflowError, "signed integer is less than minimum");
  return int(n);
}

Ref p_cpu_count(Value, const Value*, size_t nargs, Value kw) {
  check_no_kwargs("cpu_count", kw);
  check_nargs("cpu_count", nargs, 0, 0);
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n >= 1 ? int_from_i64(n) : Ref(None());
}

Ref p_kill(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("kill", "pid, signal, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  int pid = int_arg(a[0]), sig = int_arg(a[1]);
  if (::kill(pid, sig) != 0) raise_os_error(errno);
  // A signal to ourselves: run its Python handler now, as CPython's os.kill does.
  check_signals_in_main_thread();
  return Ref(None());
}

// os._exit: leave at once, without atexit, threading's shutdown or flushing Python's buffers.
// The GIL monitor is not Python state: a whole-run trace (-X gil-trace) is written first, so a
// forked child that ends with os._exit (as multiprocessing's children do) leaves its trace.
Ref p_exit(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("_exit", "status");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int status = int_arg(a[0]);
  gil_monitor_at_exit();
  ::_exit(status);
}

// waitpid with the GIL released; retried after a signal whose Python handler did not raise.
Ref wait_for(pid_t pid, int options) {
  int status = 0;
  for (;;) {
    int err = 0;
    pid_t r = blocking_call("waitpid", [&] {
      pid_t x = ::waitpid(pid, &status, options);
      err = errno;
      return x;
    });
    if (r >= 0) return tuple_from({int_from_i64(r), int_from_i64(status)});
    if (err != EINTR) raise_os_error(err);
    check_signals_in_main_thread();
  }
}

Ref p_waitpid(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("waitpid", kwnames);
  if (nargs != 2) raisef(exc::TypeError, "waitpid() takes exactly 2 arguments (%zu given)", nargs);
  return wait_for(pid_t(int_arg(args[0])), int_arg(args[1]));
}

Ref p_wait(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("wait", kwnames);
  check_nargs("wait", nargs, 0, 0);
  return wait_for(-1, 0);
}

int status_arg(const char* fname, const Value* args, size_t nargs, Value kwnames) {
  ArgSpec spec(fname, "status");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  return int_arg(a[0]);
}

#define STATUS_FN(pyname, expr)                                     \
  Ref p_##pyname(Value, const Value* args, size_t nargs, Value kw) { \
    int status = status_arg(#pyname, args, nargs, kw);              \
    return expr;                                                    \
  }
STATUS_FN(WIFEXITED, Ref(bool_value(WIFEXITED(status))))
STATUS_FN(WEXITSTATUS, int_from_i64(WEXITSTATUS(status)))
STATUS_FN(WIFSIGNALED, Ref(bool_value(WIFSIGNALED(status))))
STATUS_FN(WTERMSIG, int_from_i64(WTERMSIG(status)))
STATUS_FN(WIFSTOPPED, Ref(bool_value(WIFSTOPPED(status))))
STATUS_FN(WSTOPSIG, int_from_i64(WSTOPSIG(status)))
STATUS_FN(WIFCONTINUED, Ref(bool_value(WIFCONTINUED(status))))
STATUS_FN(WCOREDUMP, Ref(bool_value(WCOREDUMP(status))))
#undef STATUS_FN

Ref p_waitstatus_to_exitcode(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("waitstatus_to_exitcode", "status");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int status = int_arg(a[0]);
  if (WIFEXITED(status)) return int_from_i64(WEXITSTATUS(status));
  if (WIFSIGNALED(status)) return int_from_i64(-WTERMSIG(status));
  raisef(exc::ValueError, "invalid wait status: %d", status);
}

Ref p_strerror(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("strerror", "code, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  return str_new(std::strerror(int_arg(a[0])));
}

// ---- the environment ----

// A name or value for putenv/unsetenv (str or bytes, as PyUnicode_FSConverter takes them).
std::string env_text(Value v) {
  if (!is_str(v) && !is_bytes(v))
    raisef(exc::TypeError, "expected str, bytes or os.PathLike object, not %s", std::string(type_name(v)).c_str());
  std::string_view t = is_str(v) ? str_view(v) : bytes_view(v);
  if (t.find('\0') != std::string_view::npos) raise(exc::ValueError, "embedded null byte");
  return std::string(t);
}

Ref p_putenv(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("putenv", "name, value, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  std::string key = env_text(a[0]), value = env_text(a[1]);
  // An empty name is left to setenv (EINVAL, an OSError), as CPython does.
  if (key.find('=') != std::string::npos) raise(exc::ValueError, "illegal environment variable name");
  if (::setenv(key.c_str(), value.c_str(), 1) != 0) raise_os_error(errno);
  return Ref(None());
}

Ref p_unsetenv(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("unsetenv", "name, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  std::string key = env_text(a[0]);
  if (::unsetenv(key.c_str()) != 0) raise_os_error(errno);
  return Ref(None());
}

// posix.environ: the environment at start-up as a dict of str (os.environ wraps a copy of it).
Ref environ_dict() {
  Ref d = dict_new();
  for (char** e = ::environ; e && *e; ++e) {
    const char* eq = std::strchr(*e, '=');
    if (!eq || eq == *e) continue;
    Ref k = fs_name(std::string_view(*e, size_t(eq - *e)), false);
    if (dict_get(d, k)) continue;  // the first of duplicated names wins, as getenv() sees it
    dict_set(d, k, fs_name(eq + 1, false));
  }
  return d;
}

const MethodDef kProcessFunctions[] = {
    {"getpid", p_getpid},
    {"getppid", p_getppid},
    {"getuid", p_getuid},
    {"geteuid", p_geteuid},
    {"getgid", p_getgid},
    {"getegid", p_getegid},
    {"getpgrp", p_getpgrp},
    {"cpu_count", p_cpu_count},
    {"kill", p_kill},
    {"_exit", p_exit},
    {"waitpid", p_waitpid},
    {"wait", p_wait},
    {"WIFEXITED", p_WIFEXITED},
    {"WEXITSTATUS", p_WEXITSTATUS},
    {"WIFSIGNALED", p_WIFSIGNALED},
    {"WTERMSIG", p_WTERMSIG},
    {"WIFSTOPPED", p_WIFSTOPPED},
    {"WSTOPSIG", p_WSTOPSIG},
    {"WIFCONTINUED", p_WIFCONTINUED},
    {"WCOREDUMP", p_WCOREDUMP},
    {"waitstatus_to_exitcode", p_waitstatus_to_exitcode},
    {"strerror", p_strerror},
    {"putenv", p_putenv},
    {"unsetenv", p_unsetenv},
    {nullptr, nullptr},
};

Ref make_posix_module() {
  Ref m = module_new("posix");
  module_add_functions(m, kProcessFunctions);
  add_file_functions(m);
  add_fork_functions(m);
  Value d = module_dict(m);
  dict_set_str(d, "environ", environ_dict());
  dict_set_str(d, "error", type_value(exc::OSError));
  for (auto [n, v] : {std::pair<const char*, int>{"WNOHANG", WNOHANG}, {"WUNTRACED", WUNTRACED},
                      {"WCONTINUED", WCONTINUED}, {"EX_OK", EX_OK}})
    dict_set_str(d, n, int_from_i64(v));
  return m;
}

BuiltinModule reg_posix("posix", &make_posix_module);

}  // namespace

}  // namespace minipy::posix
