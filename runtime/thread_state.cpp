#include "runtime/thread_state.h"

#include <pthread.h>

#include "runtime/error.h"
#include "runtime/eval_breaker.h"

namespace minipy {

constinit thread_local ThreadState* t_tstate = nullptr;
std::atomic<uint32_t> g_eval_breaker{0};

// Keep this much C stack in reserve below the limit: enough for a native call to raise and unwind.
constexpr size_t kStackReserve = 256 * 1024;

void init_c_stack_limit(ThreadState* ts) {
  pthread_attr_t attr;
  void* addr = nullptr;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  if (addr && size > 2 * kStackReserve) {
    ts->stack_limit = static_cast<const char*>(addr) + kStackReserve;
  } else {
    char here;
    ts->stack_limit = &here - (1 << 20);  // unknown bounds: assume 1 MiB below the current frame
  }
}

void check_c_stack() {
  char here;
  ThreadState* ts = t_tstate;
  if (ts && ts->stack_limit && &here < ts->stack_limit)
    raise(exc::RecursionError, "maximum recursion depth exceeded");
}

}  // namespace minipy
