// The _thread module: real OS threads running Python code under the GIL. `threading` and `queue`
// are Python code on top of it (stdlib/py/), as in CPython.
//
// A new thread: the parent creates its ThreadState and registers it (holding the GIL), blocks
// the signals Python code handles for the child (only the main thread handles them, so the kernel
// delivers them there) and starts a detached pthread.
// The child takes the GIL, calls the function, reports an uncaught exception, releases its
// _set_sentinel() lock (Thread.join waits on it), unregisters and drops the GIL for good.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <memory>
#include <new>
#include <vector>

#include "interp/minipy.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/file_object.h"
#include "runtime/float_object.h"
#include "runtime/gil_runtime.h"
#include "runtime/gil_trace.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"
#include "stdlib/thread_locks.h"

namespace minipy {

namespace {

size_t g_stack_size = 0;  // _thread.stack_size(); 0 = the platform default (read under the GIL)

struct ThreadStart {
  ThreadState* ts;
  Ref func, args, kwargs;
};

// CPython reports an exception that escapes a raw _thread function through sys.unraisablehook.
void report_thread_exception(Value func, Value exc) {
  try {
    Ref err = getattr_opt(current_interp()->sys, name("stderr"));
    if (err && !is_none(err)) {
      std::string head = "Exception ignored in thread started by: " + repr_utf8(func) + "\n";
      write_text_to(err, head);
    }
    print_exception(exc);
  } catch (PyException&) {
  }
}

void run_thread_function(ThreadStart* boot) {
  try {
    std::vector<Value> argv;
    Value kwnames;
    Ref names;
    for (size_t i = 0; i < tuple_size(boot->args); i++) argv.push_back(tuple_item(boot->args, i));
    if (boot->kwargs && dict_size(boot->kwargs) > 0) {
      names = tuple_new(dict_size(boot->kwargs));
      size_t pos = 0, i = 0;
      Value k, v;
      while (dict_next(boot->kwargs, pos, k, v)) {
        tuple_init_item(names, i++, Ref(k));
        argv.push_back(v);
      }
      kwnames = names;
    }
    Ref result = call(boot->func, argv.data(), argv.size() - (names ? tuple_size(names) : 0), kwnames);
  } catch (PyException& e) {
    Ref exc = e.value;
    if (!exception_matches(exc, exc::SystemExit)) report_thread_exception(boot->func, exc);
  } catch (std::bad_alloc&) {
    std::fprintf(stderr, "MemoryError in a thread\n");
  }
}

// This thread called os.fork() and is the child's only (so main) thread: nothing waits for it,
// so when its function returns the child process ends here (status 0, as in CPython), after
// threading's shutdown (the child's own threads) and with Python's buffers flushed.
[[noreturn]] void finish_forked_process(ThreadState* ts) {
  auto* host = static_cast<Interpreter*>(ts->interp->host);
  try {
    host->wait_for_threads();
    host->flush_std_streams();
  } catch (...) {
  }
  std::fflush(nullptr);
  gil_monitor_at_exit();
  ::_exit(0);
}

void* thread_main(void* arg) {
  std::unique_ptr<ThreadStart> boot(static_cast<ThreadStart*>(arg));
  ThreadState* ts = boot->ts;
  ts->native_id = uint64_t(::gettid());
  init_c_stack_limit(ts);
  t_tstate = ts;
  t_gil_depth = 1;
  the_gil().thread_started(ts);
  gil_take(ts);
  run_thread_function(boot.get());
  if (ts == ts->interp->main_thread) finish_forked_process(ts);  // see below
  // Tidy up while still holding the GIL: drop the references, wake the joiners.
  boot->func = nullptr;
  boot->args = nullptr;
  boot->kwargs = nullptr;
  the_gil().thread_finishing(ts);  // before its joiners wake: they may change the GIL policy
  try {
    if (ts->sentinel) lock_release_if_locked(ts->sentinel);
    ts->sentinel = nullptr;
    ts->handled_exc = nullptr;
  } catch (...) {
  }
  ts->interp->thread_module_count--;
  thread_state_unregister(ts);
  t_tstate = nullptr;
  t_gil_depth = 0;
  gil_drop(ts, gil::DropReason::Exit);
  the_gil().thread_exited(ts);
  delete ts;
  return nullptr;
}

Ref start_new_thread(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("start_new_thread", kwnames);
  check_nargs("start_new_thread", nargs, 2, 3);
  if (!is_callable(args[0])) raise(exc::TypeError, "first arg must be callable");
  if (!is_tuple(args[1])) raise(exc::TypeError, "2nd arg must be a tuple");
  if (nargs == 3 && !is_dict(args[2])) raise(exc::TypeError, "optional 3rd arg must be a dictionary");

  auto* ts = new ThreadState;
  ts->interp = current_interp();
  ts->name = "Thread";
  ts->started_by_thread_module = true;
  auto* boot = new ThreadStart{ts, Ref(args[0]), Ref(args[1]), nargs == 3 ? Ref(args[2]) : Ref()};

  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (g_stack_size) pthread_attr_setstacksize(&attr, g_stack_size);
  // The child inherits this mask: the kernel delivers Ctrl-C and friends to the main thread.
  sigset_t block, old;
  signals_routed_to_main(&block);
  pthread_sigmask(SIG_BLOCK, &block, &old);
  pthread_t tid;
  the_gil().thread_created(ts);  // in program order: the deterministic policy's ring
  int rc = pthread_create(&tid, &attr, thread_main, boot);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    the_gil().forget_thread(ts);
    delete boot;
    delete ts;
    raise(exc::RuntimeError, "can't start new thread");
  }
  // The child cannot run Python code before this thread lets go of the GIL, so these are set
  // before it can look at them.
  ts->thread_id = uint64_t(tid);
  ts->interp->thread_module_count++;
  thread_state_register(ts);
  return int_from_u64(uint64_t(tid));
}

Ref allocate_lock(Value, const Value*, size_t nargs, Value) {
  check_nargs("allocate_lock", nargs, 0, 0);
  return lock_new_unlocked();
}

Ref get_ident(Value, const Value*, size_t nargs, Value) {
  check_nargs("get_ident", nargs, 0, 0);
  return int_from_u64(uint64_t(pthread_self()));
}

Ref get_native_id(Value, const Value*, size_t nargs, Value) {
  check_nargs("get_native_id", nargs, 0, 0);
  return int_from_u64(uint64_t(::gettid()));
}

Ref thread_count(Value, const Value*, size_t nargs, Value) {
  check_nargs("_count", nargs, 0, 0);
  return int_from_i64(current_interp()->thread_module_count);
}

Ref thread_exit(Value, const Value*, size_t nargs, Value) {
  check_nargs("exit", nargs, 0, 0);
  raise_empty(exc::SystemExit);
}

Ref interrupt_main(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("interrupt_main", "signum=2");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int64_t signum = a[0] ? index_as_int64(a[0], exc::OverflowError) : SIGINT;
  if (signum < 1 || signum >= NSIG) raise(exc::ValueError, "signal number out of range");
  simulate_signal(int(signum));
  return Ref(None());
}

Ref stack_size(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("stack_size", kwnames);
  check_nargs("stack_size", nargs, 0, 1);
  size_t old = g_stack_size;
  if (nargs == 1) {
    int64_t n = index_as_int64(args[0], exc::OverflowError);
    if (n < 0) raise(exc::ValueError, "size must be 0 or a positive value");
    if (n != 0 && n < 32768) raisef(exc::ValueError, "size not valid: %lld bytes", (long long)n);
    g_stack_size = size_t(n);
  }
  return int_from_u64(old);
}

// A lock, held, released when the calling thread's native state is gone: threading's
// Thread.join() waits on it, so a joined thread has really finished.
Ref set_sentinel(Value, const Value*, size_t nargs, Value) {
  check_nargs("_set_sentinel", nargs, 0, 0);
  Ref lock = lock_new_unlocked();
  lock_try_acquire(lock);
  ThreadState* ts = tstate();
  if (ts->sentinel) lock_release_if_locked(ts->sentinel);
  ts->sentinel = Ref(lock.get());
  return lock;
}

// minipy only: the name GIL traces show for the calling thread (threading sets it).
Ref set_name(Value, const Value* args, size_t nargs, Value) {
  check_nargs("_set_name", nargs, 1, 1);
  if (!is_str(args[0])) raisef(exc::TypeError, "_set_name() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  tstate()->name = std::string(str_view(args[0]));
  return Ref(None());
}

const MethodDef kThreadFunctions[] = {
    {"start_new_thread", start_new_thread},
    {"start_new", start_new_thread},
    {"allocate_lock", allocate_lock},
    {"allocate", allocate_lock},
    {"get_ident", get_ident},
    {"get_native_id", get_native_id},
    {"_count", thread_count},
    {"exit", thread_exit},
    {"exit_thread", thread_exit},
    {"interrupt_main", interrupt_main},
    {"stack_size", stack_size},
    {"_set_sentinel", set_sentinel},
    {"_set_name", set_name},
    {nullptr, nullptr},
};

Ref make_thread_module() {
  Ref m = module_new("_thread");
  module_add_functions(m, kThreadFunctions);
  Value d = module_dict(m);
  dict_set_str(d, "LockType", type_value(&LockType));
  dict_set_str(d, "RLock", type_value(&RLockType));
  dict_set_str(d, "error", type_value(exc::RuntimeError));
  dict_set_str(d, "TIMEOUT_MAX", float_new(9223372036.0));
  return m;
}

BuiltinModule reg_thread("_thread", &make_thread_module);

}  // namespace

}  // namespace minipy
