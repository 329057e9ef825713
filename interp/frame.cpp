// Frame allocation: a per-thread chunked bump-pointer stack for ordinary calls (frames die in
// LIFO order), malloc for generator frames (they outlive the call that created them).
#include "interp/frame.h"

#include <cstdlib>
#include <new>

#include "interp/frame_object.h"
#include "interp/function.h"
#include "runtime/error.h"

namespace minipy {

namespace {

constexpr size_t kChunkSize = 256 * 1024;

struct Chunk {
  Chunk* prev;
  char* end;
  char data[1];
};

// Each thread keeps its chunks; the newest one is `top`. A frame records the bump pointer it
// started from, so freeing a frame simply restores it (and drops back to the previous chunk).
struct FrameStack {
  Chunk* top = nullptr;
  char* ptr = nullptr;
  Chunk* spare = nullptr;  // one cached empty chunk, so a call pattern at a chunk edge does not thrash
  ~FrameStack() {
    while (top) {
      Chunk* p = top->prev;
      std::free(top);
      top = p;
    }
    std::free(spare);
  }
};

thread_local FrameStack t_frames;

Chunk* new_chunk(size_t need) {
  size_t size = need + sizeof(Chunk) > kChunkSize ? need + sizeof(Chunk) : kChunkSize;
  auto* c = static_cast<Chunk*>(std::malloc(size));
  if (!c) raise_memory_error();
  c->end = reinterpret_cast<char*>(c) + size;
  return c;
}

// Allocate from the frame stack. `*prev` receives the value to restore on free.
void* stack_alloc(size_t size, char** prev) {
  FrameStack& fs = t_frames;
  size = (size + 15) & ~size_t(15);
  if (fs.top && fs.ptr + size <= fs.top->end) {
    *prev = fs.ptr;
    void* p = fs.ptr;
    fs.ptr += size;
    return p;
  }
  Chunk* c;
  if (fs.spare && fs.spare->data + size <= fs.spare->end) {
    c = fs.spare;
    fs.spare = nullptr;
  } else {
    c = new_chunk(size);
  }
  c->prev = fs.top;
  // Remember where the old chunk's pointer was: freeing this frame goes back to it.
  *prev = fs.ptr;
  fs.top = c;
  char* p = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(c->data) + 15) & ~uintptr_t(15));
  fs.ptr = p + size;
  return p;
}

void stack_free(void* mem, char* prev) {
  FrameStack& fs = t_frames;
  char* m = static_cast<char*>(mem);
  if (fs.top && m >= fs.top->data && m < fs.top->end) {
    // Still in the top chunk. If the frame was the first in a fresh chunk, prev points into the
    // previous chunk: pop the chunk.
    if (prev >= fs.top->data && prev <= fs.top->end) {
      fs.ptr = prev;
    } else {
      Chunk* c = fs.top;
      fs.top = c->prev;
      fs.ptr = prev;
      if (!fs.spare) fs.spare = c; else std::free(c);
    }
  } else {
    fs.ptr = prev;  // should not happen (non-LIFO); keep going
  }
}

}  // namespace

size_t frame_size_for(const CodeObject* co) {
  // +2 spare stack slots: the call fast paths may push one extra item.
  return offsetof(Frame, localsplus) + sizeof(Value) * size_t(co->nlocalsplus() + co->stacksize + 2);
}

Frame* frame_alloc(CodeObject* co, FunctionObject* func, Value globals, Value builtins, Value locals,
                   bool on_heap) {
  size_t size = frame_size_for(co);
  char* prev = nullptr;
  void* mem;
  if (on_heap) {
    mem = std::malloc(size);
    if (!mem) raise_memory_error();
  } else {
    mem = stack_alloc(size, &prev);
  }
  Frame* f = static_cast<Frame*>(mem);
  f->code = co;
  incref(Value(static_cast<Object*>(co)));
  f->func = func;
  if (func) incref(Value(static_cast<Object*>(func)));
  // A function's frame borrows its globals and builtins: the function (held by the frame) owns
  // them and never lets go (read-only attributes, kept by the collector's clear). Only frames
  // without a function (module code, exec, class bodies) hold their own references.
  f->globals = globals.as_object();
  f->builtins = builtins.as_object();
  if (!func) {
    incref(globals);
    incref(builtins);
  }
  f->locals = locals.is_null() ? nullptr : locals.as_object();
  incref(locals);
  f->back = nullptr;
  f->gen = nullptr;
  f->frame_obj = nullptr;
  f->ip = co->code.data();
  f->alloc_prev = prev;
  f->nblocks = 0;
  f->entry = false;
  f->on_heap = on_heap;
  f->is_init = false;
  f->init_self = Value();
  int n = co->nlocalsplus();
  Value* lp = f->localsplus;
  for (int i = 0; i < n; i++) lp[i] = Value();
  f->sp = lp + n;
  return f;
}

void frame_clear_refs(Frame* f) {
  if (!f->code) return;
  int n = f->code->nlocalsplus();
  Value* lp = f->localsplus;
  Value* sp = f->sp;
  for (Value* p = lp; p < sp; p++) {
    Value v = *p;
    *p = Value();
    decref(v);
  }
  (void)n;
  f->sp = lp + n;
  while (f->nblocks > 0) {
    Block& b = f->blocks[--f->nblocks];
    if (b.type == kBlockExceptHandler) {
      Value v = b.saved;
      b.saved = Value();
      decref(v);
    }
  }
}

void frame_free(Frame* f) {
  if (__builtin_expect(f->frame_obj != nullptr, 0)) frame_object_detach(f);
  frame_clear_refs(f);
  decref(Value(static_cast<Object*>(f->code)));
  if (f->func) decref(Value(static_cast<Object*>(f->func)));
  if (!f->func) {
    decref(Value(f->globals));
    decref(Value(f->builtins));
  }
  if (f->locals) decref(Value(f->locals));
  decref(f->init_self);
  if (f->on_heap) std::free(f);
  else stack_free(f, f->alloc_prev);
}

void frame_traverse(Frame* f, VisitFn visit, void* arg) {
  if (!f->code) return;
  for (Value* p = f->localsplus; p < f->sp; p++)
    if (*p) visit(*p, arg);
  for (int i = 0; i < f->nblocks; i++)
    if (f->blocks[i].type == kBlockExceptHandler && f->blocks[i].saved) visit(f->blocks[i].saved, arg);
  if (f->func) visit(Value(static_cast<Object*>(f->func)), arg);
  else visit(Value(f->globals), arg);  // borrowed (not to be counted) when the function owns it
  if (f->locals) visit(Value(f->locals), arg);
  if (f->frame_obj) visit(Value(f->frame_obj), arg);
}

}  // namespace minipy
