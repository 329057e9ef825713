// Type-system helpers beyond object.h/abstract.h: type checks, heap-type creation, special-method
// calls, and change notification (runtime/type_object.cpp, type_heap.cpp, static_types.cpp).
#pragma once

#include <string>

#include "runtime/misc_objects.h"
#include "runtime/object.h"

namespace minipy {

inline bool is_type(Value v) { return v.is_object() && v.as_object()->type->has_flag(kTypeTypeSubclass); }
inline TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }
inline Value type_value(TypeObject* t) { return Value(static_cast<Object*>(t)); }

// __name__, __qualname__ and __module__ of a type as C++ strings ("builtins" for built-ins).
std::string type_qualname(TypeObject* t);
std::string type_module_name(TypeObject* t);
// "mod.Qualname", or just "Qualname" for builtins: what reprs and tracebacks print.
std::string type_full_name(TypeObject* t);

// Call the special method `name` looked up on type(self) (not the instance), binding self.
// Returns null when the type has no such attribute.
Ref call_special(Value self, Value name, const Value* args, size_t nargs);
// Look up and bind a special method (null when absent).
Ref lookup_special(Value self, Value name);

// type(name, bases, dict) for metatype `meta`; kwargs go to __init_subclass__.
Ref type_new_impl(TypeObject* meta, Value name, Value bases, Value dict, const Value* kwvalues,
                  Value kwnames);
// Call after changing a type's dict from C++: bumps versions, re-derives slots for dunders.
void type_modified(TypeObject* t, Value name = Value());
// Direct subclasses (borrowed), in creation order.
Ref type_subclasses(TypeObject* t);

// How a heap type finds the module name for `__module__` when the class namespace lacks one
// (CPython reads the calling frame's globals). The VM installs it; null means "builtins".
extern Ref (*g_current_module_name_hook)();

// The VM's function type (installed by interp/type_hooks.cpp): like method descriptors, calling a
// function found on a class with self prepended equals calling the bound method, so dunder calls
// skip creating one.
extern TypeObject* g_function_type;

// The slots of object, reused by other types.
Ref object_repr(Value self);
Ref object_str(Value self);
int64_t object_hash(Value self);
Ref object_richcompare(Value a, Value b, CmpOp op);
Ref object_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames);
void object_init(Value self, const Value* args, size_t nargs, Value kwnames);
int64_t hash_not_implemented(Value self);  // "unhashable type: 'list'"
int64_t hash_pointer(const void* p);        // CPython's _Py_HashPointer

// "<__main__.A object at 0x7f...>"-style address formatting.
std::string address_string(const void* p);

}  // namespace minipy
