#include "runtime/signals.h"

#include <pthread.h>
#include <unistd.h>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/eval_breaker.h"
#include "runtime/int_object.h"
#include "runtime/thread_state.h"

namespace minipy {

std::atomic<int> g_pending_sigint{0};
static std::atomic<bool> g_sigint_installed{false};
static pthread_t g_main_pthread;
static bool g_main_known = false;

// Other pending signals, one flag each (async-signal-safe: lock-free atomics only).
static std::atomic<bool> g_pending[NSIG];
// Python handlers, read and written by the main thread under the GIL only.
static Ref* g_handlers = new Ref[NSIG];

static void on_sigint(int) {
  // A second Ctrl-C while the first is still unhandled (e.g. native code that never reaches a
  // safe point): fall back to the default action so the process can always be interrupted.
  if (g_pending_sigint.fetch_add(1) >= 1 && !g_handlers[SIGINT]) {
    ::signal(SIGINT, SIG_DFL);
    ::kill(::getpid(), SIGINT);
    return;
  }
  eval_breaker_raise(kBreakSignalsPending);
}

static void on_signal(int sig) {
  if (sig == SIGINT) return on_sigint(sig);
  g_pending[sig].store(true);
  eval_breaker_raise(kBreakSignalsPending);
}

static bool install_c_handler(int sig) {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: blocking waits return EINTR and look at the flags
  return ::sigaction(sig, &sa, nullptr) == 0;
}

void install_sigint_handler() {
  g_main_pthread = pthread_self();
  g_main_known = true;
  // As CPython: a SIGINT ignored by the parent (a background job, nohup) stays ignored.
  struct sigaction current {};
  if (::sigaction(SIGINT, nullptr, &current) == 0 && current.sa_handler == SIG_IGN) return;
  if (install_c_handler(SIGINT)) g_sigint_installed.store(true, std::memory_order_release);
}

bool sigint_handler_installed() { return g_sigint_installed.load(std::memory_order_acquire); }

void check_pending_signals() {
  eval_breaker_clear(kBreakSignalsPending);
  for (int sig = 1; sig < NSIG; sig++) {
    bool pending = sig == SIGINT ? g_pending_sigint.exchange(0) > 0 : g_pending[sig].exchange(false);
    if (!pending) continue;
    Value h = g_handlers[sig];
    if (!h) {
      if (sig == SIGINT) raise_empty(exc::KeyboardInterrupt);  // default_int_handler
      continue;
    }
    Ref num = int_from_i64(sig);
    try {
      call(h, {num, None()});
    } catch (...) {
      // Handlers still pending run at the next safe point.
      for (int s = sig + 1; s < NSIG; s++)
        if (g_pending[s].load() || (s == SIGINT && g_pending_sigint.load() > 0)) eval_breaker_raise(kBreakSignalsPending);
      throw;
    }
  }
}

void check_signals_in_main_thread() {
  if ((g_eval_breaker.load(std::memory_order_relaxed) & kBreakSignalsPending) && is_main_thread())
    check_pending_signals();
}

void interrupt_main_thread() {
  if (sigint_handler_installed() && g_main_known) {
    ::pthread_kill(g_main_pthread, SIGINT);
    return;
  }
  g_pending_sigint.fetch_add(1);
  eval_breaker_raise(kBreakSignalsPending);
}

void simulate_signal(int signum) {
  if (signum == SIGINT) return interrupt_main_thread();
  if (signum <= 0 || signum >= NSIG || !g_handlers[signum]) return;
  g_pending[signum].store(true);
  eval_breaker_raise(kBreakSignalsPending);
}

bool set_signal_action(int signum, Value handler, int action) {
  if (!g_main_known) {
    g_main_pthread = pthread_self();
    g_main_known = true;
  }
  if (handler) {
    if (!install_c_handler(signum)) return false;
    if (signum == SIGINT) g_sigint_installed.store(true, std::memory_order_release);
    g_handlers[signum] = Ref(handler);
    return true;
  }
  if (::signal(signum, action == 1 ? SIG_IGN : SIG_DFL) == SIG_ERR) return false;
  if (signum == SIGINT) g_sigint_installed.store(false, std::memory_order_release);
  g_handlers[signum] = nullptr;
  return true;
}

Value python_signal_handler(int signum) { return signum > 0 && signum < NSIG ? Value(g_handlers[signum]) : Value(); }

void signals_after_fork_child(bool was_main_thread) {
  g_main_pthread = pthread_self();
  g_main_known = true;
  g_pending_sigint.store(0);
  for (int sig = 1; sig < NSIG; sig++) g_pending[sig].store(false);
  eval_breaker_clear(kBreakSignalsPending);
  if (!was_main_thread) {
    sigset_t set;
    signals_routed_to_main(&set);
    pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  }
}

void signals_routed_to_main(sigset_t* set) {
  sigemptyset(set);
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGALRM, SIGUSR1, SIGUSR2, SIGCHLD, SIGWINCH, SIGVTALRM, SIGPROF})
    sigaddset(set, sig);
}

}  // namespace minipy
