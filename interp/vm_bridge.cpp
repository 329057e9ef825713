// Weak fallbacks for vm_bridge.h until the VM part lands.
#include "interp/vm_bridge.h"

#include <cstdio>
#include <string>

#include "runtime/abstract.h"
#include "runtime/error.h"

namespace minipy {

__attribute__((weak)) Ref eval_code(Value, Value, Value) {
  raise(exc::SystemError, "the VM is not available yet");
}
__attribute__((weak)) void print_exception(Value exc) {
  std::string msg = str_utf8(exc);
  std::fprintf(stderr, "%s%s%s\n", std::string(type_name(exc)).c_str(), msg.empty() ? "" : ": ", msg.c_str());
}
__attribute__((weak)) void run_module_as_main(std::string_view) {
  raise(exc::SystemError, "the import system is not available yet");
}

}  // namespace minipy
