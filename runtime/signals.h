// Signals, CPython style: the C-level handler only records that signal N arrived and raises the
// eval breaker's kBreakSignalsPending bit; the main thread runs the Python-level handler at its
// next safe point (or when a blocking wait it is in returns EINTR). SIGINT's default Python
// handler raises KeyboardInterrupt. Threads started by minipy block the signals Python code can
// handle, so the kernel delivers them to the main thread and wakes it from its waits.
#pragma once

#include <signal.h>

#include <atomic>
#include <cstdint>

#include "runtime/object.h"

namespace minipy {

extern std::atomic<int> g_pending_sigint;  // SIGINTs not yet handled (the REPL clears it)

// The minipy program installs SIGINT's handler at start-up (unless the parent ignored SIGINT).
void install_sigint_handler();
bool sigint_handler_installed();

// Run the Python handlers of the pending signals (KeyboardInterrupt for SIGINT's default one).
// Main thread only: check_signals_in_main_thread() is the form blocking calls use after EINTR.
void check_pending_signals();
void check_signals_in_main_thread();

// _thread.interrupt_main(): deliver SIGINT to the main thread (waking it from a blocking wait)
// when minipy's handler is installed; otherwise only record it, as CPython simulates it.
void interrupt_main_thread();
// Act as if `signum` arrived (its Python handler runs at the main thread's next safe point).
void simulate_signal(int signum);

// The signal module's view. `handler` is a Python callable, or null with `action` SIG_DFL /
// SIG_IGN. Returns false when the OS refuses (errno set).
bool set_signal_action(int signum, Value handler, int action);
Value python_signal_handler(int signum);  // the callable set by signal.signal, or null
// In a forked child: the calling thread becomes the one that handles signals (unblocking them if
// it was not the main thread), and signals pending in the parent are dropped (CPython does too).
void signals_after_fork_child(bool was_main_thread);
// The signals a new thread must block (see the header comment).
void signals_routed_to_main(sigset_t* set);

}  // namespace minipy
