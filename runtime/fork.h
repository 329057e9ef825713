// fork() for an interpreter with threads, as CPython's PyOS_BeforeFork / PyOS_AfterFork_Parent /
// PyOS_AfterFork_Child do it (the runtime's part; posix.fork adds the import locks and the Python
// hooks of os.register_at_fork).
//
// The calling thread holds the GIL, so no other thread is in the middle of Python code; but other
// threads may be inside the GIL's own mutexes (waiting for it), inside the GIL monitor, or blocked
// in system calls. Only the calling thread exists in the child, so the child:
//   * gets a fresh GIL (the old one's mutexes and waiter lists may name vanished threads) with the
//     same interval and policy, held by the forking thread;
//   * forgets every other ThreadState (never freed: their frames may point at objects in any
//     state, and leaking them is the safe choice), and makes the forking thread the main thread,
//     the one that handles signals;
//   * drops signals that were pending in the parent;
//   * starts an empty GIL trace if a whole-run trace is active, written at exit to
//     gil_trace_path_for_pid(PATH, child pid) (the parent's trace is left alone).
// Designed so that multiprocessing's fork start method can use os.fork as is.
#pragma once

#include <sys/types.h>

#include "runtime/thread_state.h"

namespace minipy {

// Fork the process. Returns as ::fork does (errno set on -1); in the child the runtime is already
// re-initialised for the single remaining thread `ts` (the caller, holding the GIL).
pid_t runtime_fork(ThreadState* ts);

}  // namespace minipy
