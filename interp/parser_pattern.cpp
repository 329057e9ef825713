// The match statement (soft keywords `match`/`case`) and its patterns.
#include "interp/parser_impl.h"

namespace minipy {

using namespace ast;

Stmt* Parser::match_stmt() {
  // `match` is a soft keyword: only a match statement if `match subject:` NEWLINE follows.
  const Token& kw = cur();
  size_t save = p_, savemax = maxp_;
  Expr* subject = nullptr;
  try {
    advance();
    if (at_op("=") || at_op(".")) throw ParseError(SyntaxErrorInfo{});
    Expr* first = star_named_expression();
    if (at_op(",")) {
      auto* t = make_from<Tuple>(*first);
      t->elts.push_back(first);
      while (accept_op(",")) {
        if (at_op(":")) break;
        t->elts.push_back(star_named_expression());
      }
      subject = fin(t);
    } else {
      if (first->kind == ExprKind::Starred) throw ParseError(SyntaxErrorInfo{});
      subject = first;
    }
    if (!at_op(":")) throw ParseError(SyntaxErrorInfo{});
  } catch (ParseError&) {
    reset(save);
    maxp_ = savemax;
    return nullptr;
  }
  advance();  // ':'
  auto* m = make_at<Match>(kw);
  m->subject = subject;
  if (!at(TokType::Newline)) invalid_syntax();
  advance();
  if (!at(TokType::Indent)) {
    const Token& t = cur();
    error_range("IndentationError", "expected an indented block after 'match' statement on line " + std::to_string(kw.lineno), t.lineno, t.col, t.end_lineno, t.end_col);
  }
  advance();
  while (!at(TokType::Dedent)) {
    if (!at_kw("case")) invalid_syntax();
    const Token& ck = cur();
    advance();
    auto* c = arena_.make<MatchCase>();
    c->pattern = patterns();
    if (accept_kw("if")) c->guard = named_expression();
    expect_colon();
    c->body = block("'case' statement", ck);
    m->cases.push_back(c);
  }
  advance();
  return fin_block(m);
}

Pattern* Parser::patterns() {
  // open_sequence_pattern | pattern
  const Token& start = cur();
  Pattern* first = star_or_pattern();
  if (!at_op(",")) {
    if (first->kind == PatternKind::MatchStar) {
      auto* s = make_at<MatchSequence>(start);
      s->patterns.push_back(first);
      return fin(s);
    }
    return first;
  }
  auto* s = make_at<MatchSequence>(start);
  s->patterns.push_back(first);
  while (accept_op(",")) {
    if (at_op(":") || at_kw("if")) break;
    s->patterns.push_back(star_or_pattern());
  }
  return fin(s);
}

Pattern* Parser::star_or_pattern() {
  if (at_op("*")) {
    auto* s = make_at<MatchStar>(cur());
    advance();
    std::string name = expect_name();
    if (name != "_") s->name = name;
    return fin(s);
  }
  return pattern();
}

Pattern* Parser::pattern() {
  const Token& start = cur();
  Pattern* p = or_pattern();
  if (at_kw("as")) {
    advance();
    if (!at_name()) invalid_syntax();
    std::string name(cur().text);
    if (name == "_") error_tok(cur(), "cannot use '_' as a target");
    advance();
    auto* a = make_at<MatchAs>(start);
    a->pattern = p;
    a->name = name;
    return fin(a);
  }
  return p;
}

Pattern* Parser::or_pattern() {
  const Token& start = cur();
  Pattern* first = closed_pattern();
  if (!at_op("|")) return first;
  auto* o = make_at<MatchOr>(start);
  o->patterns.push_back(first);
  while (accept_op("|")) o->patterns.push_back(closed_pattern());
  return fin(o);
}

Expr* Parser::pattern_value_expr(bool allow_complex) {
  // signed_number ['+'|'-' imaginary]
  Expr* e;
  if (at_op("-")) {
    auto* u = make_at<UnaryOp>(cur());
    advance();
    u->op = UnaryOpKind::USub;
    if (!at(TokType::Number)) invalid_syntax();
    u->operand = number();
    e = fin(u);
  } else {
    if (!at(TokType::Number)) invalid_syntax();
    e = number();
  }
  if (allow_complex && (at_op("+") || at_op("-"))) {
    Operator op = at_op("+") ? Operator::Add : Operator::Sub;
    advance();
    if (!at(TokType::Number)) invalid_syntax();
    Expr* imag = number();
    if (static_cast<Constant*>(imag)->ckind != ConstKind::Complex) error_node(imag, "imaginary number required in complex literal");
    auto* b = make_from<BinOp>(*e);
    b->left = e;
    b->op = op;
    b->right = imag;
    e = fin(b);
  }
  return e;
}

Expr* Parser::pattern_name_or_attr() {
  auto* n = make_at<Name>(cur());
  n->id = expect_name();
  Expr* e = fin(n);
  while (at_op(".")) {
    advance();
    auto* a = make_from<Attribute>(*e);
    a->value = e;
    a->attr = expect_name();
    e = fin(a);
  }
  return e;
}

Pattern* Parser::closed_pattern() {
  Guard g(this);
  const Token& t = cur();
  if (t.type == TokType::Number || t.is_op("-")) {
    auto* v = make_at<MatchValue>(t);
    v->value = pattern_value_expr(true);
    return fin(v);
  }
  if (t.type == TokType::String) {
    auto* v = make_at<MatchValue>(t);
    v->value = strings();
    return fin(v);
  }
  if (t.is("None") || t.is("True") || t.is("False")) {
    auto* s = make_at<MatchSingleton>(t);
    s->value = t.text == "None" ? ConstKind::None : t.text == "True" ? ConstKind::True : ConstKind::False;
    advance();
    return fin(s);
  }
  if (t.is_op("(") || t.is_op("[")) {
    bool paren = t.is_op("(");
    const char* close = paren ? ")" : "]";
    advance();
    auto* s = make_at<MatchSequence>(t);
    if (accept_op(close)) return fin(s);
    Pattern* first = star_or_pattern();
    if (paren && at_op(")") && first->kind != PatternKind::MatchStar) {
      advance();
      return first;  // a group
    }
    s->patterns.push_back(first);
    while (accept_op(",")) {
      if (at_op(close)) break;
      s->patterns.push_back(star_or_pattern());
    }
    expect_op(close);
    return fin(s);
  }
  if (t.is_op("{")) {
    advance();
    auto* m = make_at<MatchMapping>(t);
    while (!at_op("}")) {
      if (at_op("**")) {
        advance();
        m->rest = expect_name();
        accept_op(",");
        break;
      }
      Expr* key;
      const Token& kt = cur();
      if (kt.type == TokType::Number || kt.is_op("-")) key = pattern_value_expr(true);
      else if (kt.type == TokType::String) key = strings();
      else if (kt.is("None") || kt.is("True") || kt.is("False")) key = atom();
      else if (at_name() && peek().is_op(".")) key = pattern_name_or_attr();
      else invalid_syntax();
      expect_op(":");
      m->keys.push_back(key);
      m->patterns.push_back(pattern());
      if (!accept_op(",")) break;
    }
    expect_op("}");
    return fin(m);
  }
  if (at_name()) {
    if (!peek().is_op(".") && !peek().is_op("(")) {
      auto* a = make_at<MatchAs>(t);
      if (t.text != "_") a->name = std::string(t.text);
      advance();
      return fin(a);
    }
    Expr* name = pattern_name_or_attr();
    if (!at_op("(")) {
      auto* v = make_at<MatchValue>(t);
      v->value = name;
      return fin(v);
    }
    advance();
    auto* c = make_at<MatchClass>(t);
    c->cls = name;
    while (!at_op(")")) {
      if (at_name() && peek().is_op("=")) {
        c->kwd_attrs.push_back(std::string(cur().text));
        advance();
        advance();
        c->kwd_patterns.push_back(pattern());
      } else {
        Pattern* p = pattern();
        if (!c->kwd_attrs.empty()) error_node(p, "positional patterns follow keyword patterns");
        c->patterns.push_back(p);
      }
      if (!accept_op(",")) break;
    }
    expect_op(")");
    return fin(c);
  }
  invalid_syntax();
}

}  // namespace minipy
