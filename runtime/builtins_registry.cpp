#include "runtime/builtins_registry.h"

#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"

namespace minipy {

static BuiltinRegistry& registry() {
  static BuiltinRegistry r;  // filled during static initialization
  return r;
}

BuiltinFunctions::BuiltinFunctions(const MethodDef* defs) { registry().function_tables.push_back(defs); }
BuiltinType::BuiltinType(const char* name, TypeObject* type) { registry().types.emplace_back(name, type); }
BuiltinValue::BuiltinValue(const char* name, Value (*make)()) { registry().values.emplace_back(name, make); }

const BuiltinRegistry& builtin_registry() { return registry(); }

Ref make_builtins_module() {
  Ref mod = module_new("builtins");
  Value d = module_dict(mod);
  for (const MethodDef* table : registry().function_tables) module_add_functions(mod, table);
  for (auto& [n, t] : registry().types) dict_set_str(d, n, Value(static_cast<Object*>(t)));
  for (auto& [n, make] : registry().values) dict_set_str(d, n, make());
  return mod;
}

}  // namespace minipy
