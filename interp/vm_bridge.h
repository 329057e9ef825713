// TEMPORARY: the VM entry points the host layer uses, declared exactly as the VM part's
// interp/vm.h and interp/import.h declare them (not on main yet). vm_bridge.cpp holds weak
// fallbacks; the real definitions replace them at link time. Delete once vm.h is on main.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace minipy {

Ref eval_code(Value code, Value globals, Value locals);
void print_exception(Value exc);
void run_module_as_main(std::string_view name);

}  // namespace minipy
