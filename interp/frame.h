// Execution frames. A frame is one contiguous block: the header, then
// [locals][cells][frees][value stack] (CodeObject::nlocalsplus() + stacksize Values, each an
// owned reference or null). Frames of ordinary calls come from a per-thread chunked stack (bump
// pointer, LIFO); generator frames are allocated on the heap and owned by their generator.
#pragma once

#include <cstddef>
#include <cstdint>

#include "interp/code.h"
#include "runtime/object.h"

namespace minipy {

struct FunctionObject;
struct GeneratorObject;

// Block stack (opcodes.h): handler blocks pushed by SETUP_FINALLY/SETUP_WITH and the
// EXCEPT_HANDLER block pushed when a handler is entered.
enum BlockType : uint8_t { kBlockFinally = 1, kBlockExceptHandler = 2 };
struct Block {
  uint8_t type;
  int handler;  // instruction index (kBlockFinally)
  int level;    // value-stack depth to cut back to
  Value saved;  // kBlockExceptHandler: the handled exception to restore (owned), may be null
};
constexpr int kMaxBlocks = 40;

struct Frame {
  CodeObject* code;        // owned
  FunctionObject* func;    // owned, null for module/class/exec code
  Object* globals;         // owned
  Object* builtins;        // owned
  Object* locals;          // owned, null for optimized (function) frames
  Frame* back;             // the calling frame on this thread (null at the bottom)
  GeneratorObject* gen;    // the owning generator, or null
  Object* frame_obj;       // owned: its Python frame object once one was asked for (frame_object.h)
  const uint32_t* ip;      // next instruction to execute (saved when the frame is not running)
  Value* sp;               // value-stack top (saved when the frame is not running)
  char* alloc_prev;        // frame-stack bump pointer before this frame (null: heap frame)
  int nblocks;
  bool entry;              // RETURN_VALUE from this frame leaves the eval loop
  bool on_heap;
  bool is_init;            // inline __init__ call: the result is replaced by `init_self`
  Value init_self;         // owned: the instance being initialized (is_init frames)
  Block blocks[kMaxBlocks];
  Value localsplus[1];     // extends past the struct

  Value* stack_base() { return localsplus + code->nlocalsplus(); }
  int lasti() const { return int(ip - code->code.data()) - 1; }  // instruction being executed
  int lineno() const { return code->line_at(size_t(lasti() < 0 ? 0 : lasti())); }
};

size_t frame_size_for(const CodeObject* co);

// Allocate and initialize the header (refcounts taken on code/func/globals/builtins/locals).
// All localsplus slots are null.
Frame* frame_alloc(CodeObject* co, FunctionObject* func, Value globals, Value builtins, Value locals,
                   bool on_heap);
// Release everything the frame holds (locals, stack up to sp, blocks) and its memory.
void frame_free(Frame* f);
// Drop the references a frame holds without freeing it (generator clear for the GC).
void frame_clear_refs(Frame* f);
// Visit every reference a (suspended) frame holds.
void frame_traverse(Frame* f, VisitFn visit, void* arg);

}  // namespace minipy
