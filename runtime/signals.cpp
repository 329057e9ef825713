#include "runtime/signals.h"

#include <signal.h>
#include <unistd.h>

#include "runtime/error.h"
#include "runtime/eval_breaker.h"

namespace minipy {

std::atomic<int> g_pending_sigint{0};

static void on_sigint(int) {
  // A second Ctrl-C while the first is still unhandled (e.g. native code that never reaches a
  // safe point): fall back to the default action so the process can always be interrupted.
  if (g_pending_sigint.fetch_add(1) >= 1) {
    ::signal(SIGINT, SIG_DFL);
    ::kill(::getpid(), SIGINT);
    return;
  }
  eval_breaker_raise(kBreakSignalsPending);
}

void install_sigint_handler() {
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  ::sigaction(SIGINT, &sa, nullptr);
}

void check_pending_signals() {
  if (g_pending_sigint.exchange(0) > 0) {
    eval_breaker_clear(kBreakSignalsPending);
    raise_empty(exc::KeyboardInterrupt);
  }
}

}  // namespace minipy
