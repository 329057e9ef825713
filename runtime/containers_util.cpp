// Shared container helpers: the repr recursion guard, unhashable hash slot, iterable collection.
#include <algorithm>

#include "runtime/containers_internal.h"
#include "runtime/gc.h"
#include "runtime/list_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

// One stack per OS thread: each thread holds the GIL while it formats, but a thread switch in the
// middle of a repr (inside a user __repr__) must not make another thread's containers look recursive.
static thread_local std::vector<Object*> t_repr_stack;

ReprGuard::ReprGuard(Object* o) : o_(o) {
  recursive_ = std::find(t_repr_stack.begin(), t_repr_stack.end(), o) != t_repr_stack.end();
  if (!recursive_) t_repr_stack.push_back(o);
}

ReprGuard::~ReprGuard() {
  if (recursive_) return;
  // Usually the top; search from the end in case an exception unwound out of order.
  for (size_t i = t_repr_stack.size(); i-- > 0;) {
    if (t_repr_stack[i] == o_) {
      t_repr_stack.erase(t_repr_stack.begin() + i);
      break;
    }
  }
}

namespace {
constexpr int kTrashcanDepth = 50;
thread_local int t_dealloc_depth = 0;
thread_local std::vector<std::pair<Object*, void (*)(Object*)>>* t_deferred = nullptr;
}  // namespace

void trashcan_dealloc(Object* o, void (*real_dealloc)(Object*)) {
  // Out of the collector's list first: releasing the items runs __del__ methods, and a
  // collection they trigger must not see this dead object (nor one queued below).
  if (gc_is_tracked(o)) gc_untrack(o);
  if (t_dealloc_depth >= kTrashcanDepth) {
    if (!t_deferred) t_deferred = new std::vector<std::pair<Object*, void (*)(Object*)>>();
    t_deferred->emplace_back(o, real_dealloc);
    return;
  }
  ++t_dealloc_depth;
  real_dealloc(o);
  --t_dealloc_depth;
  if (t_dealloc_depth == 0 && t_deferred) {
    // Drain; each freed object may queue more (LIFO keeps the queue short for chains).
    while (!t_deferred->empty()) {
      auto [obj, fn] = t_deferred->back();
      t_deferred->pop_back();
      ++t_dealloc_depth;
      fn(obj);
      --t_dealloc_depth;
    }
  }
}

int64_t hash_not_implemented(Value v) { raisef(exc::TypeError, "unhashable type: '%s'", std::string(type_name(v)).c_str()); }

std::vector<Ref> collect_iterable(Value iterable) {
  std::vector<Ref> out;
  if (is_exact_list(iterable)) {
    auto& items = list_items(iterable);
    out.reserve(items.size());
    for (size_t i = 0; i < items.size(); i++) out.push_back(items[i]);
    return out;
  }
  if (is_exact_tuple(iterable)) {
    size_t n = tuple_size(iterable);
    out.reserve(n);
    for (size_t i = 0; i < n; i++) out.emplace_back(tuple_item(iterable, i));
    return out;
  }
  Ref it = get_iter(iterable);
  while (Ref item = iter_next(it)) out.push_back(std::move(item));
  return out;
}

std::string repr_join(const Value* items, size_t n, const char* open, const char* close) {
  std::string s = open;
  for (size_t i = 0; i < n; i++) {
    if (i) s += ", ";
    s += repr_utf8(items[i]);
  }
  s += close;
  return s;
}

}  // namespace minipy
