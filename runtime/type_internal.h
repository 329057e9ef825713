// Private to the type system: the table that links each slot of TypeObject to its dunder name(s),
// the wrapper that exposes a built-in slot as a Python method, and the generic function that a
// heap type puts in the slot when a class defines the dunder in Python.
#pragma once

#include <cstddef>

#include "runtime/descriptors.h"
#include "runtime/object.h"

namespace minipy {

struct SlotDef {
  const char* name;   // the dunder
  size_t offset;      // of the slot field in TypeObject
  WrapperFn wrapper;  // exposes a built-in slot function under `name`
  void* generic;      // heap-type slot function that calls the dunder
  int op;             // CmpOp or BinOp, for shared slots
};

const SlotDef* slot_defs_begin();
size_t slot_defs_size();

inline void*& slot_field(TypeObject* t, size_t offset) {
  return *reinterpret_cast<void**>(reinterpret_cast<char*>(t) + offset);
}

// Recompute every dunder-backed slot of a heap type from its MRO.
void update_all_slots(TypeObject* t);
// Record a heap type as a subclass of each of its bases (and forget it again).
void register_subclass(TypeObject* base, TypeObject* sub);
void unregister_subclass(TypeObject* base, TypeObject* sub);
uint64_t next_type_version();
Value new_wrapper_native(TypeObject* t);  // the `__new__` builtin of a static type
Ref tp_new_wrapper(Value self, const Value* args, size_t nargs, Value kwnames);
Ref type_new_slot(TypeObject* meta, const Value* args, size_t nargs, Value kwnames);
void subtype_dealloc(Object* o);
void forget_slot_offsets(TypeObject* t);  // a heap type with __slots__ is going away
Ref compute_mro(TypeObject* t);  // C3 over t->bases
// A static type with more than one base (ExceptionGroup): declare the extra bases in phase 1.
void static_type_add_base(TypeObject* t, TypeObject* extra);
// Run `fn` at the end of static_types_ready (to add objects to built-in type dicts). Phase 1 only.
void static_types_after_ready(void (*fn)());

}  // namespace minipy
