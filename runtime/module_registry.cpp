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

static std::vector<FrozenModuleDef>& frozen_registry() {
  static std::vector<FrozenModuleDef> defs;  // filled during static initialization
  return defs;
}

FrozenModule::FrozenModule(const char* name, const char* source, bool is_package) {
  frozen_registry().push_back({name, source, is_package});
}

const std::vector<FrozenModuleDef>& frozen_modules() { return frozen_registry(); }

const FrozenModuleDef* find_frozen_module(std::string_view name) {
  for (const auto& d : frozen_registry())
    if (name == d.name) return &d;
  return nullptr;
}

}  // namespace minipy
