// The cycle collector. Reference counting frees most objects at once; this finds the rest:
// unreachable cycles among container objects (types with kTypeGC).
//
// Every GC object has a hidden GcHeader just before it, linking it into the list of tracked
// objects. A collection runs only at a safe point of the eval loop (the same check where a thread
// drops the GIL), never inside native code: allocation merely *schedules* a collection by raising
// the eval breaker. The algorithm is CPython's: copy refcounts, subtract references internal to
// the tracked set (via `traverse`), what keeps a positive count is reachable from outside, and
// everything reachable from it survives; the rest is garbage and is broken up with `clear`.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace minipy {

struct GcHeader {
  GcHeader* next;
  GcHeader* prev;
  intptr_t gc_refs;  // scratch during a collection; kUntracked when not in the list
};
constexpr intptr_t kGcUntracked = -2;

inline GcHeader* gc_header(Object* o) { return reinterpret_cast<GcHeader*>(o) - 1; }
inline Object* gc_object(GcHeader* h) { return reinterpret_cast<Object*>(h + 1); }

// Does `o` carry a GcHeader? Instances of GC types do, except type objects: `type` is a GC type so
// that classes (heap types) are collected, but the static built-in types are plain C++ globals
// without a header (CPython's tp_is_gc for types).
inline bool object_is_gc(Object* o) {
  TypeObject* t = o->type;
  if (!(t->flags & kTypeGC)) return false;
  return !(t->flags & kTypeTypeSubclass) || (static_cast<TypeObject*>(o)->flags & kTypeHeapType);
}

void gc_track(Object* o);    // objects of GC types are tracked at allocation
void gc_untrack(Object* o);  // the dealloc path untracks before tearing down
bool gc_is_tracked(Object* o);

// Run a full collection now. Returns the number of unreachable objects found.
// Call only from a safe point (eval loop, gc.collect(), interpreter shutdown).
size_t gc_collect();
// Called by the eval loop's breaker when a collection was scheduled.
void gc_collect_if_scheduled();
bool gc_is_enabled();
size_t gc_tracked_count();  // objects currently tracked (for tests and gc.get_count())
void gc_set_enabled(bool on);
size_t gc_allocation_count();  // GC allocations since the last collection (gc.get_count()[0])
// The floor of the adaptive threshold (gc.set_threshold's threshold0); 0 = no automatic collection.
void gc_set_min_threshold(size_t n);
// Call fn on every tracked object (a snapshot of the list: fn may allocate; it must not free).
void gc_for_each_tracked(void (*fn)(Object*, void*), void* arg);

}  // namespace minipy
