// The cycle collector (see gc.h for the contract). One generation: a collection is scheduled when
// the GC objects allocated since the last one outnumber max(kMinThreshold, survivors of the last
// one), which keeps the total work linear in the allocation rate.
#include "runtime/gc.h"

#include <vector>

#include "runtime/abstract.h"
#include "runtime/eval_breaker.h"
#include "runtime/exceptions.h"
#include "runtime/heap_internal.h"
#include "runtime/str_object.h"
#include "runtime/type_object.h"

namespace minipy {

namespace {

constexpr intptr_t kReachable = -3;
constexpr size_t kMinThreshold = 10000;
// The finalized flag (an object's __del__ already ran) lives in the low bit of `prev`, which is
// always at least 8-byte aligned.
constexpr uintptr_t kFinalizedBit = 1;

GcHeader g_list = {&g_list, &g_list, 0};  // circular, sentinel
size_t g_tracked = 0;
size_t g_allocs_since = 0;
size_t g_min_threshold = kMinThreshold;  // gc.set_threshold() may lower it
size_t g_threshold = kMinThreshold;
bool g_enabled = true;
bool g_collecting = false;

GcHeader* prev_of(GcHeader* h) {
  return reinterpret_cast<GcHeader*>(reinterpret_cast<uintptr_t>(h->prev) & ~kFinalizedBit);
}
void set_prev(GcHeader* h, GcHeader* p) {
  uintptr_t bit = reinterpret_cast<uintptr_t>(h->prev) & kFinalizedBit;
  h->prev = reinterpret_cast<GcHeader*>(reinterpret_cast<uintptr_t>(p) | bit);
}
bool is_finalized(GcHeader* h) { return reinterpret_cast<uintptr_t>(h->prev) & kFinalizedBit; }
void mark_finalized(GcHeader* h) {
  h->prev = reinterpret_cast<GcHeader*>(reinterpret_cast<uintptr_t>(h->prev) | kFinalizedBit);
}

bool is_tracked_gc_object(Value v) {
  return v.is_object() && object_is_gc(v.as_object()) &&
         gc_header(v.as_object())->gc_refs != kGcUntracked;
}

void visit_decref(Value child, void*) {
  if (is_tracked_gc_object(child)) gc_header(child.as_object())->gc_refs--;
}

void visit_mark(Value child, void* arg) {
  if (!is_tracked_gc_object(child)) return;
  GcHeader* h = gc_header(child.as_object());
  if (h->gc_refs == kReachable) return;
  h->gc_refs = kReachable;
  static_cast<std::vector<Object*>*>(arg)->push_back(child.as_object());
}

bool has_finalizer(Object* o) {
  if (!(o->type->flags & kTypeHeapType)) return false;
  static Value del = name("__del__");
  return !type_lookup(o->type, del).is_null();
}

}  // namespace

void gc_on_alloc(Object* o) {
  gc_track(o);
  if (++g_allocs_since > g_threshold && g_enabled && g_min_threshold && !g_collecting)
    eval_breaker_raise(kBreakGcScheduled);
}

void gc_on_free() {
  if (g_allocs_since) --g_allocs_since;
}

void gc_track(Object* o) {
  GcHeader* h = gc_header(o);
  if (h->gc_refs != kGcUntracked && h->next) return;  // already linked
  h->next = &g_list;
  set_prev(h, prev_of(&g_list));
  prev_of(&g_list)->next = h;
  set_prev(&g_list, h);
  h->gc_refs = 0;
  ++g_tracked;
}

void gc_untrack(Object* o) {
  GcHeader* h = gc_header(o);
  if (!h->next || h->gc_refs == kGcUntracked) return;
  set_prev(h->next, prev_of(h));
  prev_of(h)->next = h->next;
  h->next = nullptr;
  set_prev(h, nullptr);
  h->gc_refs = kGcUntracked;
  --g_tracked;
}

bool gc_is_tracked(Object* o) {
  GcHeader* h = gc_header(o);
  return h->next != nullptr && h->gc_refs != kGcUntracked;
}

namespace {

// One pass of the algorithm over the tracked list. Returns the number of unreachable objects;
// sets *ran_finalizer when it ran a __del__ (and then leaves the clearing to another pass).
size_t collect_pass(bool* ran_finalizer) {
  // 1. Copy refcounts, 2. subtract the references the tracked objects hold on each other.
  for (GcHeader* h = g_list.next; h != &g_list; h = h->next) h->gc_refs = gc_object(h)->refcnt;
  for (GcHeader* h = g_list.next; h != &g_list; h = h->next) {
    Object* o = gc_object(h);
    if (o->type->traverse) o->type->traverse(o, visit_decref, nullptr);
  }
  // 3. What is still referenced from outside is a root; mark everything reachable from the roots.
  std::vector<Object*> stack;
  for (GcHeader* h = g_list.next; h != &g_list; h = h->next) {
    if (h->gc_refs > 0) {
      h->gc_refs = kReachable;
      stack.push_back(gc_object(h));
    }
  }
  while (!stack.empty()) {
    Object* o = stack.back();
    stack.pop_back();
    if (o->type->traverse) o->type->traverse(o, visit_mark, &stack);
  }
  // 4. The rest is garbage. Hold a reference to each while we work on them.
  std::vector<Object*> garbage;
  for (GcHeader* h = g_list.next; h != &g_list; h = h->next)
    if (h->gc_refs != kReachable) garbage.push_back(gc_object(h));
  for (Object* o : garbage) ++o->refcnt;

  // 5. Finalizers first (PEP 442): run each __del__ once. A finalizer may resurrect objects, so a
  //    pass that ran any leaves the clearing to the next pass, which re-checks reachability.
  *ran_finalizer = false;
  for (Object* o : garbage) {
    GcHeader* h = gc_header(o);
    if (!is_finalized(h) && has_finalizer(o)) {
      mark_finalized(h);
      *ran_finalizer = true;
      // type(o).__del__(o): for a class, getattr would find the instances' __del__ instead.
      static Value del = name("__del__");
      Ref fn(type_lookup(o->type, del));
      try {
        call_special(Value(o), del, nullptr, 0);
      } catch (const PyException& e) {
        write_unraisable(e.value, fn);
      }
    }
  }
  size_t found = garbage.size();
  if (!*ran_finalizer) {
    // 6. Break the cycles; refcounting then frees the objects.
    for (Object* o : garbage)
      if (o->type->clear) o->type->clear(o);
  }
  for (Object* o : garbage) decref(Value(o));
  return found;
}

}  // namespace

size_t gc_collect() {
  if (g_collecting) return 0;
  g_collecting = true;
  eval_breaker_clear(kBreakGcScheduled);
  // As in CPython, the result counts what the first analysis found unreachable. When finalizers
  // ran, a second pass (which skips the finalized objects' __del__) frees what stayed garbage, so
  // a class or instance with __del__ in a cycle is gone when gc.collect() returns.
  bool ran_finalizer = false;
  size_t found = collect_pass(&ran_finalizer);
  if (ran_finalizer) collect_pass(&ran_finalizer);

  g_allocs_since = 0;
  size_t base = g_min_threshold;
  g_threshold = g_tracked > base ? g_tracked : base;
  g_collecting = false;
  if (ran_finalizer) eval_breaker_raise(kBreakGcScheduled);  // __del__ made more garbage
  return found;
}

void gc_collect_if_scheduled() {
  eval_breaker_clear(kBreakGcScheduled);
  if (g_enabled && !g_collecting) gc_collect();
}

bool gc_is_enabled() { return g_enabled; }
size_t gc_tracked_count() { return g_tracked; }
void gc_set_enabled(bool on) { g_enabled = on; }
size_t gc_allocation_count() { return g_allocs_since; }

void gc_set_min_threshold(size_t n) {
  g_min_threshold = n;
  g_threshold = n && g_tracked > n ? g_tracked : n;
}

void gc_for_each_tracked(void (*fn)(Object*, void*), void* arg) {
  std::vector<Object*> all;
  all.reserve(g_tracked);
  for (GcHeader* h = g_list.next; h != &g_list; h = h->next) all.push_back(gc_object(h));
  for (Object* o : all) fn(o, arg);
}

}  // namespace minipy
