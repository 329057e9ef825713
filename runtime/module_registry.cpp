#include "runtime/module_registry.h"

namespace minipy {

static std::vector<BuiltinModuleDef>& registry() {
  static std::vector<BuiltinModuleDef> defs;  // filled during static initialization
  return defs;
}

BuiltinModule::BuiltinModule(const char* name, ModuleInitFn init) {
  registry().push_back({name, init});
}

const std::vector<BuiltinModuleDef>& builtin_modules() { return registry(); }

const BuiltinModuleDef* find_builtin_module(std::string_view name) {
  for (const auto& d : registry())
    if (name == d.name) return &d;
  return nullptr;
}

}  // namespace minipy
