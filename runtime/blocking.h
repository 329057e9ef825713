// The one way a thread blocks outside Python (file reads and writes, time.sleep, lock waits,
// joins; later sockets, select, process waits, regex matching): `blocking_call` releases the GIL
// around `fn` and takes it back afterwards — CPython's Py_BEGIN/END_ALLOW_THREADS.
//
// While the GIL is released other threads run Python code and may free or change any object, so
// `fn` must touch no Python object: copy what it needs (fds, pointers into buffers this thread
// owns) into locals first. errno survives the re-acquisition, so callers can test it after.
#pragma once

#include <cerrno>
#include <utility>

#include "runtime/gil_runtime.h"
#include "runtime/thread_state.h"

namespace minipy {

class BlockingRegion {
 public:
  BlockingRegion(ThreadState* ts, const char* what) : ts_(ts) {
    ts_->blocking_what = what;
    gil_drop(ts_, gil::DropReason::Blocking);
  }
  ~BlockingRegion() {
    int saved = errno;
    gil_take(ts_);
    ts_->blocking_what = nullptr;
    errno = saved;
  }
  BlockingRegion(const BlockingRegion&) = delete;
  BlockingRegion& operator=(const BlockingRegion&) = delete;

 private:
  ThreadState* ts_;
};

// `what` names the call in GIL traces: "time.sleep", "Lock.acquire", "read", "write", ...
template <class F>
auto blocking_call(const char* what, F&& fn) -> decltype(fn()) {
  ThreadState* ts = t_tstate;
  if (!ts) return std::forward<F>(fn)();  // no interpreter on this thread (runtime unit tests)
  BlockingRegion region(ts, what);
  return std::forward<F>(fn)();
}

}  // namespace minipy
