// Expressions: CPython 3.11's precedence levels from named_expression down to atom.
#include <cstdlib>

#include "interp/parser_impl.h"

namespace minipy {

using namespace ast;

Expr* Parser::star_expressions() {
  size_t start = p_;
  Expr* first = star_expression();
  if (!at_op(",")) return first;
  auto* t = make_at<Tuple>(toks_[start]);
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (!starts_expression() && !at_op("*")) break;
    t->elts.push_back(star_expression());
  }
  return fin(t);
}

Expr* Parser::star_expression() {
  if (at_op("*")) {
    auto* s = make_at<Starred>(cur());
    advance();
    s->value = bitwise_or();
    return fin(s);
  }
  return expression();
}

Expr* Parser::star_named_expression() {
  if (at_op("*")) {
    auto* s = make_at<Starred>(cur());
    advance();
    s->value = bitwise_or();
    return fin(s);
  }
  return named_expression();
}

Expr* Parser::named_expression() {
  if (at_name() && peek().is_op(":=")) {
    auto* n = make_at<NamedExpr>(cur());
    auto* target = make_at<Name>(cur());
    target->id = std::string(cur().text);
    target->ctx = ExprContext::Store;
    advance();
    fin(target);
    advance();
    n->target = target;
    n->value = expression();
    return fin(n);
  }
  size_t start = p_;
  Expr* e = expression();
  if (at_op(":=")) {
    error_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
  }
  if (at_op("=")) check_stray_assign(e, start);
  return e;
}

