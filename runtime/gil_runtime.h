// How the runtime uses gil/: one process-wide GIL (several interpreters in one process share it,
// as CPython's did before 3.12), taken and dropped on behalf of a ThreadState.
//
// Who holds it: a thread runs Python code or touches objects only while holding the GIL. The
// embedding API takes it for the duration of each call (nested calls on one OS thread count, so
// a native function called from Python may call back into the API); threads started by _thread
// take it when they start and drop it when they end. It is dropped in between at the eval loop's
// safe points when another thread asked for it (gil_yield) and around blocking calls
// (runtime/blocking.h).
#pragma once

#include <string>

#include "gil/gil.h"
#include "runtime/thread_state.h"

namespace minipy {

gil::Gil& the_gil();

// In a forked child (runtime/fork.h): a fresh GIL with the old one's settings, held by `ts`.
void gil_after_fork_child(ThreadState* ts);

// Take the GIL for `ts`. If ts's interpreter is finalizing and ts is not the finalizing thread,
// never returns (the thread parks forever without touching objects).
void gil_take(ThreadState* ts);
void gil_drop(ThreadState* ts, gil::DropReason reason);
// The holder saw the drop request at a safe point: let another thread run, then continue.
void gil_yield(ThreadState* ts);

// Under the deterministic policy, a thread about to wait for a lock instead passes its turn to the
// next thread in the ring (and retries on its next turn), so lock waits interleave identically on
// every run. Returns false (block normally) under other policies or when no other thread can run.
bool gil_pass_turn(ThreadState* ts);

// sys.setswitchinterval / sys.getswitchinterval (seconds); takes effect from the next wait.
void set_switch_interval(double seconds);
double switch_interval();

// The GIL policy (gil/gil.h): by name, with N for ticks / deterministic (0 keeps the current N).
// Returns an error message, empty on success.
std::string set_gil_policy(const std::string& name, int ticks);
std::string gil_policy_name();

// Nesting of "this OS thread holds the GIL" for the embedding API (see interp/interpreter.cpp).
extern constinit thread_local int t_gil_depth;

// Park the calling thread forever (a daemon thread at interpreter exit). Holds no GIL.
[[noreturn]] void park_forever();

}  // namespace minipy
