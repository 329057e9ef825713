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

// Frozen modules: Python source compiled into the binary (stdlib/py/<name>.py, embedded by CMake
// as build/frozen/frozen_<name>.cpp). The import system runs the source as a module named `name`
// with the file name "<frozen name>", like CPython's frozen modules. A package is a folder:
// stdlib/py/a/b/__init__.py is package "a.b", stdlib/py/a/b/c.py its submodule "a.b.c".
struct FrozenModuleDef {
  const char* name;
  const char* source;  // NUL-terminated UTF-8
  bool is_package;
};

const FrozenModuleDef* find_frozen_module(std::string_view name);
const std::vector<FrozenModuleDef>& frozen_modules();

// In a generated file:  static FrozenModule reg("threading", kSource, false);
struct FrozenModule {
  FrozenModule(const char* name, const char* source, bool is_package);
};

}  // namespace minipy
