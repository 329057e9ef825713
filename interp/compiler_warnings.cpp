// Compile-time SyntaxWarnings for code that is valid but almost surely a mistake, worded and
// placed as CPython 3.11's compiler does: `is` with a literal, calling or subscripting a literal
// (a missing comma), indexing a literal sequence with a literal of the wrong type.
//
// Once the warnings module is loaded the warning goes through warnings.warn_explicit, as
// CPython's compiler does (filters apply; an "error" filter makes it a SyntaxError at the
// spot). Before that (compiling the main script, say) nothing can have changed the filters, so
// the report is written straight to sys.stderr in the default format of warnings.showwarning
// ("file:line: SyntaxWarning: msg" and the stripped source line): the same output, without
// importing warnings for every program.
#include <cstdio>

#include "interp/compiler_internal.h"
#include "interp/import.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/file_object.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"

namespace minipy {

using namespace ast;

// warnings.warn_explicit if warnings is loaded; false if it is not.
static bool warn_through_module(const std::string& msg, const std::string& filename, int lineno) {
  Value w = dict_get_str(sys_modules(), "warnings");
  if (!w) return false;
  Ref fn = getattr_opt(w, name("warn_explicit"));
  if (!fn) return false;
  Ref text = str_new(msg), file = str_new(filename), line = int_from_i64(lineno);
  call(fn, {text.get(), Value(static_cast<Object*>(exc::SyntaxWarning)), file.get(), line.get()});
  return true;
}

void Compiler::warn(const std::string& msg, const Pos& pos) {
  try {
    if (warn_through_module(msg, filename_, pos.lineno)) return;
  } catch (PyException& e) {
    if (exception_matches(e.value, exc::SyntaxWarning)) error(msg, pos);
    throw;
  }
  std::string text = filename_ + ":" + std::to_string(pos.lineno) + ": SyntaxWarning: " + msg + "\n";
  std::string line = source_line(filename_, pos.lineno);  // linecache: the file on disk, if any
  size_t b = line.find_first_not_of(" \t\f\r\n");
  if (b != std::string::npos) {
    size_t e = line.find_last_not_of(" \t\f\r\n");
    text += "  " + line.substr(b, e - b + 1) + "\n";
  }
  ThreadState* ts = tstate();
  if (ts && ts->interp && ts->interp->sys) {
    try {
      Ref err = getattr_opt(ts->interp->sys, name("stderr"));
      if (err && !is_none(err)) {
        write_text_to(err, text);
        return;
      }
    } catch (PyException&) {
      return;
    }
  }
  std::fputs(text.c_str(), stderr);
}

// After constant folding, is `e` a literal other than None, True, False and `...`?
static bool is_literal_operand(Compiler& c, Expr* e, bool (Compiler::*fold)(Expr*, ConstVal&)) {
  ConstVal v;
  if (!(c.*fold)(e, v)) return false;
  Value o = v.obj;
  return !(is_none(o) || o == True() || o == False() || o == Ellipsis());
}

void Compiler::check_compare(Compare* c) {
  bool left = is_literal_operand(*this, c->left, &Compiler::const_of);
  for (size_t i = 0; i < c->ops.size(); ++i) {
    bool right = is_literal_operand(*this, c->comparators[i], &Compiler::const_of);
    CmpOpKind op = c->ops[i];
    if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (left || right)) {
      warn(op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                               : "\"is not\" with a literal. Did you mean \"!=\"?",
           *c);
      return;
    }
    left = right;
  }
}

const char* Compiler::inferred_type(Expr* e) {
  switch (e->kind) {
    case ExprKind::List:
    case ExprKind::ListComp: return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp: return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp: return "set";
    case ExprKind::GeneratorExp: return "generator";
    case ExprKind::Lambda: return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "str";
    default: break;
  }
  ConstVal v;
  if (const_of(e, v)) return type_of(v.obj)->name;  // constants are of built-in types
  if (e->kind == ExprKind::Tuple) return "tuple";
  return nullptr;
}

void Compiler::check_caller(Expr* func) {
  ConstVal v;
  bool literal = const_of(func, v);
  switch (func->kind) {
    case ExprKind::Tuple:
    case ExprKind::List:
    case ExprKind::ListComp:
    case ExprKind::Dict:
    case ExprKind::DictComp:
    case ExprKind::Set:
    case ExprKind::SetComp:
    case ExprKind::GeneratorExp:
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: literal = true; break;
    default: break;
  }
  if (literal)
    warn(std::string("'") + inferred_type(func) + "' object is not callable; perhaps you missed a comma?", *func);
}

void Compiler::check_subscript(Subscript* s) {
  Expr* e = s->value;
  ConstVal v;
  bool folded = const_of(e, v);
  // The container cannot be subscripted at all.
  bool bad = false;
  if (folded) {
    Value o = v.obj;
    TypeObject* t = type_of(o);
    bad = is_none(o) || o == Ellipsis() || is_int(o) || std::string_view(t->type_name()) == "float" ||
          std::string_view(t->type_name()) == "complex" || std::string_view(t->type_name()) == "frozenset";
  } else {
    bad = e->kind == ExprKind::Set || e->kind == ExprKind::SetComp || e->kind == ExprKind::GeneratorExp ||
          e->kind == ExprKind::Lambda;
  }
  if (bad) {
    warn(std::string("'") + inferred_type(e) + "' object is not subscriptable; perhaps you missed a comma?", *s);
    return;
  }
  // A sequence literal indexed by a literal that is neither an int nor a slice.
  const char* index_type = inferred_type(s->slice);
  if (!index_type || s->slice->kind == ExprKind::Slice) return;
  ConstVal iv;
  if (const_of(s->slice, iv) && is_int(iv.obj)) return;
  bool seq = false;
  if (folded) {
    std::string_view tn = type_of(v.obj)->type_name();
    seq = tn == "str" || tn == "bytes" || tn == "tuple";
  } else {
    seq = e->kind == ExprKind::Tuple || e->kind == ExprKind::List || e->kind == ExprKind::ListComp ||
          e->kind == ExprKind::JoinedStr || e->kind == ExprKind::FormattedValue;
  }
  if (seq)
    warn(std::string(inferred_type(e)) + " indices must be integers or slices, not " + index_type +
             "; perhaps you missed a comma?",
         *s);
}

}  // namespace minipy
