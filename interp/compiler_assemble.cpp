// Assembly: labels become instruction indices, unreachable code and jumps to the next
// instruction are dropped, and the exact maximum stack depth is computed by walking every path
// (exception handlers included: a handler starts at its block's level plus the exception).
#include <bit>

#include "interp/compiler_internal.h"
#include "runtime/error.h"
#include "runtime/str_object.h"

namespace minipy {

bool is_jump_op(Opcode op) {
  switch (op) {
    case JUMP:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE:
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP:
    case FOR_ITER:
    case SETUP_FINALLY:
    case SETUP_WITH:
    case SEND: return true;
    default: return false;
  }
}

static bool is_terminal(Opcode op) {
  return op == JUMP || op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE;
}

int stack_effect(Opcode op, uint32_t arg, bool jump) {
  int n = int(arg);
  switch (op) {
    case NOP: return 0;
    case POP_TOP: return -1;
    case COPY: return 1;
    case SWAP: return 0;
    case LOAD_CONST:
    case LOAD_FAST:
    case LOAD_DEREF:
    case LOAD_CLASSDEREF:
    case LOAD_CLOSURE:
    case LOAD_GLOBAL:
    case LOAD_NAME: return 1;
    case STORE_FAST:
    case STORE_DEREF:
    case STORE_GLOBAL:
    case STORE_NAME: return -1;
    case DELETE_FAST:
    case DELETE_DEREF:
    case DELETE_GLOBAL:
    case DELETE_NAME: return 0;
    case LOAD_ATTR: return 0;
    case STORE_ATTR: return -2;
    case DELETE_ATTR: return -1;
    case LOAD_METHOD: return 1;
    case CALL_METHOD: return -(n + 1);
    case CALL: return -n;
    case CALL_KW: return -(n + 1);
    case CALL_EX: return -(1 + (n & 1));
    case BUILD_TUPLE:
    case BUILD_LIST:
    case BUILD_SET:
    case BUILD_STRING:
    case BUILD_SLICE: return 1 - n;
    case BUILD_MAP: return 1 - 2 * n;
    case BUILD_CONST_KEY_MAP: return -n;
    case LIST_APPEND:
    case SET_ADD: return -1;
    case MAP_ADD: return -2;
    case LIST_EXTEND:
    case SET_UPDATE:
    case DICT_UPDATE:
    case DICT_MERGE: return -1;
    case LIST_TO_TUPLE: return 0;
    case FORMAT_VALUE: return (n & 4) ? -1 : 0;
    case UNARY_POSITIVE:
    case UNARY_NEGATIVE:
    case UNARY_NOT:
    case UNARY_INVERT: return 0;
    case BINARY_OP:
    case COMPARE_OP:
    case IS_OP:
    case CONTAINS_OP:
    case BINARY_SUBSCR: return -1;
    case STORE_SUBSCR: return -3;
    case DELETE_SUBSCR: return -2;
    case JUMP: return 0;
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE: return -1;
    case JUMP_IF_FALSE_OR_POP:
    case JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case GET_ITER: return 0;
    case FOR_ITER: return jump ? -1 : 1;
    case UNPACK_SEQUENCE: return n - 1;
    case UNPACK_EX: return (n & 0xff) + (n >> 8);
    case RETURN_VALUE: return -1;
    case MAKE_FUNCTION: return -std::popcount(arg & 0xf);
    case LOAD_BUILD_CLASS: return 1;
    case IMPORT_NAME: return -1;
    case IMPORT_FROM: return 1;
    case IMPORT_STAR: return -1;
    case RAISE_VARARGS: return -n;
    case RERAISE: return -1;
    case SETUP_FINALLY: return jump ? 1 : 0;  // the handler starts with the exception pushed
    case SETUP_WITH: return jump ? 0 : 0;     // level - 1 (the __enter__ result) + the exception
    case POP_BLOCK:
    case POP_EXCEPT:
    case CHECK_EXC_MATCH: return 0;
    case BEFORE_WITH: return 1;
    case WITH_EXCEPT_START: return 1;
    case LOAD_ASSERTION_ERROR: return 1;
    case SETUP_ANNOTATIONS: return 0;
    case PRINT_EXPR: return -1;
    case YIELD_VALUE: return 0;
    case GET_YIELD_FROM_ITER: return 0;
    case SEND: return jump ? -1 : 0;
    case GET_AWAITABLE: return 0;
    case GET_AITER: return 0;
    case GET_ANEXT: return 1;
    case END_ASYNC_FOR: return -2;
    case BEFORE_ASYNC_WITH: return 1;
    case GET_LEN: return 1;
    case MATCH_MAPPING:
    case MATCH_SEQUENCE: return 1;
    case MATCH_KEYS: return 1;
    case MATCH_CLASS: return -2;
    case kOpcodeCount: break;
  }
  return 0;
}

[[noreturn]] static void internal_error(const char* what) {
  raisef(exc::SystemError, "compiler: %s", what);
}

Ref assemble_unit(Unit& u, const std::string& filename, uint32_t flags) {
  std::vector<Instr> ins = std::move(u.instrs);
  // 1. Labels -> instruction indices.
  for (Instr& i : ins) {
    if (!is_jump_op(i.op)) continue;
    int target = u.labels.at(i.arg);
    if (target < 0) internal_error("unbound label");
    i.arg = uint32_t(target);
  }
  if (ins.empty() || !is_terminal(ins.back().op)) internal_error("code does not end in a return");
  // Jump threading: a jump to an unconditional JUMP goes straight to its target (bounded, so a
  // `while True: pass` self-loop cannot spin here).
  for (Instr& i : ins) {
    if (i.op == SETUP_FINALLY || i.op == SETUP_WITH || !is_jump_op(i.op)) continue;
    for (int hops = 0; hops < 8 && i.arg < ins.size() && ins[i.arg].op == JUMP && ins[i.arg].arg != i.arg; ++hops)
      i.arg = ins[i.arg].arg;
  }

  // 2. Stack depth along every path; what no path reaches is dead.
  size_t n = ins.size();
  std::vector<int> depth(n, -1);
  std::vector<std::pair<size_t, int>> work{{0, 0}};
  int maxdepth = 0;
  while (!work.empty()) {
    auto [i, d] = work.back();
    work.pop_back();
    while (i < n) {
      if (depth[i] >= d) break;  // seen with at least this depth (same depth on a consistent path)
      depth[i] = d;
      const Instr& in = ins[i];
      if (is_jump_op(in.op)) {
        int jd = d + stack_effect(in.op, in.arg, true);
        if (jd < 0) internal_error("stack underflow");
        if (jd > maxdepth) maxdepth = jd;
        work.emplace_back(in.arg, jd);
      }
      if (is_terminal(in.op)) break;
      d += stack_effect(in.op, in.arg, false);
      if (d < 0) internal_error("stack underflow");
      if (d > maxdepth) maxdepth = d;
      ++i;
    }
  }

  // 3. Drop dead instructions, then jumps to the next instruction, until nothing changes.
  std::vector<bool> keep(n);
  for (size_t i = 0; i < n; ++i) keep[i] = depth[i] >= 0;
  for (;;) {
    std::vector<uint32_t> newidx(n + 1);
    uint32_t k = 0;
    for (size_t i = 0; i < n; ++i) {
      newidx[i] = k;
      if (keep[i]) ++k;
    }
    newidx[n] = k;
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (!keep[i] || ins[i].op != JUMP) continue;
      if (newidx[ins[i].arg] == newidx[i] + 1) {
        keep[i] = false;
        changed = true;
        break;  // indices shift: recompute
      }
    }
    if (changed) continue;
    std::vector<Instr> out;
    out.reserve(k);
    for (size_t i = 0; i < n; ++i) {
      if (!keep[i]) continue;
      Instr in = ins[i];
      if (is_jump_op(in.op)) in.arg = newidx[in.arg];
      out.push_back(in);
    }
    ins = std::move(out);
    break;
  }

