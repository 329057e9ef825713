// ast_dump (see ast_dump.h). Follows ast.dump's rules: optional fields that are None are
// omitted, lists always shown, values in repr() form.
#include "interp/ast_dump.h"
#include "runtime/unicode.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace minipy {

using namespace ast;

namespace {

// Decimal text of an int literal as written (any base, underscores).
std::string int_literal_value(const std::string& lit) {
  std::string s;
  for (char c : lit)
    if (c != '_') s.push_back(c);
  int base = 10;
  size_t i = 0;
  if (s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, i = 2;
  else if (s.size() > 1 && s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, i = 2;
  else if (s.size() > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, i = 2;
  std::vector<int> dec{0};  // little-endian base-10^9 digits
  for (; i < s.size(); i++) {
    char c = s[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
    long long carry = d;
    for (auto& limb : dec) {
      long long v = static_cast<long long>(limb) * base + carry;
      limb = static_cast<int>(v % 1000000000);
      carry = v / 1000000000;
    }
    while (carry) {
      dec.push_back(static_cast<int>(carry % 1000000000));
      carry /= 1000000000;
    }
  }
  std::string out = std::to_string(dec.back());
  for (size_t k = dec.size() - 1; k-- > 0;) {
    char buf[16];
    snprintf(buf, sizeof buf, "%09d", dec[k]);
    out += buf;
  }
  return out;
}

// Python's float repr: shortest round-trip digits, Python's exponent rules.
std::string float_repr(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (std::isnan(v)) return "nan";
  char buf[64];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  // buf: d.ddde[+-]XX -> digits and exponent
  std::string m(buf);
  size_t epos = m.find('e');
  int exp = std::atoi(m.c_str() + epos + 1);
  std::string digits;
  bool neg = m[0] == '-';
  for (size_t k = neg ? 1 : 0; k < epos; k++)
    if (m[k] != '.') digits.push_back(m[k]);
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= 16) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char eb[16];
    snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', std::abs(exp));
    return out + eb;
  }
  if (exp < 0) {
    out += "0." + std::string(-exp - 1, '0') + digits;
  } else if (static_cast<int>(digits.size()) <= exp + 1) {
    out += digits + std::string(exp + 1 - digits.size(), '0') + ".0";
  } else {
    out += digits.substr(0, exp + 1) + "." + digits.substr(exp + 1);
  }
  return out;
}

std::string complex_repr(double imag) {
  std::string r = float_repr(imag);
  if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
  return r + "j";
}

uint32_t next_cp(const std::string& s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + n > s.size()) n = 1;
  uint32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
  for (int k = 1; k < n; k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

bool printable(uint32_t cp) { return uni_isprintable(cp); }

std::string bytes_repr(const std::string& b) {
  bool has_sq = b.find('\'') != std::string::npos, has_dq = b.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out = "b";
  out.push_back(q);
  for (unsigned char c : b) {
    if (c == q || c == '\\') { out.push_back('\\'); out.push_back(static_cast<char>(c)); }
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c >= 0x7F) {
      char buf[8];
      snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out.push_back(static_cast<char>(c));
  }
  out.push_back(q);
  return out;
}

class Dumper {
 public:
  std::string out;
  bool attrs = false;

  void mod(const Mod* m) {
    if (m->kind == ModKind::Expression) {
      out += "Expression(body=";
      expr(m->expr);
      out += ")";
      return;
    }
    out += m->kind == ModKind::Module ? "Module(body=" : "Interactive(body=";
    stmts(m->body);
    if (m->kind == ModKind::Module) out += ", type_ignores=[]";
    out += ")";
  }

 private:
  template <class T, class F>
  void list(const std::vector<T>& v, F f) {
    out += "[";
    for (size_t i = 0; i < v.size(); i++) {
      if (i) out += ", ";
      f(v[i]);
    }
    out += "]";
  }
  void stmts(const std::vector<Stmt*>& v) { list(v, [&](Stmt* s) { stmt(s); }); }
  void exprs(const std::vector<Expr*>& v) { list(v, [&](Expr* e) { e ? expr(e) : void(out += "None"); }); }
  void str(const std::string& s) { out += py_str_repr(s); }
  void ctx(ExprContext c) { out += c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()"; }
  static const char* op_name(Operator o) {
    static const char* n[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return n[static_cast<int>(o)];
  }
  static const char* cmp_name(CmpOpKind o) {
    static const char* n[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return n[static_cast<int>(o)];
  }
  void comps(const std::vector<Comprehension*>& gens) {
    list(gens, [&](Comprehension* c) {
      out += "comprehension(target=";
      expr(c->target);
      out += ", iter=";
      expr(c->iter);
      out += ", ifs=";
      exprs(c->ifs);
      out += c->is_async ? ", is_async=1)" : ", is_async=0)";
    });
  }
  void arg(const Arg* a) {
    out += "arg(arg=";
    str(a->arg);
    if (a->annotation) { out += ", annotation="; expr(a->annotation); }
    out += ")";
    pos(a);
  }
  void args(const Arguments* a) {
    out += "arguments(posonlyargs=";
    list(a->posonlyargs, [&](Arg* x) { arg(x); });
    out += ", args=";
    list(a->args, [&](Arg* x) { arg(x); });
    if (a->vararg) { out += ", vararg="; arg(a->vararg); }
    out += ", kwonlyargs=";
    list(a->kwonlyargs, [&](Arg* x) { arg(x); });
    out += ", kw_defaults=";
    exprs(a->kw_defaults);
    if (a->kwarg) { out += ", kwarg="; arg(a->kwarg); }
    out += ", defaults=";
    exprs(a->defaults);
    out += ")";
  }
  void keywords(const std::vector<Keyword*>& v) {
    list(v, [&](Keyword* k) {
      out += "keyword(";
      if (!k->arg.empty()) { out += "arg="; str(k->arg); out += ", "; }
      out += "value=";
      expr(k->value);
      out += ")";
      pos(k);
    });
  }
  void aliases(const std::vector<Alias*>& v) {
    list(v, [&](Alias* a) {
      out += "alias(name=";
      str(a->name);
      if (!a->asname.empty()) { out += ", asname="; str(a->asname); }
      out += ")";
      pos(a);
    });
  }
  void constant_value(const Constant* c) {
    switch (c->ckind) {
      case ConstKind::None: out += "None"; break;
      case ConstKind::True: out += "True"; break;
      case ConstKind::False: out += "False"; break;
      case ConstKind::Ellipsis: out += "Ellipsis"; break;
      case ConstKind::Int: out += int_literal_value(c->text); break;
      case ConstKind::Float: out += float_repr(c->number); break;
      case ConstKind::Complex: out += complex_repr(c->number); break;
      case ConstKind::Str: str(c->text); break;
      case ConstKind::Bytes: out += bytes_repr(c->text); break;
    }
  }

  // Appends ", lineno=..., ..." before the closing parenthesis just written.
  void pos(const ast::Pos* p) {
    if (!attrs) return;
    out.pop_back();
    if (out.back() != '(') out += ", ";
    out += "lineno=" + std::to_string(p->lineno) + ", col_offset=" + std::to_string(p->col_offset) +
           ", end_lineno=" + std::to_string(p->end_lineno) + ", end_col_offset=" + std::to_string(p->end_col_offset) + ")";
  }
  void expr(const Expr* e) {
    expr_inner(e);
    pos(e);
  }
  void expr_inner(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* x = static_cast<const BoolOp*>(e);
        out += x->op == BoolOpKind::And ? "BoolOp(op=And(), values=" : "BoolOp(op=Or(), values=";
        exprs(x->values);
        out += ")";
        break;
      }
      case ExprKind::NamedExpr: {
        auto* x = static_cast<const NamedExpr*>(e);
        out += "NamedExpr(target="; expr(x->target); out += ", value="; expr(x->value); out += ")";
        break;
      }
      case ExprKind::BinOp: {
        auto* x = static_cast<const BinOp*>(e);
        out += "BinOp(left="; expr(x->left); out += ", op="; out += op_name(x->op); out += "(), right="; expr(x->right); out += ")";
        break;
      }
      case ExprKind::UnaryOp: {
        auto* x = static_cast<const UnaryOp*>(e);
        static const char* n[] = {"Invert", "Not", "UAdd", "USub"};
        out += "UnaryOp(op="; out += n[static_cast<int>(x->op)]; out += "(), operand="; expr(x->operand); out += ")";
        break;
      }
      case ExprKind::Lambda: {
        auto* x = static_cast<const Lambda*>(e);
        out += "Lambda(args="; args(x->args); out += ", body="; expr(x->body); out += ")";
        break;
      }
      case ExprKind::IfExp: {
        auto* x = static_cast<const IfExp*>(e);
        out += "IfExp(test="; expr(x->test); out += ", body="; expr(x->body); out += ", orelse="; expr(x->orelse); out += ")";
        break;
      }
      case ExprKind::Dict: {
        auto* x = static_cast<const Dict*>(e);
        out += "Dict(keys="; exprs(x->keys); out += ", values="; exprs(x->values); out += ")";
        break;
      }
      case ExprKind::Set: {
        out += "Set(elts="; exprs(static_cast<const Set*>(e)->elts); out += ")";
        break;
      }
      case ExprKind::ListComp: {
        auto* x = static_cast<const ListComp*>(e);
        out += "ListComp(elt="; expr(x->elt); out += ", generators="; comps(x->generators); out += ")";
        break;
      }
      case ExprKind::SetComp: {
        auto* x = static_cast<const SetComp*>(e);
        out += "SetComp(elt="; expr(x->elt); out += ", generators="; comps(x->generators); out += ")";
        break;
      }
      case ExprKind::GeneratorExp: {
        auto* x = static_cast<const GeneratorExp*>(e);
        out += "GeneratorExp(elt="; expr(x->elt); out += ", generators="; comps(x->generators); out += ")";
        break;
      }
      case ExprKind::DictComp: {
        auto* x = static_cast<const DictComp*>(e);
        out += "DictComp(key="; expr(x->key); out += ", value="; expr(x->value); out += ", generators="; comps(x->generators); out += ")";
        break;
      }
      case ExprKind::Await: out += "Await(value="; expr(static_cast<const Await*>(e)->value); out += ")"; break;
      case ExprKind::Yield: {
        auto* x = static_cast<const Yield*>(e);
        out += "Yield(";
        if (x->value) { out += "value="; expr(x->value); }
        out += ")";
        break;
      }
      case ExprKind::YieldFrom: out += "YieldFrom(value="; expr(static_cast<const YieldFrom*>(e)->value); out += ")"; break;
      case ExprKind::Compare: {
        auto* x = static_cast<const Compare*>(e);
        out += "Compare(left="; expr(x->left); out += ", ops=";
        list(x->ops, [&](CmpOpKind k) { out += cmp_name(k); out += "()"; });
        out += ", comparators="; exprs(x->comparators); out += ")";
        break;
      }
      case ExprKind::Call: {
        auto* x = static_cast<const Call*>(e);
        out += "Call(func="; expr(x->func); out += ", args="; exprs(x->args); out += ", keywords="; keywords(x->keywords); out += ")";
        break;
      }
      case ExprKind::FormattedValue: {
        auto* x = static_cast<const FormattedValue*>(e);
        out += "FormattedValue(value="; expr(x->value); out += ", conversion=" + std::to_string(x->conversion);
        if (x->format_spec) { out += ", format_spec="; expr(x->format_spec); }
        out += ")";
        break;
      }
      case ExprKind::JoinedStr: out += "JoinedStr(values="; exprs(static_cast<const JoinedStr*>(e)->values); out += ")"; break;
      case ExprKind::Constant: {
        auto* x = static_cast<const Constant*>(e);
        out += "Constant(value="; constant_value(x);
        if (!x->kind_u.empty()) { out += ", kind="; str(x->kind_u); }
        out += ")";
        break;
      }
      case ExprKind::Attribute: {
        auto* x = static_cast<const Attribute*>(e);
        out += "Attribute(value="; expr(x->value); out += ", attr="; str(x->attr); out += ", ctx="; ctx(x->ctx); out += ")";
        break;
      }
      case ExprKind::Subscript: {
        auto* x = static_cast<const Subscript*>(e);
        out += "Subscript(value="; expr(x->value); out += ", slice="; expr(x->slice); out += ", ctx="; ctx(x->ctx); out += ")";
        break;
      }
      case ExprKind::Starred: {
        auto* x = static_cast<const Starred*>(e);
        out += "Starred(value="; expr(x->value); out += ", ctx="; ctx(x->ctx); out += ")";
        break;
      }
      case ExprKind::Name: {
        auto* x = static_cast<const Name*>(e);
        out += "Name(id="; str(x->id); out += ", ctx="; ctx(x->ctx); out += ")";
        break;
      }
      case ExprKind::List: {
        auto* x = static_cast<const List*>(e);
        out += "List(elts="; exprs(x->elts); out += ", ctx="; ctx(x->ctx); out += ")";
        break;
      }
      case ExprKind::Tuple: {
        auto* x = static_cast<const Tuple*>(e);
        out += "Tuple(elts="; exprs(x->elts); out += ", ctx="; ctx(x->ctx); out += ")";
        break;
      }
      case ExprKind::Slice: {
        auto* x = static_cast<const Slice*>(e);
        out += "Slice(";
        bool first = true;
        auto field = [&](const char* n, const Expr* v) {
          if (!v) return;
          if (!first) out += ", ";
          first = false;
          out += n;
          out += "=";
          expr(v);
        };
        field("lower", x->lower);
        field("upper", x->upper);
        field("step", x->step);
        out += ")";
        break;
      }
    }
  }

  void pattern(const Pattern* p) {
    pattern_inner(p);
    pos(p);
  }
  void pattern_inner(const Pattern* p) {
    switch (p->kind) {
      case PatternKind::MatchValue: out += "MatchValue(value="; expr(static_cast<const MatchValue*>(p)->value); out += ")"; break;
      case PatternKind::MatchSingleton: {
        auto k = static_cast<const MatchSingleton*>(p)->value;
        out += k == ConstKind::None ? "MatchSingleton(value=None)" : k == ConstKind::True ? "MatchSingleton(value=True)" : "MatchSingleton(value=False)";
        break;
      }
      case PatternKind::MatchSequence: out += "MatchSequence(patterns="; patterns(static_cast<const MatchSequence*>(p)->patterns); out += ")"; break;
      case PatternKind::MatchMapping: {
        auto* x = static_cast<const MatchMapping*>(p);
        out += "MatchMapping(keys="; exprs(x->keys); out += ", patterns="; patterns(x->patterns);
        if (!x->rest.empty()) { out += ", rest="; str(x->rest); }
        out += ")";
        break;
      }
      case PatternKind::MatchClass: {
        auto* x = static_cast<const MatchClass*>(p);
        out += "MatchClass(cls="; expr(x->cls); out += ", patterns="; patterns(x->patterns); out += ", kwd_attrs=";
        list(x->kwd_attrs, [&](const std::string& s) { str(s); });
        out += ", kwd_patterns="; patterns(x->kwd_patterns); out += ")";
        break;
      }
      case PatternKind::MatchStar: {
        auto* x = static_cast<const MatchStar*>(p);
        out += "MatchStar(";
        if (!x->name.empty()) { out += "name="; str(x->name); }
        out += ")";
        break;
      }
      case PatternKind::MatchAs: {
        auto* x = static_cast<const MatchAs*>(p);
        out += "MatchAs(";
        if (x->pattern) { out += "pattern="; pattern(x->pattern); }
        if (!x->name.empty()) { if (x->pattern) out += ", "; out += "name="; str(x->name); }
        out += ")";
        break;
      }
      case PatternKind::MatchOr: out += "MatchOr(patterns="; patterns(static_cast<const MatchOr*>(p)->patterns); out += ")"; break;
    }
  }
  void patterns(const std::vector<Pattern*>& v) { list(v, [&](Pattern* p) { pattern(p); }); }

  void handlers(const std::vector<ExceptHandler*>& v) {
    list(v, [&](ExceptHandler* h) {
      out += "ExceptHandler(";
      if (h->type) { out += "type="; expr(h->type); out += ", "; }
      if (!h->name.empty()) { out += "name="; str(h->name); out += ", "; }
      out += "body="; stmts(h->body); out += ")";
      pos(h);
    });
  }

  void stmt(const Stmt* s) {
    stmt_inner(s);
    pos(s);
  }
  void stmt_inner(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto* x = static_cast<const FunctionDef*>(s);
        out += s->kind == StmtKind::FunctionDef ? "FunctionDef(name=" : "AsyncFunctionDef(name=";
        str(x->name); out += ", args="; args(x->args); out += ", body="; stmts(x->body);
        out += ", decorator_list="; exprs(x->decorator_list);
        if (x->returns) { out += ", returns="; expr(x->returns); }
        out += ")";
        break;
      }
      case StmtKind::ClassDef: {
        auto* x = static_cast<const ClassDef*>(s);
        out += "ClassDef(name="; str(x->name); out += ", bases="; exprs(x->bases); out += ", keywords="; keywords(x->keywords);
        out += ", body="; stmts(x->body); out += ", decorator_list="; exprs(x->decorator_list); out += ")";
        break;
      }
      case StmtKind::Return: {
        auto* x = static_cast<const Return*>(s);
        out += "Return(";
        if (x->value) { out += "value="; expr(x->value); }
        out += ")";
        break;
      }
      case StmtKind::Delete: out += "Delete(targets="; exprs(static_cast<const Delete*>(s)->targets); out += ")"; break;
      case StmtKind::Assign: {
        auto* x = static_cast<const Assign*>(s);
        out += "Assign(targets="; exprs(x->targets); out += ", value="; expr(x->value); out += ")";
        break;
      }
      case StmtKind::AugAssign: {
        auto* x = static_cast<const AugAssign*>(s);
        out += "AugAssign(target="; expr(x->target); out += ", op="; out += op_name(x->op); out += "(), value="; expr(x->value); out += ")";
        break;
      }
      case StmtKind::AnnAssign: {
        auto* x = static_cast<const AnnAssign*>(s);
        out += "AnnAssign(target="; expr(x->target); out += ", annotation="; expr(x->annotation);
        if (x->value) { out += ", value="; expr(x->value); }
        out += x->simple ? ", simple=1)" : ", simple=0)";
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto* x = static_cast<const For*>(s);
        out += s->kind == StmtKind::For ? "For(target=" : "AsyncFor(target=";
        expr(x->target); out += ", iter="; expr(x->iter); out += ", body="; stmts(x->body); out += ", orelse="; stmts(x->orelse); out += ")";
        break;
      }
      case StmtKind::While: {
        auto* x = static_cast<const While*>(s);
        out += "While(test="; expr(x->test); out += ", body="; stmts(x->body); out += ", orelse="; stmts(x->orelse); out += ")";
        break;
      }
      case StmtKind::If: {
        auto* x = static_cast<const If*>(s);
        out += "If(test="; expr(x->test); out += ", body="; stmts(x->body); out += ", orelse="; stmts(x->orelse); out += ")";
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto* x = static_cast<const With*>(s);
        out += s->kind == StmtKind::With ? "With(items=" : "AsyncWith(items=";
        list(x->items, [&](WithItem* w) {
          out += "withitem(context_expr="; expr(w->context_expr);
          if (w->optional_vars) { out += ", optional_vars="; expr(w->optional_vars); }
          out += ")";
        });
        out += ", body="; stmts(x->body); out += ")";
        break;
      }
      case StmtKind::Match: {
        auto* x = static_cast<const Match*>(s);
        out += "Match(subject="; expr(x->subject); out += ", cases=";
        list(x->cases, [&](MatchCase* c) {
          out += "match_case(pattern="; pattern(c->pattern);
          if (c->guard) { out += ", guard="; expr(c->guard); }
          out += ", body="; stmts(c->body); out += ")";
        });
        out += ")";
        break;
      }
      case StmtKind::Raise: {
        auto* x = static_cast<const Raise*>(s);
        out += "Raise(";
        if (x->exc) { out += "exc="; expr(x->exc); }
        if (x->cause) { out += ", cause="; expr(x->cause); }
        out += ")";
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto* x = static_cast<const Try*>(s);
        out += s->kind == StmtKind::Try ? "Try(body=" : "TryStar(body=";
        stmts(x->body); out += ", handlers="; handlers(x->handlers); out += ", orelse="; stmts(x->orelse);
        out += ", finalbody="; stmts(x->finalbody); out += ")";
        break;
      }
      case StmtKind::Assert: {
        auto* x = static_cast<const Assert*>(s);
        out += "Assert(test="; expr(x->test);
        if (x->msg) { out += ", msg="; expr(x->msg); }
        out += ")";
        break;
      }
      case StmtKind::Import: out += "Import(names="; aliases(static_cast<const Import*>(s)->names); out += ")"; break;
      case StmtKind::ImportFrom: {
        auto* x = static_cast<const ImportFrom*>(s);
        out += "ImportFrom(";
        if (!x->module.empty()) { out += "module="; str(x->module); out += ", "; }
        out += "names="; aliases(x->names); out += ", level=" + std::to_string(x->level) + ")";
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        auto& names = s->kind == StmtKind::Global ? static_cast<const Global*>(s)->names : static_cast<const Nonlocal*>(s)->names;
        out += s->kind == StmtKind::Global ? "Global(names=" : "Nonlocal(names=";
        list(names, [&](const std::string& n) { str(n); });
        out += ")";
        break;
      }
      case StmtKind::Expr: out += "Expr(value="; expr(static_cast<const ExprStmt*>(s)->value); out += ")"; break;
      case StmtKind::Pass: out += "Pass()"; break;
      case StmtKind::Break: out += "Break()"; break;
      case StmtKind::Continue: out += "Continue()"; break;
    }
  }
};

}  // namespace

std::string py_str_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = has_sq && !has_dq ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t cp = next_cp(s, i);
    if (cp == static_cast<uint32_t>(q) || cp == '\\') { out.push_back('\\'); out.push_back(static_cast<char>(cp)); }
    else if (cp == '\t') out += "\\t";
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (!printable(cp)) {
      char buf[16];
      if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
      else snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else out.append(s, start, i - start);
  }
  out.push_back(q);
  return out;
}

std::string ast_dump(const ast::Mod* mod, bool include_attributes) {
  Dumper d;
  d.attrs = include_attributes;
  d.mod(mod);
  return d.out;
}

}  // namespace minipy
