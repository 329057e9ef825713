// The compiler driver: compile_ast / compile_source, compilation units (one per code object),
// names and constants, and turning compile errors into Python SyntaxErrors.
#include <cstdio>
#include <cstring>

#include "interp/compiler_internal.h"
#include "runtime/abstract.h"
#include "runtime/bytes_object.h"
#include "runtime/complex_object.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"


namespace minipy {

using namespace ast;

// ---- errors ------------------------------------------------------------------------------------

static std::string source_line(std::string_view src, int lineno) {
  if (lineno < 1) return {};
  size_t start = 0;
  for (int l = 1; l < lineno; ++l) {
    size_t nl = src.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  size_t end = src.find('\n', start);
  std::string line(src.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return end == std::string_view::npos ? line : line + "\n";
}

// Byte column -> 1-based character offset, as CPython reports it.
static int char_offset(const std::string& line, int byte_col) {
  if (byte_col < 0) return 0;
  int chars = 0;
  for (int i = 0; i < byte_col && i < int(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  if (byte_col > int(line.size())) chars += byte_col - int(line.size());
  return chars + 1;
}

// CPython fills a compile-stage SyntaxError's text from the file on disk (none for "<string>").
static std::string file_line(const std::string& filename, int lineno) {
  std::FILE* f = std::fopen(filename.c_str(), "rb");
  if (!f) return {};
  std::string data;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) data.append(buf, n);
  std::fclose(f);
  return source_line(data, lineno);
}

Ref Compiler::make_syntax_error(const std::string& msg, const Pos& pos, const char* type) {
  std::string text = file_line(filename_, pos.lineno);
  std::string end_text = pos.end_lineno == pos.lineno ? text : source_line(source_, pos.end_lineno);
  Ref fname = str_new(filename_);
  Ref lineno = int_from_i64(pos.lineno);
  Ref offset = int_from_i64(text.empty() ? pos.col_offset + 1 : char_offset(text, pos.col_offset));
  Ref text_obj = text.empty() ? Ref(None()) : str_new(text);
  Ref end_lineno = int_from_i64(pos.end_lineno ? pos.end_lineno : pos.lineno);
  Ref end_offset = int_from_i64(end_text.empty() ? pos.end_col_offset + 1 : char_offset(end_text, pos.end_col_offset));
  Ref details = tuple_from({fname, lineno, offset, text_obj, end_lineno, end_offset});
  Ref m = str_new(msg);
  Value args[2] = {m, details};
  TypeObject* t = exc::SyntaxError;
  if (std::strcmp(type, "IndentationError") == 0) t = exc::IndentationError;
  else if (std::strcmp(type, "TabError") == 0) t = exc::TabError;
  return new_exception_args(t, args, 2);
}

void Compiler::error(const std::string& msg, const Pos& pos) { throw CompileError{msg, pos}; }

// ---- units -------------------------------------------------------------------------------------

void Compiler::enter_unit(SymbolBlock* ste, const std::string& name, int firstlineno) {
  auto unit = std::make_unique<Unit>();
  unit->ste = ste;
  unit->name = name;
  unit->firstlineno = firstlineno;
  unit->pos.lineno = unit->pos.end_lineno = firstlineno;
  if (ste->kind == BlockKind::Class && ste->needs_class_closure) unit->cellvars.push_back("__class__");
  for (auto& [n, sc] : ste->scopes) {
    if (sc == SymScope::Cell) unit->cellvars.push_back(n);
    if (sc == SymScope::Free || (ste->kind == BlockKind::Class && (ste->flags_of(n) & kDefFreeClass)))
      unit->freevars.push_back(n);
  }
  if (ste->is_function_like())
    for (const std::string& p : ste->params) {
      unit->varname_index[p] = int(unit->varnames.size());
      unit->varnames.push_back(p);
    }
  if (!units_.empty()) unit->qualname = child_qualname(name);
  else unit->qualname = name;
  units_.push_back(std::move(unit));
}

std::string Compiler::child_qualname(const std::string& name) {
  if (units_.size() <= 1) return name;  // the parent is the module
  Unit& parent = u();
  if (parent.ste->scope_of(mangled(name)) == SymScope::GlobalExplicit) return name;
  if (parent.ste->is_function_like()) return parent.qualname + ".<locals>." + name;
  return parent.qualname + "." + name;
}

Ref Compiler::leave_unit() {
  Unit& unit = u();
  SymbolBlock* ste = unit.ste;
  uint32_t flags = 0;
  if (ste->is_function_like()) {
    flags |= kCoOptimized | kCoNewLocals;
    if (ste->has_varargs) flags |= kCoVarargs;
    if (ste->has_varkeywords) flags |= kCoVarkeywords;
    if (ste->is_nested) flags |= kCoNested;
    if (ste->is_generator) flags |= ste->is_coroutine ? kCoAsyncGenerator : kCoGenerator;
    else if (ste->is_coroutine) flags |= kCoCoroutine;
  }
  Ref code = assemble_unit(unit, filename_, flags);
  units_.pop_back();
  return code;
}

// ---- emission ----------------------------------------------------------------------------------

int Compiler::emit(Opcode op, uint32_t arg) {
  Unit& unit = u();
  unit.instrs.push_back(Instr{op, arg, unit.pos});
  return int(unit.instrs.size()) - 1;
}

int Compiler::new_label() {
  u().labels.push_back(-1);
  return int(u().labels.size()) - 1;
}

void Compiler::bind(int label) { u().labels[label] = int(u().instrs.size()); }

void Compiler::set_pos(const Pos& p) {
  if (p.lineno <= 0) return;
  u().pos = SourcePos{p.lineno, p.end_lineno, p.col_offset, p.end_col_offset};
}

int Compiler::add_const(ConstVal c) {
  Unit& unit = u();
  auto it = unit.const_index.find(c.key);
  if (it != unit.const_index.end()) return it->second;
  int idx = int(unit.consts.size());
  unit.consts.push_back(std::move(c.obj));
  unit.const_index[c.key] = idx;
  return idx;
}

void Compiler::load_none() { load_const(const_none()); }

int Compiler::add_name(const std::string& n) {
  Unit& unit = u();
  auto it = unit.name_index.find(n);
  if (it != unit.name_index.end()) return it->second;
  int idx = int(unit.names.size());
  unit.names.push_back(n);
  unit.name_index[n] = idx;
  return idx;
}

int Compiler::add_varname(const std::string& n) {
  Unit& unit = u();
  auto it = unit.varname_index.find(n);
  if (it != unit.varname_index.end()) return it->second;
  int idx = int(unit.varnames.size());
  unit.varnames.push_back(n);
  unit.varname_index[n] = idx;
  return idx;
}

int Compiler::deref_index(const std::string& n) {
  Unit& unit = u();
  for (size_t i = 0; i < unit.cellvars.size(); ++i)
    if (unit.cellvars[i] == n) return int(i);
  for (size_t i = 0; i < unit.freevars.size(); ++i)
    if (unit.freevars[i] == n) return int(unit.cellvars.size() + i);
  error("internal compiler error: no cell for '" + n + "'", Pos{});
}

// ---- constants ---------------------------------------------------------------------------------

static bool identifier_like(std::string_view s) {
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!(std::isalnum(c) || c == '_')) return false;
  }
  return true;
}

ConstVal Compiler::const_none() { return ConstVal{Ref(None()), "N"}; }

ConstVal Compiler::const_str(const std::string& s) {
  return ConstVal{identifier_like(s) ? intern(s) : str_new(s), "s" + s};
}

ConstVal Compiler::const_int(int64_t v) { return ConstVal{int_from_i64(v), "i" + std::to_string(v)}; }

ConstVal Compiler::const_tuple_of_strs(const std::vector<std::string>& v) {
  Ref t = tuple_new(v.size());
  std::string key = "t(";
  for (size_t i = 0; i < v.size(); ++i) {
    ConstVal c = const_str(v[i]);
    key += c.key;
    key += '\x1f';
    tuple_init_item(t, i, std::move(c.obj));
  }
  return ConstVal{std::move(t), key + ")"};
}

static std::string double_key(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return std::to_string(bits);
}

ConstVal Compiler::const_from_ast(Constant* c) {
  switch (c->ckind) {
    case ConstKind::None: return const_none();
    case ConstKind::True: return ConstVal{Ref(True()), "T"};
    case ConstKind::False: return ConstVal{Ref(False()), "F"};
    case ConstKind::Ellipsis: return ConstVal{Ref(Ellipsis()), "E"};
    case ConstKind::Int: {
      Ref v = int_from_literal(c->text);
      std::string digits;
      for (char ch : c->text)
        if (ch != '_') digits += ch;
      return ConstVal{std::move(v), "i" + digits};
    }
    case ConstKind::Float: return ConstVal{float_new(c->number), "f" + double_key(c->number)};
    case ConstKind::Complex:
      return ConstVal{complex_new(0.0, c->number), "c" + double_key(c->number)};
    case ConstKind::Str: return const_str(c->text);
    case ConstKind::Bytes:
      return ConstVal{bytes_new(c->text.data(), c->text.size()), "b" + c->text};
  }
  return const_none();
}

bool Compiler::const_of(Expr* e, ConstVal& out) {
  switch (e->kind) {
    case ExprKind::Constant: out = const_from_ast(static_cast<Constant*>(e)); return true;
    case ExprKind::UnaryOp: {
      auto* un = static_cast<UnaryOp*>(e);
      if (un->op == UnaryOpKind::Not) return false;
      ConstVal v;
      if (!const_of(un->operand, v) || v.key.empty()) return false;
      char k = v.key[0];
      bool is_num = k == 'i' || k == 'f' || k == 'c' || k == '-' || k == '+' || k == '~';
      if (!is_num || (un->op == UnaryOpKind::Invert && k != 'i' && k != '~' && k != '-')) return false;
      try {
        switch (un->op) {
          case UnaryOpKind::USub: out = ConstVal{negative(v.obj), "-" + v.key}; break;
          case UnaryOpKind::UAdd: out = ConstVal{positive(v.obj), "+" + v.key}; break;
          case UnaryOpKind::Invert: out = ConstVal{invert(v.obj), "~" + v.key}; break;
          default: return false;
        }
      } catch (PyException&) {
        return false;
      }
      return true;
    }
    case ExprKind::BinOp: {
      // Fold arithmetic on numeric constants (and short str concatenation), as CPython does;
      // anything that would raise or grow large is left for run time.
      auto* b = static_cast<ast::BinOp*>(e);
      ConstVal l, r;
      if (!const_of(b->left, l) || !const_of(b->right, r)) return false;
      auto numeric = [](const ConstVal& c) {
        return !c.key.empty() && (c.key[0] == 'i' || c.key[0] == 'f' || c.key[0] == '-' || c.key[0] == '+' || c.key[0] == '~');
      };
      bool strs = !l.key.empty() && !r.key.empty() && l.key[0] == 's' && r.key[0] == 's' && b->op == Operator::Add;
      if (!strs && !(numeric(l) && numeric(r))) return false;
      if (strs && l.key.size() + r.key.size() > 4096) return false;
      if (b->op == Operator::Pow || b->op == Operator::LShift) {
        auto small = int_as_i64(r.obj);
        if (!small || *small > 128 || *small < 0) return false;
        if (b->op == Operator::Pow && int_as_i64(l.obj) && (*int_as_i64(l.obj) > (1 << 20) || *int_as_i64(l.obj) < -(1 << 20))) return false;
      }
      if (b->op == Operator::MatMult) return false;
      try {
        Ref v = binary_op(l.obj, r.obj, binop_enum(b->op));
        std::string key;
        if (is_exact_str(v)) key = "s" + std::string(str_view(v));
        else if (is_exact_float(v)) key = "f" + double_key(float_value(v));
        else if (is_exact_int(v)) key = "i" + int_to_decimal(v);
        else return false;
        out = ConstVal{std::move(v), key};
        return true;
      } catch (PyException&) {
        return false;
      }
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<Tuple*>(e);
      if (t->ctx != ExprContext::Load) return false;
      std::vector<ConstVal> items(t->elts.size());
      for (size_t i = 0; i < t->elts.size(); ++i)
        if (!const_of(t->elts[i], items[i])) return false;
      Ref tup = tuple_new(items.size());
      std::string key = "t(";
      for (size_t i = 0; i < items.size(); ++i) {
        key += items[i].key;
        key += '\x1f';
        tuple_init_item(tup, i, std::move(items[i].obj));
      }
      out = ConstVal{std::move(tup), key + ")"};
      return true;
    }
    default: return false;
  }
}

// ---- modules -----------------------------------------------------------------------------------

static bool find_annotations(const std::vector<Stmt*>& body) {
  for (Stmt* s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign: return true;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* f = static_cast<For*>(s);
        if (find_annotations(f->body) || find_annotations(f->orelse)) return true;
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<While*>(s);
        if (find_annotations(w->body) || find_annotations(w->orelse)) return true;
        break;
      }
      case StmtKind::If: {
        auto* i = static_cast<If*>(s);
        if (find_annotations(i->body) || find_annotations(i->orelse)) return true;
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (find_annotations(static_cast<With*>(s)->body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* t = static_cast<Try*>(s);
        if (find_annotations(t->body) || find_annotations(t->orelse) || find_annotations(t->finalbody)) return true;
        for (ExceptHandler* h : t->handlers)
          if (find_annotations(h->body)) return true;
        break;
      }
      case StmtKind::Match:
        for (MatchCase* c : static_cast<Match*>(s)->cases)
          if (find_annotations(c->body)) return true;
        break;
      default: break;
    }
  }
  return false;
}


Ref Compiler::compile_mod(Mod* mod, ParseMode mode) {
  try {
    symtable_.build(mod);
    enter_unit(symtable_.module(), "<module>", 1);
    if (mode == ParseMode::Eval || mod->kind == ModKind::Expression) {
      Expr* e = mod->expr;
      if (e) {
        u().firstlineno = e->lineno > 0 ? e->lineno : 1;
        expr(e);
      } else {
        load_none();
      }
      emit(RETURN_VALUE);
    } else {
      interactive_ = mode == ParseMode::Single;
      for (size_t i = 0; i < mod->body.size(); ++i) {
        Stmt* s = mod->body[i];
        if (i == 0 && s->kind == StmtKind::Expr) continue;  // a docstring may come first
        if (s->kind != StmtKind::ImportFrom) break;
        auto* im = static_cast<ImportFrom*>(s);
        if (im->module != "__future__" || im->level != 0) break;
        for (Alias* a : im->names)
          if (a->name == "annotations") future_annotations_ = true;
      }
      if (!mod->body.empty()) {
        u().firstlineno = 1;
        set_pos(*mod->body[0]);
      }
      if (find_annotations(mod->body)) emit(SETUP_ANNOTATIONS);
      body_with_docstring(mod->body, !interactive_);
      load_none();
      emit(RETURN_VALUE);
    }
    return leave_unit();
  } catch (CompileError& e) {
    units_.clear();
    throw PyException{make_syntax_error(e.msg, e.pos)};
  }
}

Ref compile_ast(Mod* mod, const std::string& filename, ParseMode mode) {
  Compiler c(filename, std::string_view());
  return c.compile_mod(mod, mode);
}

Ref compile_source(std::string_view source, const std::string& filename, ParseMode mode) {
  Arena arena;
  Mod* mod = nullptr;
  try {
    mod = parse(source, filename, mode, arena);
  } catch (ParseError& pe) {
    const SyntaxErrorInfo& info = pe.info;
    TypeObject* t = exc::SyntaxError;
    if (info.type == "IndentationError") t = exc::IndentationError;
    else if (info.type == "TabError") t = exc::TabError;
    Ref fname = str_new(info.filename.empty() ? filename : info.filename);
    Ref text = info.text.empty() ? Ref(None()) : str_new(info.text);
    Ref details = tuple_from({fname, int_from_i64(info.lineno), int_from_i64(info.offset), text,
                              int_from_i64(info.end_lineno), int_from_i64(info.end_offset)});
    Ref m = str_new(info.msg);
    Value args[2] = {m, details};
    throw PyException{new_exception_args(t, args, 2)};
  }
  Compiler c(filename, source);
  return c.compile_mod(mod, mode);
}

}  // namespace minipy
