// SIGINT -> KeyboardInterrupt. The host installs the handler (the REPL, and scripts run by the
// minipy program); the handler only records the signal and raises the eval breaker's
// kBreakSignalsPending bit. The VM calls check_pending_signals() at its eval-breaker safe point,
// which raises KeyboardInterrupt in the main thread.
#pragma once

#include <atomic>

namespace minipy {

extern std::atomic<int> g_pending_sigint;
void install_sigint_handler();
void check_pending_signals();  // throws KeyboardInterrupt when a SIGINT is pending

}  // namespace minipy