void Parser::check_stray_assign(Expr* e, size_t start) {
  // CPython's invalid_named_expression: `x = 1` where an expression is expected.
  size_t save = p_;
  advance();
  Expr* value = nullptr;
  if (at_kw("yield") || at_op("*") || at_kw("not") || at_kw("lambda")) { reset(save); return; }
  try {
    value = bitwise_or();
  } catch (ParseError&) {
    reset(save);
    return;
  }
  if (at_op("=") || at_op(":=")) { reset(save); return; }
  if (e->kind == ExprKind::Name) {
    error_nodes(e, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  bool excluded = e->kind == ExprKind::List || e->kind == ExprKind::Tuple || e->kind == ExprKind::GeneratorExp ||
                  (e->kind == ExprKind::Constant && (static_cast<Constant*>(e)->ckind == ConstKind::True ||
                                                     static_cast<Constant*>(e)->ckind == ConstKind::False ||
                                                     static_cast<Constant*>(e)->ckind == ConstKind::None));
  bool is_bitwise_or = parenthesized(e, start) || !(e->kind == ExprKind::BoolOp || e->kind == ExprKind::Compare || e->kind == ExprKind::IfExp ||
                         e->kind == ExprKind::Lambda || e->kind == ExprKind::NamedExpr ||
                         (e->kind == ExprKind::UnaryOp && static_cast<UnaryOp*>(e)->op == UnaryOpKind::Not));
  if (!excluded && is_bitwise_or) {
    error_node(e, std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?");
  }
  reset(save);
}

Expr* Parser::expression() {
  Guard g(this);
  if (at_kw("lambda")) return lambdef();
  size_t start = p_;
  Expr* body = disjunction();
  if (!at_kw("if")) return body;
  advance();
  Expr* test = disjunction();
  if (!at_kw("else")) {
    if (at_op(":") || at(TokType::Newline) || at_op(")") || at_op("]") || at_op("}") || at_op(",") || at(TokType::EndMarker))
      error_nodes(body, test, "expected 'else' after 'if' expression");
    invalid_syntax();
  }
  advance();
  Expr* orelse = expression();
  auto* e = span<IfExp>(start);
  e->body = body;
  e->test = test;
  e->orelse = orelse;
  return e;
}

Expr* Parser::disjunction() {
  size_t start = p_;
  Expr* first = conjunction();
  if (!at_kw("or")) return first;
  std::vector<Expr*> values{first};
  while (accept_kw("or")) values.push_back(conjunction());
  auto* b = span<BoolOp>(start);
  b->op = BoolOpKind::Or;
  b->values = std::move(values);
  return b;
}

Expr* Parser::conjunction() {
  size_t start = p_;
  Expr* first = inversion();
  if (!at_kw("and")) return first;
  std::vector<Expr*> values{first};
  while (accept_kw("and")) values.push_back(inversion());
  auto* b = span<BoolOp>(start);
  b->op = BoolOpKind::And;
  b->values = std::move(values);
  return b;
}

Expr* Parser::inversion() {
  if (at_kw("not")) {
    Guard g(this);
    auto* u = make_at<UnaryOp>(cur());
    advance();
    u->op = UnaryOpKind::Not;
    u->operand = inversion();
    fin(u);
    return u;
  }
  return comparison();
}

Expr* Parser::comparison() {
  size_t start = p_;
  Expr* left = bitwise_or();
  Compare* c = nullptr;
  for (;;) {
    CmpOpKind op;
    const Token& t = cur();
    if (t.type == TokType::Op) {
      if (t.text == "==") op = CmpOpKind::Eq;
      else if (t.text == "!=") op = CmpOpKind::NotEq;
      else if (t.text == "<") op = CmpOpKind::Lt;
      else if (t.text == "<=") op = CmpOpKind::LtE;
      else if (t.text == ">") op = CmpOpKind::Gt;
      else if (t.text == ">=") op = CmpOpKind::GtE;
      else break;
      advance();
    } else if (t.type == TokType::Name) {
      if (t.text == "in") { op = CmpOpKind::In; advance(); }
      else if (t.text == "not" && peek().is("in")) { op = CmpOpKind::NotIn; advance(); advance(); }
      else if (t.text == "is") {
        advance();
        op = accept_kw("not") ? CmpOpKind::IsNot : CmpOpKind::Is;
      } else break;
    } else {
      break;
    }
    if (!c) {
      c = make_at<Compare>(toks_[start]);
      c->left = left;
    }
    c->ops.push_back(op);
    c->comparators.push_back(bitwise_or());
  }
  if (!c) return left;
  return fin(c);
}

Expr* Parser::make_binop(size_t start, Expr* l, Operator op, Expr* r) {
  auto* b = span<BinOp>(start);
  b->left = l;
  b->op = op;
  b->right = r;
  return b;
}

Expr* Parser::bitwise_or() {
  size_t start = p_;
  Expr* l = bitwise_xor();
  while (at_op("|")) {
    advance();
    l = make_binop(start, l, Operator::BitOr, bitwise_xor());
  }
  return l;
}

Expr* Parser::bitwise_xor() {
  size_t start = p_;
  Expr* l = bitwise_and();
  while (at_op("^")) {
    advance();
    l = make_binop(start, l, Operator::BitXor, bitwise_and());
  }
  return l;
}

Expr* Parser::bitwise_and() {
  size_t start = p_;
  Expr* l = shift_expr();
  while (at_op("&")) {
    advance();
    l = make_binop(start, l, Operator::BitAnd, shift_expr());
  }
  return l;
}

Expr* Parser::shift_expr() {
  size_t start = p_;
  Expr* l = sum();
  for (;;) {
    if (at_op("<<")) { advance(); l = make_binop(start, l, Operator::LShift, sum()); }
    else if (at_op(">>")) { advance(); l = make_binop(start, l, Operator::RShift, sum()); }
    else return l;
  }
}

Expr* Parser::sum() {
  size_t start = p_;
  Expr* l = term();
  for (;;) {
    if (at_op("+")) { advance(); l = make_binop(start, l, Operator::Add, term()); }
    else if (at_op("-")) { advance(); l = make_binop(start, l, Operator::Sub, term()); }
    else return l;
  }
}

Expr* Parser::term() {
  size_t start = p_;
  Expr* l = factor();
  for (;;) {
    Operator op;
    if (at_op("*")) op = Operator::Mult;
    else if (at_op("/")) op = Operator::Div;
    else if (at_op("//")) op = Operator::FloorDiv;
    else if (at_op("%")) op = Operator::Mod;
    else if (at_op("@")) op = Operator::MatMult;
    else return l;
    advance();
    l = make_binop(start, l, op, factor());
  }
}

Expr* Parser::factor() {
  UnaryOpKind op;
  if (at_op("+")) op = UnaryOpKind::UAdd;
  else if (at_op("-")) op = UnaryOpKind::USub;
  else if (at_op("~")) op = UnaryOpKind::Invert;
  else return power();
  Guard g(this);
  auto* u = make_at<UnaryOp>(cur());
  advance();
  u->op = op;
  u->operand = factor();
  fin(u);
  return u;
}

Expr* Parser::power() {
  size_t start = p_;
  Expr* l = await_primary();
  if (!at_op("**")) return l;
  Guard g(this);  // right-recursive: a ** b ** c ...
  advance();
  return make_binop(start, l, Operator::Pow, factor());
}

Expr* Parser::await_primary() {
  if (at_kw("await")) {
    auto* a = make_at<Await>(cur());
    advance();
    a->value = primary();
    fin(a);
    return a;
  }
  return primary();
}

Expr* Parser::primary() {
  size_t start = p_;
  Expr* e = atom();
  for (;;) {
    if (at_op(".")) {
      advance();
      auto* a = make_at<Attribute>(toks_[start]);
      a->value = e;
      a->attr = expect_name();
      e = fin(a);
    } else if (at_op("(")) {
      e = call_trailer(e, start);
    } else if (at_op("[")) {
      advance();
      auto* s = make_at<Subscript>(toks_[start]);
      s->value = e;
      s->slice = slices();
      expect_op("]");
      e = fin(s);
    } else {
      return e;
    }
  }
}

Expr* Parser::slices() {
  size_t start = p_;
  Expr* first = slice_item();
  if (!at_op(",") && first->kind != ExprKind::Starred) return first;
  auto* t = make_at<Tuple>(toks_[start]);
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (at_op("]")) break;
    t->elts.push_back(slice_item());
  }
  (void)start;
  return fin(t);
}

Expr* Parser::slice_item() {
  if (at_op("*")) {
    auto* s = make_at<Starred>(cur());
    advance();
    s->value = bitwise_or();
    return fin(s);
  }
  const Token& start = cur();
  Expr* lower = nullptr;
  if (!at_op(":")) {
    lower = named_expression();
    if (!at_op(":")) {
      if (!at_op(",") && !at_op("]")) check_comma_between(lower);
      return lower;
    }
  }
  auto* s = make_at<Slice>(start);
  s->lower = lower;
  expect_op(":");
  if (!at_op(":") && !at_op(",") && !at_op("]")) s->upper = expression();
  if (accept_op(":")) {
    if (!at_op(",") && !at_op("]")) s->step = expression();
  }
  return fin(s);
}

Expr* Parser::call_trailer(Expr* func, size_t start) {
  const Token& open = cur();
  advance();
  auto* c = make_at<Call>(toks_[start]);
  c->func = func;
  bool seen_keyword = false, seen_double_star = false;
  while (!at_op(")")) {
    if (at_op("*")) {
      const Token& star = cur();
      if (seen_double_star) error_tok(star, "iterable argument unpacking follows keyword argument unpacking");
      auto* s = make_at<Starred>(cur());
      advance();
      s->value = expression();
      fin(s);
      if (at_kw("for") || at_kw("async")) error_node(s, "iterable unpacking cannot be used in comprehension");
      c->args.push_back(s);
    } else if (at_op("**")) {
      auto* k = make_at<Keyword>(cur());
      advance();
      k->value = expression();
      fin(k);
      c->keywords.push_back(k);
      seen_double_star = true;
    } else if (at_name() && peek().is_op("=")) {
      auto* k = make_at<Keyword>(cur());
      const Token& name_tok = cur();
      k->arg = std::string(cur().text);
      advance();
      const Token& eq = cur();
      advance();
      k->value = expression();
      if (at_kw("for") || at_kw("async"))
        error_range("SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", name_tok.lineno, name_tok.col, eq.end_lineno, eq.end_col);
      fin(k);
      c->keywords.push_back(k);
      seen_keyword = true;
    } else {
      Expr* e;
      if (at_name() && peek().is_op(":=")) {
        e = named_expression();
      } else {
        if (at_kw("True") || at_kw("False") || at_kw("None")) {
          if (peek().is_op("=")) {
            const Token& kw = cur();
            advance();
            advance();
            error_range("SyntaxError", "cannot assign to " + std::string(kw.text), kw.lineno, kw.col, prev().end_lineno, prev().end_col);
          }
        }
        e = expression();
        if (at_op("=")) {
          if (e->kind == ExprKind::Constant && (static_cast<Constant*>(e)->ckind == ConstKind::True || static_cast<Constant*>(e)->ckind == ConstKind::False || static_cast<Constant*>(e)->ckind == ConstKind::None))
            error_node(e, std::string("cannot assign to ") + expr_name(e));
          error_range("SyntaxError", "expression cannot contain assignment, perhaps you meant \"==\"?", e->lineno, e->col_offset, cur().end_lineno, cur().end_col);
        }
        if (at_op(":=")) error_node(e, std::string("cannot use assignment expressions with ") + expr_name(e));
      }
      if (at_kw("for") || at_kw("async")) {
        if (in_class_args_) invalid_syntax();
        if (e->kind == ExprKind::Starred) error_node(e, "iterable unpacking cannot be used in comprehension");
        auto* g = make_at<GeneratorExp>(open);
        g->elt = e;
        comprehension_clauses(g->generators);
        if (!at_op(")") || !c->args.empty() || !c->keywords.empty()) {
          if (at_op(",") || !c->args.empty() || !c->keywords.empty()) {
            const ast::Pos* last = g->generators.back()->ifs.empty() ? static_cast<ast::Pos*>(g->generators.back()->iter)
                                                                     : g->generators.back()->ifs.back();
            error_nodes(e, last, "Generator expression must be parenthesized");
          }
          invalid_syntax();
        }
        advance();
        fin(g);
        c->args.push_back(g);
        return fin(c);
      }
      // CPython reports these at the token after the argument.
      if (seen_double_star) error_tok(cur(), "positional argument follows keyword argument unpacking");
      if (seen_keyword) error_tok(cur(), "positional argument follows keyword argument");
      c->args.push_back(e);
    }
    if (!accept_op(",")) {
      if (!at_op(")")) check_comma_between(c->args.empty() && c->keywords.empty() ? nullptr : (c->keywords.empty() || (!c->args.empty() && (c->args.back()->lineno > c->keywords.back()->lineno || (c->args.back()->lineno == c->keywords.back()->lineno && c->args.back()->col_offset > c->keywords.back()->col_offset))) ? c->args.back() : c->keywords.back()->value));
      break;
    }
  }
  expect_op(")");
  return fin(c);
}

void Parser::check_comma_between(Expr* a) {
  // CPython's invalid_expression: two expressions side by side inside brackets.
  if (!a || !starts_expression()) invalid_syntax();
  if (at_kw("for") || at_kw("if") || at_kw("else") || at_kw("in")) invalid_syntax();
  while (a->kind == ExprKind::IfExp) a = static_cast<IfExp*>(a)->orelse;
  if (a->kind == ExprKind::Lambda) invalid_syntax();
  if (a->kind == ExprKind::Name) {
    const std::string& id = static_cast<Name*>(a)->id;
    if (id == "print" || id == "exec" || id == "match" || id == "case" || id == "_") invalid_syntax();
    if (cur().type == TokType::String && prev().type == TokType::Name && prev().col == a->col_offset) invalid_syntax();
  }
  size_t save = p_;
  size_t savemax = maxp_;
  Expr* b = nullptr;
  try {
    b = expression();
  } catch (ParseError&) {
    reset(save);
    maxp_ = savemax;
    invalid_syntax();
  }
  error_nodes(a, b, "invalid syntax. Perhaps you forgot a comma?");
}

Expr* Parser::atom() {
  const Token& t = cur();
  switch (t.type) {
    case TokType::Name: {
      std::string_view s = t.text;
      if (s == "None" || s == "True" || s == "False") {
        auto* c = make_at<Constant>(t);
        c->ckind = s == "None" ? ConstKind::None : s == "True" ? ConstKind::True : ConstKind::False;
        advance();
        return fin(c);
      }
      if (is_keyword(s)) invalid_syntax();
      auto* n = make_at<Name>(t);
      n->id = std::string(s);
      advance();
      return fin(n);
    }
    case TokType::Number:
      return number();
    case TokType::String:
      return strings();
    case TokType::Op:
      if (t.text == "(") return paren_atom();
      if (t.text == "[") return list_atom();
      if (t.text == "{") return brace_atom();
      if (t.text == "...") {
        auto* c = make_at<Constant>(t);
        c->ckind = ConstKind::Ellipsis;
        advance();
        return fin(c);
      }
      invalid_syntax();
    default:
      invalid_syntax();
  }
}

Expr* Parser::number() {
  const Token& t = cur();
  auto* c = make_at<Constant>(t);
  std::string_view s = t.text;
  std::string clean;
  clean.reserve(s.size());
  for (char ch : s)
    if (ch != '_') clean.push_back(ch);
  char last = clean.back();
  bool is_hex = clean.size() > 1 && clean[0] == '0' && (clean[1] == 'x' || clean[1] == 'X');
  if (last == 'j' || last == 'J') {
    c->ckind = ConstKind::Complex;
    clean.pop_back();
    c->number = std::strtod(clean.c_str(), nullptr);
    c->text = std::string(s);
  } else if (!is_hex && clean.find_first_of(".eE") != std::string::npos) {
    c->ckind = ConstKind::Float;
    c->number = std::strtod(clean.c_str(), nullptr);
    c->text = std::string(s);
  } else {
    c->ckind = ConstKind::Int;
    c->text = std::string(s);
  }
  advance();
  return fin(c);
}

Expr* Parser::paren_atom() {
  Guard g(this);
  const Token& open = cur();
  advance();
  if (at_op(")")) {
    auto* t = make_at<Tuple>(open);
    advance();
    return fin(t);
  }
  if (at_kw("yield")) {
    Expr* y = yield_expr();
    expect_op(")");
    return y;
  }
  Expr* first = star_named_expression();
  if (at_kw("for") || at_kw("async")) {
    if (first->kind == ExprKind::Starred) error_node(first, "iterable unpacking cannot be used in comprehension");
    auto* ge = make_at<GeneratorExp>(open);
    ge->elt = first;
    comprehension_clauses(ge->generators);
    expect_op(")");
    return fin(ge);
  }
  if (at_op(")")) {
    if (first->kind == ExprKind::Starred) error_node(first, "cannot use starred expression here");
    advance();
    return first;
  }
  if (!at_op(",")) {
    check_comma_between(first);
  }
  auto* t = make_at<Tuple>(open);
  t->elts.push_back(first);
  while (accept_op(",")) {
    if (at_op(")")) break;
    Expr* e = star_named_expression();
    t->elts.push_back(e);
    if (!at_op(",") && !at_op(")")) check_comma_between(e);
  }
  expect_op(")");
  return fin(t);
}

Expr* Parser::list_atom() {
  Guard g(this);
  const Token& open = cur();
  advance();
  if (at_op("]")) {
    auto* l = make_at<List>(open);
    advance();
    return fin(l);
  }
  Expr* first = star_named_expression();
  if (at_kw("for") || at_kw("async")) {
    if (first->kind == ExprKind::Starred) error_node(first, "iterable unpacking cannot be used in comprehension");
    auto* lc = make_at<ListComp>(open);
    lc->elt = first;
    comprehension_clauses(lc->generators);
    expect_op("]");
    return fin(lc);
  }
  auto* l = make_at<List>(open);
  l->elts.push_back(first);
  if (!at_op(",") && !at_op("]")) check_comma_between(first);
  while (accept_op(",")) {
    if (at_op("]")) break;
    Expr* e = star_named_expression();
    l->elts.push_back(e);
    if (!at_op(",") && !at_op("]")) check_comma_between(e);
  }
  expect_op("]");
  return fin(l);
}

Expr* Parser::brace_atom() {
  Guard g(this);
  const Token& open = cur();
  advance();
  if (at_op("}")) {
    auto* d = make_at<Dict>(open);
    advance();
    return fin(d);
  }
  Expr* first_key = nullptr;
  Expr* first_value = nullptr;
  if (at_op("**")) {
    const Token& stars = cur();
    advance();
    first_value = bitwise_or();
    if (at_kw("for") || at_kw("async")) error_tok(stars, "dict unpacking cannot be used in dict comprehension");
  } else {
    Expr* e = star_named_expression();
    if (!at_op(":")) {
      // a set
      if (at_kw("for") || at_kw("async")) {
        if (e->kind == ExprKind::Starred) error_node(e, "iterable unpacking cannot be used in comprehension");
        auto* sc = make_at<SetComp>(open);
        sc->elt = e;
        comprehension_clauses(sc->generators);
        expect_op("}");
        return fin(sc);
      }
      auto* s = make_at<Set>(open);
      s->elts.push_back(e);
      if (!at_op(",") && !at_op("}")) check_comma_between(e);
      while (accept_op(",")) {
        if (at_op("}")) break;
        Expr* x = star_named_expression();
        s->elts.push_back(x);
        if (!at_op(",") && !at_op("}")) check_comma_between(x);
      }
      expect_op("}");
      return fin(s);
    }
    if (e->kind == ExprKind::Starred) error_node(e, "cannot use a starred expression in a dictionary key");
    advance();  // ':'
    first_key = e;
    if (at_op("}") || at_op(",")) error_range("SyntaxError", "expression expected after dictionary key and ':'", prev().lineno, prev().col, prev().end_lineno, prev().end_col);
    if (at_op("*") || at_op("**")) error_tok(cur(), "cannot use a starred expression in a dictionary value");
    first_value = expression();
    if (at_kw("for") || at_kw("async")) {
      auto* dc = make_at<DictComp>(open);
      dc->key = first_key;
      dc->value = first_value;
      comprehension_clauses(dc->generators);
      expect_op("}");
      return fin(dc);
    }
  }
  auto* d = make_at<Dict>(open);
  d->keys.push_back(first_key);
  d->values.push_back(first_value);
  if (!at_op(",") && !at_op("}")) check_comma_between(first_value);
  while (accept_op(",")) {
    if (at_op("}")) break;
    if (accept_op("**")) {
      d->keys.push_back(nullptr);
      d->values.push_back(bitwise_or());
    } else {
      Expr* k = expression();
      if (!at_op(":")) {
        if (at_op("}") || at_op(",")) error_range("SyntaxError", "':' expected after dictionary key", k->lineno, k->col_offset, k->lineno, kEndOffsetZero);
        invalid_syntax();
      }
      advance();
      if (at_op("}") || at_op(",")) error_range("SyntaxError", "expression expected after dictionary key and ':'", prev().lineno, prev().col, prev().end_lineno, prev().end_col);
      d->keys.push_back(k);
      d->values.push_back(expression());
    }
    if (!at_op(",") && !at_op("}")) check_comma_between(d->values.back());
  }
  expect_op("}");
  return fin(d);
}

void Parser::comprehension_clauses(std::vector<Comprehension*>& out) {
  while (at_kw("for") || (at_kw("async") && peek().is("for"))) {
    auto* c = arena_.make<Comprehension>();
    if (accept_kw("async")) c->is_async = true;
    expect_kw("for");
    c->target = star_targets();
    expect_kw("in");
    c->iter = disjunction();
    while (at_kw("if")) {
      advance();
      c->ifs.push_back(disjunction());
    }
    out.push_back(c);
  }
}

Expr* Parser::star_targets() {
  size_t start = p_;
  auto one = [&]() -> Expr* {
    if (at_op("*")) {
      auto* s = make_at<Starred>(cur());
      advance();
      s->value = bitwise_or();
      return fin(s);
    }
    return bitwise_or();
  };
  Expr* first = one();
  Expr* result = first;
  if (at_op(",")) {
    auto* t = make_at<Tuple>(toks_[start]);
    t->elts.push_back(first);
    while (accept_op(",")) {
      if (at_kw("in") || at_op("=") || at_op(":") || at_op(")")) break;
      t->elts.push_back(one());
    }
    result = fin(t);
  }
  (void)start;
  set_ctx(result, ExprContext::Store, result->kind != ExprKind::Tuple);
  return result;
}

Expr* Parser::lambdef() {
  Guard g(this);
  auto* l = make_at<Lambda>(cur());
  advance();
  l->args = parameters(true, ":");
  expect_op(":");
  func_depth_++;
  l->body = expression();
  func_depth_--;
  fin(l);
  return l;
}

Expr* Parser::yield_expr() {
  const Token& y = cur();
  advance();
  if (accept_kw("from")) {
    auto* e = make_at<YieldFrom>(y);
    e->value = expression();
    return fin(e);
  }
  auto* e = make_at<Yield>(y);
  if (starts_expression() || at_op("*")) e->value = star_expressions();
  return fin(e);
}

bool Parser::starts_expression() const {
  const Token& t = cur();
  switch (t.type) {
    case TokType::Number:
    case TokType::String:
      return true;
    case TokType::Name:
      if (!is_keyword(t.text)) return true;
      return t.text == "None" || t.text == "True" || t.text == "False" || t.text == "lambda" || t.text == "not" || t.text == "await";
    case TokType::Op:
      return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~" || t.text == "...";
    default:
      return false;
  }
}

}  // namespace minipy
