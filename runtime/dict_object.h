// dict: insertion-ordered hash table (CPython's compact layout: an index table over an entry array).
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace minipy {

extern TypeObject DictType;
struct DictObject;

Ref dict_new();
inline bool is_exact_dict(Value v) { return v.is_object() && v.as_object()->type == &DictType; }
bool is_dict(Value v);
size_t dict_size(Value d);
// Lookups return a borrowed value or null when absent; they throw only if hashing or __eq__ throws.
Value dict_get(Value d, Value key);
// Attribute fast paths (LOAD_ATTR/STORE_ATTR inline caches): `*hint` remembers the entry index
// where `key` (an interned str) was last found in dicts seen at this site. A hit costs one
// identity compare instead of a hash probe; a miss falls back to the probe and updates the hint.
Value dict_get_hinted(Value d, Value key, uintptr_t* hint);
void dict_set_hinted(Value d, Value key, Value v, uintptr_t* hint);
Value dict_get_str(Value d, std::string_view key);  // convenience for C++ callers
void dict_set(Value d, Value key, Value v);
void dict_set_str(Value d, std::string_view key, Value v);
bool dict_del(Value d, Value key);  // false when absent
void dict_clear(Value d);
Ref dict_copy(Value d);
void dict_update(Value d, Value other);  // dict.update(other) for a mapping or iterable of pairs
// Iterate: size_t pos = 0; Value k, v; while (dict_next(d, pos, k, v)) { ... }
bool dict_next(Value d, size_t& pos, Value& key, Value& value);
// Version tag bumped on every mutation (globals/builtins caches key on it).
uint64_t dict_version(Value d);

}  // namespace minipy
