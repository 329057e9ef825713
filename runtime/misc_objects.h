// Small built-in types used across the runtime: set/frozenset, range, slice, module, cell,
// bound method, and the descriptor types.
#pragma once

#include <string_view>

#include "runtime/object.h"

namespace minipy {

extern TypeObject SetType, FrozenSetType, RangeType, SliceType, ModuleType, CellType,
    MethodType, PropertyType, ClassMethodType, StaticMethodType, NativeFunctionType,
    MethodDescriptorType, NoneType, NotImplementedType, EllipsisType, ObjectType, TypeType,
    SuperType, BaseExceptionType;

// set / frozenset (CPython's open-addressing table, so iteration order matches CPython's).
Ref set_new(TypeObject* type = &SetType);
void set_add(Value set, Value key);
bool set_contains(Value set, Value key);
bool set_discard(Value set, Value key);
size_t set_size(Value set);
bool set_next(Value set, size_t& pos, Value& key);
// set |= iterable with CPython's _PySet_Update (a set/dict argument presizes the table first,
// which decides the iteration order: SET_UPDATE must use this, not repeated set_add).
void set_update(Value set, Value iterable);

// slice
struct SliceObject : Object {
  Ref start, stop, step;
};
Ref slice_new(Value start, Value stop, Value step);
// Resolve a slice against a length: CPython's PySlice_GetIndicesEx. Returns the slice length.
int64_t slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step);

// range
Ref range_new(int64_t start, int64_t stop, int64_t step);

// module
struct ModuleObject : Object {
  Ref dict;  // the module's globals
  Ref name;
  bool from_python = false;  // made by types.ModuleType(...): repr "<module 'x'>", not "(built-in)"
};
Ref module_new(std::string_view name);
inline Value module_dict(Value m) { return static_cast<ModuleObject*>(m.as_object())->dict; }
// Add a native function to a module's namespace.
void module_add_function(Value module, const MethodDef& def);
void module_add_functions(Value module, const MethodDef* defs);  // ends at name == nullptr

// cell (closures)
struct CellObject : Object {
  Ref contents;  // null = empty
};
Ref cell_new(Value contents);

// bound method: a callable bound to `self`
struct MethodObject : Object {
  Ref func, self;
};
Ref method_new(Value func, Value self);

// A native function (builtin_function_or_method).
struct NativeFunctionObject : Object {
  const MethodDef* def;
  Ref self;    // module or bound object, may be null
  Ref module;  // __module__ name, may be null
};
Ref native_function_new(const MethodDef* def, Value self, Value module_name);

}  // namespace minipy
