#include "runtime/signals.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include "runtime/error.h"
#include "runtime/eval_breaker.h"
#include "runtime/thread_state.h"

namespace minipy {

std::atomic<int> g_pending_sigint{0};
static std::atomic<bool> g_handler_installed{false};
static pthread_t g_main_pthread;

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
  g_main_pthread = pthread_self();
  // As CPython: a SIGINT ignored by the parent (a background job, nohup) stays ignored.
  struct sigaction current {};
  if (::sigaction(SIGINT, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) return;
  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: blocking waits return EINTR and look at the flag
  ::sigaction(SIGINT, &sa, nullptr);
  g_handler_installed.store(true, std::memory_order_release);
}

bool sigint_handler_installed() { return g_handler_installed.load(std::memory_order_acquire); }

void check_pending_signals() {
  if (g_pending_sigint.exchange(0) > 0) {
    eval_breaker_clear(kBreakSignalsPending);
    raise_empty(exc::KeyboardInterrupt);
  }
}

void check_signals_in_main_thread() {
  if (g_pending_sigint.load(std::memory_order_relaxed) > 0 && is_main_thread()) check_pending_signals();
}

void interrupt_main_thread() {
  if (sigint_handler_installed()) {
    ::pthread_kill(g_main_pthread, SIGINT);
    return;
  }
  g_pending_sigint.fetch_add(1);
  eval_breaker_raise(kBreakSignalsPending);
}

void block_sigint_in_this_thread() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

}  // namespace minipy
