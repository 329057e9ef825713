// Helpers shared by the VM's source files (not a public API).
#pragma once

#include "interp/frame.h"
#include "interp/function.h"
#include "runtime/object.h"

namespace minipy {

// Bind a call's arguments into a fresh frame's fast locals (and cells/frees). `self` non-null is
// an extra first positional argument (bound methods). Raises TypeError as CPython does.
void bind_arguments(Frame* f, FunctionObject* fn, Value self, const Value* args, size_t nargs,
                    Value kwnames);
// Allocate a frame for calling fn and bind the arguments (the frame is freed if binding fails).
Frame* make_call_frame(FunctionObject* fn, Value self, const Value* args, size_t nargs, Value kwnames,
                       bool on_heap);
// Create cells for a fresh frame (cell2arg moves arguments into their cells) and copy the closure.
void init_cells(Frame* f, FunctionObject* fn);

// Run a function's code with an explicit locals mapping (class bodies).
Ref run_function_with_locals(FunctionObject* fn, Value locals);

// "f()" as CPython names a function in call errors ("__main__.k()" style for some).
std::string function_call_name(Value callable);

// The eval breaker's slow path (GC, later the GIL and signals).
void handle_eval_breaker();

}  // namespace minipy
