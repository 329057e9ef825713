// Built-in (native) modules plug in here: each stdlib/ file registers itself with a static
// BuiltinModule object, and the import system asks the registry before searching sys.path.
#pragma once

#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace minipy {

// Build the module object (a fresh one per interpreter).
using ModuleInitFn = Ref (*)();

struct BuiltinModuleDef {
  const char* name;
  ModuleInitFn init;
};

const BuiltinModuleDef* find_builtin_module(std::string_view name);
const std::vector<BuiltinModuleDef>& builtin_modules();

// In a stdlib/ file:  static BuiltinModule reg("math", &make_math_module);
struct BuiltinModule {
  BuiltinModule(const char* name, ModuleInitFn init);
};

}  // namespace minipy