  Ref code_ref = code_new();
  auto* co = code_ref.as<CodeObject>();
  co->code.reserve(ins.size());
  co->positions.reserve(ins.size());
  for (const Instr& in : ins) {
    if (in.arg > kMaxOparg) internal_error("oparg too large");
    co->code.push_back(make_instr(in.op, in.arg));
    co->positions.push_back(in.pos);
  }
  co->consts = std::move(u.consts);
  for (const std::string& s : u.names) co->names.push_back(intern(s));
  for (const std::string& s : u.varnames) co->varnames.push_back(intern(s));
  for (const std::string& s : u.cellvars) co->cellvars.push_back(intern(s));
  for (const std::string& s : u.freevars) co->freevars.push_back(intern(s));
  int nparams = u.argcount + u.kwonlyargcount + ((flags & kCoVarargs) ? 1 : 0) + ((flags & kCoVarkeywords) ? 1 : 0);
  for (const std::string& cell : u.cellvars) {
    int arg = -1;
    for (int p = 0; p < nparams && p < int(u.varnames.size()); ++p)
      if (u.varnames[p] == cell) arg = p;
    co->cell2arg.push_back(arg);
  }
  co->argcount = u.argcount;
  co->posonlyargcount = u.posonlyargcount;
  co->kwonlyargcount = u.kwonlyargcount;
  co->flags = flags;
  co->stacksize = maxdepth;
  co->firstlineno = u.firstlineno;
  co->filename = str_new(filename);
  co->name = intern(u.name);
  co->qualname = str_new(u.qualname);
  return code_ref;
}

}  // namespace minipy
