// The builtins module is assembled from pieces each part registers for itself: functions
// (len, print, sorted, ...) and the built-in types under their Python names (int, list, ...).
// In any runtime/ or stdlib/ file:
//   static const MethodDef kListBuiltins[] = {{"len", builtin_len}, {"sorted", builtin_sorted}, {}};
//   static BuiltinFunctions reg_list_fns(kListBuiltins);
//   static BuiltinType reg_list_type("list", &ListType);
// The interpreter builds one builtins module per interpreter from these lists (make_builtins_module).
#pragma once

#include <vector>

#include "runtime/object.h"

namespace minipy {

struct BuiltinFunctions {
  explicit BuiltinFunctions(const MethodDef* defs);  // ends at name == nullptr
};
struct BuiltinType {
  BuiltinType(const char* name, TypeObject* type);
};
// Any other builtins-module value (constants such as NotImplemented), made per interpreter.
struct BuiltinValue {
  BuiltinValue(const char* name, Value (*make)());
};

struct BuiltinRegistry {
  std::vector<const MethodDef*> function_tables;
  std::vector<std::pair<const char*, TypeObject*>> types;
  std::vector<std::pair<const char*, Value (*)()>> values;
};
const BuiltinRegistry& builtin_registry();

// Create a builtins module from the registry (exceptions included: they are registered types).
Ref make_builtins_module();

}  // namespace minipy
