// A disassembler in the spirit of CPython's dis module (`minipy -X dis script.py`): one line per
// instruction with its source line, index, name, argument and what the argument means; nested
// code objects follow their parent.
#include <cstdio>

#include "interp/code.h"
#include "interp/compiler.h"
#include "interp/compiler_internal.h"
#include "runtime/abstract.h"
#include "runtime/str_object.h"

namespace minipy {

static const char* const kCmpNames[] = {"<", "<=", "==", "!=", ">", ">="};
static const char* const kBinOpNames[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

static std::string safe_repr(Value v) {
  try {
    return repr_utf8(v);
  } catch (PyException&) {
    return "<unrepresentable>";
  }
}

static std::string arg_meaning(const CodeObject* co, Opcode op, uint32_t arg) {
  auto name_at = [](const std::vector<Ref>& v, size_t i) -> std::string {
    return i < v.size() ? std::string(str_view(v[i])) : "?";
  };
  auto cell_name = [&](uint32_t i) -> std::string {
    return i < co->cellvars.size() ? name_at(co->cellvars, i) : name_at(co->freevars, i - co->cellvars.size());
  };
  switch (op) {
    case LOAD_CONST: return arg < co->consts.size() ? safe_repr(co->consts[arg]) : "?";
    case LOAD_FAST:
    case STORE_FAST:
    case DELETE_FAST: return name_at(co->varnames, arg);
    case LOAD_DEREF:
    case STORE_DEREF:
    case DELETE_DEREF:
    case LOAD_CLASSDEREF:
    case LOAD_CLOSURE: return cell_name(arg);
    case LOAD_GLOBAL:
    case STORE_GLOBAL:
    case DELETE_GLOBAL:
    case LOAD_NAME:
    case STORE_NAME:
    case DELETE_NAME:
    case LOAD_ATTR:
    case STORE_ATTR:
    case DELETE_ATTR:
    case LOAD_METHOD:
    case IMPORT_NAME:
    case IMPORT_FROM: return name_at(co->names, arg);
    case COMPARE_OP: return arg < 6 ? kCmpNames[arg] : "?";
    case BINARY_OP: {
      uint32_t base = arg >= uint32_t(kInplace) ? arg - kInplace : arg;
      if (base >= 13) return "?";
      return std::string(kBinOpNames[base]) + (arg >= uint32_t(kInplace) ? "=" : "");
    }
    case IS_OP: return arg ? "is not" : "is";
    case CONTAINS_OP: return arg ? "not in" : "in";
    default:
      if (is_jump_op(op)) return "to " + std::to_string(arg);
      return {};
  }
}

static bool has_arg(Opcode op) {
  switch (op) {
    case NOP: case POP_TOP: case LIST_TO_TUPLE: case UNARY_POSITIVE: case UNARY_NEGATIVE:
    case UNARY_NOT: case UNARY_INVERT: case BINARY_SUBSCR: case STORE_SUBSCR: case DELETE_SUBSCR:
    case GET_ITER: case RETURN_VALUE: case LOAD_BUILD_CLASS: case IMPORT_STAR: case RERAISE:
    case POP_BLOCK: case POP_EXCEPT: case CHECK_EXC_MATCH: case BEFORE_WITH: case WITH_EXCEPT_START:
    case LOAD_ASSERTION_ERROR: case SETUP_ANNOTATIONS: case PRINT_EXPR: case YIELD_VALUE:
    case GET_YIELD_FROM_ITER: case GET_AITER: case GET_ANEXT: case END_ASYNC_FOR:
    case BEFORE_ASYNC_WITH: return false;
    default: return true;
  }
}

static void dis_one(const CodeObject* co, std::string& out) {
  int last_line = -1;
  for (size_t i = 0; i < co->code.size(); ++i) {
    uint32_t w = co->code[i];
    Opcode op = instr_op(w);
    uint32_t arg = instr_arg(w);
    int line = co->line_at(i);
    char buf[64];
    if (line != last_line) {
      if (i) out += "\n";
      std::snprintf(buf, sizeof buf, "%4d", line);
      out += buf;
      last_line = line;
    } else {
      out += "    ";
    }
    std::snprintf(buf, sizeof buf, "   %6zu %-24s", i, opcode_name(op));
    out += buf;
    if (has_arg(op)) {
      std::snprintf(buf, sizeof buf, " %4u", arg);
      out += buf;
      std::string m = arg_meaning(co, op, arg);
      if (!m.empty()) out += " (" + m + ")";
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += "\n";
  }
}

static void dis_rec(Value code, std::string& out, bool header) {
  auto* co = static_cast<CodeObject*>(code.as_object());
  if (header) out += "Disassembly of " + safe_repr(code) + ":\n";
  dis_one(co, out);
  for (const Ref& c : co->consts) {
    if (c.get().is_object() && c.get().as_object()->type == &CodeType) {
      out += "\n";
      dis_rec(c, out, true);
    }
  }
}

std::string disassemble(Value code) {
  std::string out;
  if (!code.is_object() || code.as_object()->type != &CodeType) return "<not a code object>\n";
  dis_rec(code, out, false);
  return out;
}

}  // namespace minipy
