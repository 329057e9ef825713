// SIGINT -> KeyboardInterrupt. The host installs the handler (the REPL, and scripts run by the
// minipy program); the handler only records the signal and raises the eval breaker's
// kBreakSignalsPending bit. The VM calls check_pending_signals() at its eval-breaker safe point,
// which raises KeyboardInterrupt in the main thread.
#pragma once

#include <atomic>
#include <cstdint>

namespace minipy {

extern std::atomic<int> g_pending_sigint;
void install_sigint_handler();
void check_pending_signals();  // throws KeyboardInterrupt when a SIGINT is pending
// The same, but only in the main thread (only it handles signals, as in CPython). Blocking calls
// call it when a wait returned EINTR, so Ctrl-C interrupts sleep, lock waits, joins and reads.
void check_signals_in_main_thread();
bool sigint_handler_installed();
// _thread.interrupt_main(): deliver SIGINT to the main thread (waking it from a blocking wait)
// when minipy's handler is installed; otherwise only record it, as CPython simulates it.
void interrupt_main_thread();
// Threads started by minipy block SIGINT so the kernel always delivers it to the main thread.
void block_sigint_in_this_thread();

}  // namespace minipy
