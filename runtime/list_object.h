// list: a growable array of references.
//
// Native code that walks `items` must re-check the size after any call that can run Python code
// (comparisons, __eq__, key functions): the list may have been changed underneath.
#pragma once

#include <cstddef>
#include <vector>

#include "runtime/object.h"

namespace minipy {

extern TypeObject ListType;

struct ListObject : Object {
  std::vector<Ref> items;
};

Ref list_new(size_t reserve = 0);
Ref list_from_array(const Value* items, size_t n);
Ref list_from_iterable(Value iterable);
void list_append(Value list, Value item);
void list_extend(Value list, Value iterable);
Ref list_as_tuple(Value list);
void list_sort(Value list, Value key, bool reverse);  // stable; CPython's errors on mutation
inline bool is_exact_list(Value v) { return v.is_object() && v.as_object()->type == &ListType; }
bool is_list(Value v);
inline std::vector<Ref>& list_items(Value l) { return static_cast<ListObject*>(l.as_object())->items; }

}  // namespace minipy
