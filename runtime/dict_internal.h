// The dict layout, shared by dict_object.cpp and dict_views.cpp (internal to runtime/).
#pragma once

#include <cstdint>


#include "runtime/abstract.h"
#include "runtime/small_vector.h"
#include "runtime/dict_object.h"
#include "runtime/str_object.h"

namespace minipy {

// CPython's compact dict: `indices` is an open-addressed hash table of positions into `entries`,
// which keeps insertion order. Deleted entries leave a hole (null key) until the next resize.
struct DictEntry {
  int64_t hash;
  Ref key;  // null = deleted
  Ref value;
};

// A new dict's first table (8 slots, 5 entries) lives inside the object: small dicts (instance
// __dict__s, keyword arguments) need no allocation beyond the object itself.
constexpr size_t kDictInlineSlots = 8;
constexpr size_t kDictInlineEntries = kDictInlineSlots * 2 / 3;
using DictIndices = SmallVector<int32_t, kDictInlineSlots>;
using DictEntries = SmallVector<DictEntry, kDictInlineEntries>;

struct DictObject : Object {
  DictIndices indices;  // empty until the first insertion; size is a power of two
  DictEntries entries;
  size_t used = 0;
  size_t dummies = 0;  // deleted index slots (they count against the load factor)
  uint64_t version = 0;
};

inline DictObject* as_dict(Value d) { return static_cast<DictObject*>(d.as_object()); }

extern TypeObject DictKeysType, DictValuesType, DictItemsType;
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

// dict_keys / dict_values / dict_items: a live view of one dict.
struct DictViewObject : Object {
  Ref dict;
};
Ref dict_view_new(Value d, TypeObject* type);

void init_dict_view_types();  // dict_views.cpp
Ref dict_iter_new(Value d, TypeObject* kind);  // one of the six iterator types

// Hash a key with the str fast path (cached hash).
inline int64_t dict_key_hash(Value key) {
  if (is_exact_str(key)) return str_hash(key);
  return hash_of(key);
}
bool dict_contains_key(Value d, Value key);
Value dict_get_hashed(Value d, Value key, int64_t hash);

}  // namespace minipy
