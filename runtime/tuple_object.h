// tuple: an immutable array of references, stored inline.
#pragma once

#include <cstddef>
#include <initializer_list>

#include "runtime/object.h"

namespace minipy {

extern TypeObject TupleType;

struct TupleObject : Object {
  int64_t hash_cache;  // reserved
  size_t size;
  Value items[1];  // `size` owned references follow (the array extends past the struct)
};

Ref tuple_new(size_t n);  // items are null: fill each with tuple_init_item
// Store into a fresh tuple's empty slot, taking the reference.
inline void tuple_init_item(Value t, size_t i, Ref v) {
  static_cast<TupleObject*>(t.as_object())->items[i] = v.release();
}
Ref tuple_from(std::initializer_list<Value> items);
Ref tuple_from_array(const Value* items, size_t n);
Ref tuple_from_iterable(Value iterable);
Ref empty_tuple();
inline bool is_exact_tuple(Value v) { return v.is_object() && v.as_object()->type == &TupleType; }
bool is_tuple(Value v);
inline size_t tuple_size(Value t) { return static_cast<TupleObject*>(t.as_object())->size; }
inline Value tuple_item(Value t, size_t i) { return static_cast<TupleObject*>(t.as_object())->items[i]; }
inline Value* tuple_items(Value t) { return static_cast<TupleObject*>(t.as_object())->items; }

}  // namespace minipy
