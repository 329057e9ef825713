// Object memory. Small objects come from size-classed free lists carved out of large blocks
// (allocation and release are a few instructions; everything happens under the GIL, so the lists
// need no locks). GC objects get a GcHeader in front. Sanitizer builds use plain malloc so that
// AddressSanitizer sees every object's lifetime.
#include <cstdlib>
#include <cstring>
#include <new>

#include "runtime/gc.h"
#include "runtime/heap_internal.h"

namespace minipy {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUsePools = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUsePools = false;
#else
constexpr bool kUsePools = true;
#endif
#else
constexpr bool kUsePools = true;
#endif

constexpr size_t kGranule = 16;
constexpr size_t kMaxPooled = 512;
constexpr size_t kClasses = kMaxPooled / kGranule;
constexpr size_t kBlockBytes = 256 * 1024;

struct FreeCell {
  FreeCell* next;
};
FreeCell* g_free[kClasses + 1];

// Every allocation is preceded by a small prefix recording its size class, so free() needs no
// lookup. The prefix doubles as padding that keeps objects 16-byte aligned.
struct Prefix {
  uint32_t cls;      // size class, 0 = malloc'ed
  uint32_t has_gc;   // a GcHeader follows the prefix
  uint64_t spare;    // heap_prefix_slot: a tuple subclass instance's __dict__
};
static_assert(sizeof(Prefix) == 16);

void* pool_alloc(size_t bytes, uint32_t* cls_out) {
  size_t cls = (bytes + kGranule - 1) / kGranule;
  if (!kUsePools || cls > kClasses) {
    *cls_out = 0;
    void* p = std::malloc(bytes);
    if (!p) throw std::bad_alloc();
    return p;
  }
  *cls_out = uint32_t(cls);
  FreeCell* c = g_free[cls];
  if (!c) {
    size_t cell = cls * kGranule;
    size_t n = kBlockBytes / cell;
    char* block = static_cast<char*>(std::malloc(n * cell));
    if (!block) throw std::bad_alloc();
    for (size_t i = n; i-- > 0;) {
      auto* f = reinterpret_cast<FreeCell*>(block + i * cell);
      f->next = g_free[cls];
      g_free[cls] = f;
    }
    c = g_free[cls];
  }
  g_free[cls] = c->next;
  return c;
}

void pool_free(void* p, uint32_t cls) {
  if (cls == 0) {
    std::free(p);
    return;
  }
  auto* f = static_cast<FreeCell*>(p);
  f->next = g_free[cls];
  g_free[cls] = f;
}

}  // namespace

void* heap_alloc_object(TypeObject* type, size_t size) {
  bool gc = (type->flags & kTypeGC) != 0;
  size_t total = sizeof(Prefix) + (gc ? sizeof(GcHeader) : 0) + size;
  uint32_t cls;
  char* raw = static_cast<char*>(pool_alloc(total, &cls));
  std::memset(raw, 0, total);
  auto* pre = reinterpret_cast<Prefix*>(raw);
  pre->cls = cls;
  pre->has_gc = gc;
  char* obj = raw + sizeof(Prefix) + (gc ? sizeof(GcHeader) : 0);
  if (gc) gc_on_alloc(reinterpret_cast<Object*>(obj));
  return obj;
}

Ref* heap_prefix_slot(Object* o) {
  char* p = reinterpret_cast<char*>(o);
  if (object_is_gc(o)) p -= sizeof(GcHeader);
  p -= sizeof(Prefix);
  static_assert(sizeof(Ref) == sizeof(uint64_t));
  return reinterpret_cast<Ref*>(&reinterpret_cast<Prefix*>(p)->spare);
}

void heap_free_object(Object* o) {
  char* p = reinterpret_cast<char*>(o);
  // Find the prefix: it sits just before the object, or before the GcHeader of a GC object.
  // The type's GC flag tells which (it cannot change while the object lives).
  bool gc = object_is_gc(o);
  if (gc) {
    if (gc_is_tracked(o)) gc_untrack(o);
    gc_on_free();
    p -= sizeof(GcHeader);
  }
  p -= sizeof(Prefix);
  pool_free(p, reinterpret_cast<Prefix*>(p)->cls);
}

}  // namespace minipy
