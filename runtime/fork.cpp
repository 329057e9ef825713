// The runtime's side of fork() (see fork.h for what the child re-initialises and why).
#include "runtime/fork.h"

#include <unistd.h>

#include <cerrno>

#include "runtime/gil_runtime.h"
#include "runtime/gil_trace.h"
#include "runtime/signals.h"

namespace minipy {

pid_t runtime_fork(ThreadState* ts) {
  bool was_main = ts == ts->interp->main_thread;
  // Locks another thread could hold mid-update, taken so the child's copy is consistent. (malloc
  // and stdio protect themselves: glibc's fork takes their locks.)
  gil_monitor_before_fork();
  pid_t pid = ::fork();
  int err = errno;
  if (pid == 0) {
    gil_after_fork_child(ts);
    thread_states_after_fork_child(ts);
    signals_after_fork_child(was_main);
    gil_monitor_after_fork_child(ts);
  } else {
    gil_monitor_after_fork_parent();
  }
  errno = err;
  return pid;
}

}  // namespace minipy
