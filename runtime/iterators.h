// The iterator types of the built-in containers and the iteration builtins, with the layouts the
// VM may use for fast paths (FOR_ITER over a list, tuple or range without a call through slots).
#pragma once

#include <cstdint>

#include "runtime/list_object.h"
#include "runtime/object.h"
#include "runtime/tuple_object.h"

namespace minipy {

extern TypeObject ListIterType, ListRevIterType, TupleIterType, RangeIterType, SeqIterType, CallableIterType,
    EnumerateType, ZipType, MapType, FilterType, ReversedType;
extern TypeObject GenericAliasType;  // types.GenericAlias (list[int], dict[str, int], ...)
extern TypeObject SetIterType;

// list_iterator / tuple_iterator: `seq` is dropped once exhausted.
struct IndexIterObject : Object {
  Ref seq;
  size_t index;
};

// Fast FOR_ITER for exact list/tuple iterators: the next item (new reference) or null at the end.
inline Ref list_iter_next_fast(Value it) {
  auto* o = static_cast<IndexIterObject*>(it.as_object());
  if (o->seq) {
    auto& items = list_items(o->seq);
    if (o->index < items.size()) return items[o->index++];
    o->seq.reset();
  }
  return Ref();
}
inline Ref tuple_iter_next_fast(Value it) {
  auto* o = static_cast<IndexIterObject*>(it.as_object());
  if (o->seq) {
    if (o->index < tuple_size(o->seq)) return Ref(tuple_item(o->seq, o->index++));
    o->seq.reset();
  }
  return Ref();
}
// Fast FOR_ITER for a range_iterator: false at the end, else the next value in *out.
bool range_iter_fast(Value it, int64_t* out);

// iter(obj) for an object with __getitem__ but no __iter__ (the legacy sequence protocol).
Ref seq_iter_new(Value seq);
// iter(callable, sentinel).
Ref callable_iter_new(Value callable, Value sentinel);

}  // namespace minipy
