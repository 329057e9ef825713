// The signal module: Python-level handlers run by the main thread at its safe points (see
// runtime/signals.h). Signal numbers and SIG_DFL / SIG_IGN are plain ints (CPython's are IntEnum
// members, which print the same).
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <cerrno>

#include "runtime/abstract.h"
#include "runtime/blocking.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/file_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"

namespace minipy {

namespace {

constexpr int kSigDfl = 0, kSigIgn = 1;
Value g_default_int_handler;  // the module's default_int_handler (immortal once made)

int signal_number(Value v) {
  int64_t n = index_as_int64(v, exc::OverflowError);
  if (n < 1 || n >= NSIG) raise(exc::ValueError, "signal number out of range");
  return int(n);
}

Ref default_int_handler(Value, const Value*, size_t, Value) { raise_empty(exc::KeyboardInterrupt); }

// What getsignal() reports for a signal without a Python handler.
Ref os_level_handler(int sig) {
  struct sigaction sa {};
  if (::sigaction(sig, nullptr, &sa) != 0) return Ref(None());
  if (sa.sa_handler == SIG_IGN) return int_from_i64(kSigIgn);
  if (sa.sa_handler == SIG_DFL) return int_from_i64(kSigDfl);
  if (sig == SIGINT && sigint_handler_installed()) return Ref(g_default_int_handler);
  return Ref(None());  // installed by someone else (CPython says None too)
}

Ref sig_getsignal(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("getsignal", kwnames);
  check_nargs("getsignal", nargs, 1, 1);
  int sig = signal_number(args[0]);
  if (Value h = python_signal_handler(sig)) return Ref(h);
  return os_level_handler(sig);
}

Ref sig_signal(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("signal", kwnames);
  check_nargs("signal", nargs, 2, 2);
  int sig = signal_number(args[0]);
  if (!is_main_thread()) raise(exc::ValueError, "signal only works in main thread of the main interpreter");
  Ref old = sig_getsignal(Value(), args, 1, Value());
  Value h = args[1];
  bool ok;
  if (is_int(h) && !is_callable(h)) {
    int64_t action = index_as_int64(h, exc::OverflowError);
    if (action != kSigDfl && action != kSigIgn)
      raise(exc::TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    ok = set_signal_action(sig, Value(), int(action));
  } else if (is_callable(h)) {
    if (sig == SIGKILL || sig == SIGSTOP) {
      errno = EINVAL;
      ok = false;
    } else {
      ok = set_signal_action(sig, h, 0);  // default_int_handler too: calling it raises KeyboardInterrupt
    }
  } else {
    raise(exc::TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
  }
  if (!ok) raise_os_error(errno);
  return old;
}

Ref sig_raise_signal(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("raise_signal", kwnames);
  check_nargs("raise_signal", nargs, 1, 1);
  int sig = signal_number(args[0]);
  if (::raise(sig) != 0) raise_os_error(errno);
  check_signals_in_main_thread();  // CPython runs the handler before raise_signal returns
  return Ref(None());
}

Ref sig_alarm(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("alarm", kwnames);
  check_nargs("alarm", nargs, 1, 1);
  int64_t secs = index_as_int64(args[0], exc::OverflowError);
  return int_from_i64(::alarm(unsigned(secs)));
}

Ref sig_pause(Value, const Value*, size_t nargs, Value) {
  check_nargs("pause", nargs, 0, 0);
  blocking_call("signal.pause", [] { return ::pause(); });
  check_signals_in_main_thread();
  return Ref(None());
}

Ref sig_strsignal(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("strsignal", kwnames);
  check_nargs("strsignal", nargs, 1, 1);
  int sig = signal_number(args[0]);
  const char* s = ::strsignal(sig);
  if (!s || std::string(s).rfind("Unknown signal", 0) == 0 || std::string(s).rfind("Real-time signal", 0) == 0)
    return Ref(None());
  return str_new(s);
}

Ref sig_valid_signals(Value, const Value*, size_t nargs, Value) {
  check_nargs("valid_signals", nargs, 0, 0);
  Ref set = call(Value(static_cast<Object*>(&SetType)), {});
  for (int s = 1; s < NSIG; s++) {
    if (s == 32 || s == 33) continue;  // reserved by glibc's threads
    call_method(set, "add", {int_from_i64(s)});
  }
  return set;
}

Ref sig_pthread_kill(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("pthread_kill", kwnames);
  check_nargs("pthread_kill", nargs, 2, 2);
  uint64_t tid = uint64_t(index_as_int64(args[0], exc::OverflowError));
  int64_t sig = index_as_int64(args[1], exc::OverflowError);
  int rc = ::pthread_kill(pthread_t(tid), int(sig));
  if (rc != 0) raise_os_error(rc);
  check_signals_in_main_thread();
  return Ref(None());
}

const MethodDef kSignalFunctions[] = {
    {"signal", sig_signal},
    {"getsignal", sig_getsignal},
    {"raise_signal", sig_raise_signal},
    {"alarm", sig_alarm},
    {"pause", sig_pause},
    {"strsignal", sig_strsignal},
    {"valid_signals", sig_valid_signals},
    {"pthread_kill", sig_pthread_kill},
    {"default_int_handler", default_int_handler},
    {nullptr, nullptr},
};

Ref make_signal_module() {
  Ref m = module_new("signal");
  module_add_functions(m, kSignalFunctions);
  Value d = module_dict(m);
  if (!g_default_int_handler) g_default_int_handler = Ref(dict_get_str(d, "default_int_handler")).release();
  struct {
    const char* name;
    int value;
  } constants[] = {
      {"SIG_DFL", kSigDfl}, {"SIG_IGN", kSigIgn}, {"NSIG", NSIG},
      {"SIGHUP", SIGHUP}, {"SIGINT", SIGINT}, {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
      {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT}, {"SIGIOT", SIGIOT}, {"SIGBUS", SIGBUS},
      {"SIGFPE", SIGFPE}, {"SIGKILL", SIGKILL}, {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
      {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE}, {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
      {"SIGSTKFLT", SIGSTKFLT}, {"SIGCHLD", SIGCHLD}, {"SIGCLD", SIGCHLD}, {"SIGCONT", SIGCONT},
      {"SIGSTOP", SIGSTOP}, {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},
      {"SIGURG", SIGURG}, {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"SIGVTALRM", SIGVTALRM},
      {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH}, {"SIGIO", SIGIO}, {"SIGPOLL", SIGPOLL},
      {"SIGPWR", SIGPWR}, {"SIGSYS", SIGSYS}, {"SIGRTMIN", SIGRTMIN}, {"SIGRTMAX", SIGRTMAX},
      {"SIG_BLOCK", SIG_BLOCK}, {"SIG_UNBLOCK", SIG_UNBLOCK}, {"SIG_SETMASK", SIG_SETMASK},
  };
  for (auto& c : constants) dict_set_str(d, c.name, int_from_i64(c.value));
  return m;
}

BuiltinModule reg_signal("signal", &make_signal_module);

}  // namespace

}  // namespace minipy
