// The import system: sys.modules, built-in modules, .py modules and packages along sys.path.
#pragma once

#include <string_view>

#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace minipy {

// The IMPORT_NAME operation (and builtins.__import__): import `name` relative to the package of
// `globals` at `level`, returning the top-level package or, with a non-empty fromlist, the module.
Ref import_name(Value name, Value globals, Value locals, Value fromlist, int level);
// Import by absolute dotted name and return the leaf module (importlib.import_module).
Ref import_module(std::string_view name);
// IMPORT_FROM: getattr with the submodule fallback and CPython's ImportError message.
Ref import_from(Value module, Value name);
// IMPORT_STAR: copy public names (or __all__) into `locals`.
void import_star(Value module, Value locals);
// `python -m name`: run the module (or package __main__) as __main__. Returns nothing; raises.
void run_module_as_main(std::string_view name);
// sys.modules (the interpreter's module dict; borrowed).
Value sys_modules();

// In a forked child (posix.fork): forget the imports other (vanished) threads were running.
void import_after_fork_child(ThreadState* ts);

}  // namespace minipy
