// Helpers shared by the container implementations (tuple, list, dict, set, range, iterators).
// Internal to runtime/: not a contract for other parts.
#pragma once

#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"

namespace minipy {

// Py_ReprEnter/Py_ReprLeave: a container being repr'd is on this per-thread stack, so a container
// that contains itself prints "[...]" instead of recursing forever.
class ReprGuard {
 public:
  explicit ReprGuard(Object* o);
  ~ReprGuard();
  bool recursive() const { return recursive_; }

 private:
  Object* o_;
  bool recursive_;
};

inline Ref not_implemented() { return Ref(NotImplemented()); }

// Drop a batch of references last-to-first, the order in which CPython's list and tuple release
// their items (visible through __del__ side effects).
inline void release_reverse(std::vector<Ref>& v) {
  while (!v.empty()) v.pop_back();
}
inline Ref str_from(const std::string& s) { return str_new(s); }

// CPython's "trashcan": deallocating a deeply nested container (a list of a list of ... 100000
// deep, a linked list of tuples) would recurse once per level and overflow the C stack. Container
// deallocs go through here: past a fixed nesting depth the object (refcount 0, untouched) is
// queued and freed by the outermost dealloc once the recursion has unwound.
void trashcan_dealloc(Object* o, void (*real_dealloc)(Object*));

// Can v be used as an index (int, bool or anything with __index__)?
inline bool has_index(Value v) { return v.is_small_int() || type_of(v)->nb_index != nullptr || is_int(v); }

// v as an index for sequence subscripts: small ints directly, otherwise __index__ with IndexError
// "cannot fit 'int' into an index-sized integer" for huge values.
inline int64_t index_value(Value v) {
  if (v.is_small_int()) return v.small_int_value();
  return as_ssize(v);
}

// The hash slot of unhashable mutable containers: "unhashable type: 'list'".
int64_t hash_not_implemented(Value v);

// Iterate any iterable into a vector of owned references (fast paths for list and tuple).
std::vector<Ref> collect_iterable(Value iterable);

// types.GenericAlias support for `list[int]` and friends (generic_alias.cpp).
Ref generic_alias_new(Value origin, Value args);
Ref class_getitem(Value cls, const Value* args, size_t nargs, Value kwnames);

// Growth-free repr joining: "<open>a, b<close>".
std::string repr_join(const Value* items, size_t n, const char* open, const char* close);

// The iterators of the built-in sequences (iterators.cpp).
Ref list_iter_new(Value list);
Ref list_reverse_iter_new(Value list);
Ref tuple_iter_new(Value tuple);

// Set algebra used by the dict views (set_object.cpp): result = set(a); result op= b.
Ref set_from_iterable(Value iterable);
void set_update_from(Value set, Value other);
void set_intersection_update_from(Value set, Value other);
void set_difference_update_from(Value set, Value other);
void set_symmetric_difference_update_from(Value set, Value other);

}  // namespace minipy
