// Code objects: what the compiler produces and the VM runs. Immutable after creation.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/object.h"

namespace minipy {

extern TypeObject CodeType;

// CPython's co_flags values.
enum CodeFlags : uint32_t {
  kCoOptimized = 0x1, kCoNewLocals = 0x2, kCoVarargs = 0x4, kCoVarkeywords = 0x8,
  kCoNested = 0x10, kCoGenerator = 0x20, kCoNoFree = 0x40, kCoCoroutine = 0x80,
  kCoIterableCoroutine = 0x100, kCoAsyncGenerator = 0x200,
};

// Source span of one instruction, for tracebacks (3.11 prints the ~~~^^^ marks from these).
struct SourcePos {
  int lineno = 0, end_lineno = 0, col = -1, end_col = -1;  // col -1: unknown
};

// One inline-cache entry per instruction, owned and interpreted by the VM (interp/vm.cpp).
struct InlineCache {
  uint64_t k1 = 0, k2 = 0;
  uintptr_t p = 0, v = 0;
};

struct CodeObject : Object {
  std::vector<uint32_t> code;         // instructions (opcodes.h)
  std::vector<SourcePos> positions;   // one per instruction
  std::vector<Ref> consts;            // constants (nested code objects included). For function
                                      // code, consts[0] is the docstring (str) or None, always
                                      // (CPython 3.11's convention); MAKE_FUNCTION sets __doc__ from it
  std::vector<Ref> names;             // interned str: globals, attributes, imports
  std::vector<Ref> varnames;          // interned str: fast locals, parameters first
  std::vector<Ref> cellvars;          // interned str: locals captured by inner scopes
  std::vector<Ref> freevars;          // interned str: captured from outer scopes
  // For a cellvar that is also a parameter: the parameter's index, else -1 (the VM moves the
  // argument into the cell at entry).
  std::vector<int> cell2arg;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int stacksize = 0;                  // maximum value-stack depth
  int firstlineno = 1;
  Ref filename, name, qualname;       // str
  // minipy: its frames add no traceback entries (frozen code standing in for CPython's C).
  bool hidden = false;
  std::vector<InlineCache> vm_cache;  // the VM's caches (LOAD_GLOBAL, LOAD_ATTR, ...), sized on first run

  int nlocals() const { return int(varnames.size()); }
  int ncells() const { return int(cellvars.size()); }
  int nfrees() const { return int(freevars.size()); }
  // Frame layout: [locals][cells][frees][value stack]
  int nlocalsplus() const { return nlocals() + ncells() + nfrees(); }
  int line_at(size_t instr_index) const {
    return instr_index < positions.size() ? positions[instr_index].lineno : firstlineno;
  }
};

Ref code_new();  // an empty CodeObject for the compiler to fill
// Fill in CodeType's slots (idempotent; code_new calls it). Whoever readies interp-level types
// may call it before static_type_declare(&CodeType).
void init_code_type();
// Mark a module's code and every code object nested in it `hidden`.
void code_hide_from_tracebacks(CodeObject* co);

}  // namespace minipy
