// Per-interpreter and per-thread state. Nothing interpreter-specific lives in globals: a host may
// create several interpreters (they share the process-wide GIL, as CPython's did before 3.12, and
// the immortal built-in types).
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

#include "runtime/object.h"

namespace minipy {

struct Frame;  // interp/frame.h
struct InterpreterState;

struct ThreadState {
  InterpreterState* interp = nullptr;
  Frame* frame = nullptr;      // innermost Python frame running on this thread
  int py_depth = 0;            // Python call depth, checked against the recursion limit
  const char* stack_limit = nullptr;  // lowest safe C stack address (RecursionError before overflow)
  Ref handled_exc;             // the exception being handled (sys.exc_info()), null when none
  uint64_t thread_id = 0;      // threading.get_ident() (the pthread_t, as CPython)
  uint64_t native_id = 0;      // threading.get_native_id() (the kernel's tid)
  std::string name;            // for messages and GIL traces (_thread._set_name)
  const char* blocking_what = nullptr;  // the blocking call this thread is in, for GIL traces
  Ref sentinel;                // _thread._set_sentinel(): a lock released when this thread ends
  bool started_by_thread_module = false;  // counted by _thread._count()
};

struct InterpreterState {
  Ref modules;   // sys.modules (dict)
  Ref builtins;  // the builtins module's dict
  Ref sys;       // the sys module
  Ref sys_path;  // list
  int recursion_limit = 1000;
  std::vector<std::string> argv;
  std::string executable;
  void* host = nullptr;  // the owning minipy::Interpreter (interp layer)

  // Threads. Every field below is read and written only by the GIL's holder.
  ThreadState* main_thread = nullptr;   // the thread that created the interpreter; handles signals
  std::vector<ThreadState*> threads;    // every live ThreadState of this interpreter, main included
  int thread_module_count = 0;          // threads started by _thread still running
  // Set once the interpreter is shutting down: any other thread that takes the GIL from then on
  // parks forever (daemon threads are frozen, as in CPython, and never touch a dying heap).
  std::atomic<bool> finalizing{false};
};

// The thread state of the calling OS thread (set while it runs Python code).
extern constinit thread_local ThreadState* t_tstate;  // constinit: direct TLS access, no init wrapper
inline ThreadState* tstate() { return t_tstate; }
inline InterpreterState* current_interp() { return t_tstate->interp; }
inline bool is_main_thread() { ThreadState* ts = t_tstate; return ts && ts == ts->interp->main_thread; }

// Bookkeeping of the interpreter's threads (the GIL's holder calls these).
void thread_state_register(ThreadState* ts);
void thread_state_unregister(ThreadState* ts);
// In a forked child: `ts` is the interpreter's only thread, and its main thread.
void thread_states_after_fork_child(ThreadState* ts);

// Raise RecursionError (or MemoryError for native recursion) before the C stack runs out.
// Every recursive native path (repr of nested lists, the parser, compare of nested tuples) calls it.
void check_c_stack();
// Record the current thread's stack bounds (at thread start).
void init_c_stack_limit(ThreadState* ts);

}  // namespace minipy
