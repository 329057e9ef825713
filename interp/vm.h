// The bytecode virtual machine: public entry points for the rest of the interpreter.
#pragma once

#include <string>
#include <string_view>

#include "interp/code.h"
#include "interp/frame.h"
#include "runtime/object.h"

namespace minipy {

// Run a code object (module, class body, exec/eval code) with the given namespaces. `locals` may
// be null for function-like code; for module code pass the globals dict as locals.
Ref eval_code(Value code, Value globals, Value locals);

// Call a Python function object (the `function` type's call slot).
Ref call_function(Value func, const Value* args, size_t nargs, Value kwnames);

// Run a prepared frame until it returns (or yields, for generator frames: *yielded tells which).
// `throw_exc` non-null: raise that exception at the frame's current instruction first.
Ref eval_frame(Frame* f, Value throw_exc, bool* yielded);

// The innermost running Python frame of this thread (null if none).
Frame* current_frame();
// globals()/locals() of the innermost frame; locals() of a function frame is a fresh snapshot.
Ref frame_globals(Frame* f);
Ref frame_locals(Frame* f);

// Write CPython's report of an uncaught exception to sys.stderr (fd 2 when sys.stderr is unset).
void print_exception(Value exc, bool chain = true);

// Implicit exception chaining: set exc.__context__ to the exception being handled (cycle-safe).
void chain_exception_context(Value exc);

// Attributes of exception instances (via the types helper's BaseException layout).
Ref exc_traceback(Value exc);
void exc_set_traceback(Value exc, Value tb);
Ref exc_context(Value exc);
void exc_set_context(Value exc, Value ctx);
Ref exc_cause(Value exc);
void exc_set_cause(Value exc, Value cause);
bool exc_suppress_context(Value exc);
void exc_set_suppress_context(Value exc, bool on);

}  // namespace minipy
