// Statements: simple statements, blocks and every compound statement of Python 3.11.
#include "interp/parser_impl.h"

namespace minipy {

using namespace ast;

namespace {
bool augassign_op(std::string_view s, Operator& op) {
  static const struct { const char* text; Operator op; } table[] = {
      {"+=", Operator::Add}, {"-=", Operator::Sub}, {"*=", Operator::Mult}, {"@=", Operator::MatMult},
      {"/=", Operator::Div}, {"%=", Operator::Mod}, {"&=", Operator::BitAnd}, {"|=", Operator::BitOr},
      {"^=", Operator::BitXor}, {"<<=", Operator::LShift}, {">>=", Operator::RShift}, {"**=", Operator::Pow},
      {"//=", Operator::FloorDiv}};
  for (auto& e : table)
    if (s == e.text) { op = e.op; return true; }
  return false;
}
}  // namespace

void Parser::statements_until(TokType end, std::vector<Stmt*>& out) {
  while (!at(end)) {
    if (at(TokType::EndMarker)) invalid_syntax();
    statement(out);
  }
}

void Parser::statement(std::vector<Stmt*>& out) {
  if (Stmt* s = compound_stmt()) {
    out.push_back(s);
    return;
  }
  if (at(TokType::Indent)) invalid_syntax();
  simple_stmts(out);
}

void Parser::simple_stmts(std::vector<Stmt*>& out) {
  for (;;) {
    out.push_back(simple_stmt());
    if (accept_op(";")) {
      if (at(TokType::Newline)) break;
      continue;
    }
    if (!at(TokType::Newline)) invalid_syntax();
    break;
  }
  advance();  // NEWLINE
}

std::vector<Stmt*> Parser::block(const char* what, const Token& header) {
  std::vector<Stmt*> body;
  if (at(TokType::Newline)) {
    advance();
    if (!at(TokType::Indent)) {
      const Token& t = cur();
      std::string msg = std::string("expected an indented block after ") + what + " on line " + std::to_string(header.lineno);
      error_range("IndentationError", msg, t.lineno, t.col, t.end_lineno, t.end_col);
    }
    advance();
    statements_until(TokType::Dedent, body);
    advance();
  } else {
    simple_stmts(body);
  }
  return body;
}

Stmt* Parser::simple_stmt() {
  const Token& t = cur();
  if (t.type == TokType::Name) {
    std::string_view k = t.text;
    if (k == "pass") { auto* s = make_at<Pass>(t); advance(); return fin(s); }
    if (k == "break") { auto* s = make_at<Break>(t); advance(); return fin(s); }
    if (k == "continue") { auto* s = make_at<Continue>(t); advance(); return fin(s); }
    if (k == "return") {
      auto* s = make_at<Return>(t);
      advance();
      if (starts_expression() || at_op("*")) s->value = star_expressions();
      return fin(s);
    }
    if (k == "raise") {
      auto* s = make_at<Raise>(t);
      advance();
      if (starts_expression()) {
        s->exc = expression();
        if (accept_kw("from")) s->cause = expression();
      }
      return fin(s);
    }
    if (k == "global" || k == "nonlocal") {
      std::vector<std::string> names;
      advance();
      names.push_back(expect_name());
      while (accept_op(",")) names.push_back(expect_name());
      if (k == "global") {
        auto* s = make_at<Global>(t);
        s->names = std::move(names);
        return fin(s);
      }
      auto* s = make_at<Nonlocal>(t);
      s->names = std::move(names);
      return fin(s);
    }
    if (k == "del") {
      auto* s = make_at<Delete>(t);
      advance();
      for (;;) {
        Expr* e = star_expression();
        set_ctx(e, ExprContext::Del, true);
        s->targets.push_back(e);
        if (!accept_op(",")) break;
        if (at(TokType::Newline) || at_op(";")) break;
      }
      if (!at(TokType::Newline) && !at_op(";")) invalid_syntax();
      return fin(s);
    }
    if (k == "assert") {
      auto* s = make_at<Assert>(t);
      advance();
      s->test = expression();
      if (accept_op(",")) s->msg = expression();
      return fin(s);
    }
    if (k == "import") return import_stmt();
    if (k == "from") return from_import_stmt();
  }
  return expr_or_assign_stmt();
}

Stmt* Parser::expr_or_assign_stmt() {
  size_t start = p_;
  Expr* e = at_kw("yield") ? yield_expr() : star_expressions();
  if (at_op("=")) {
    auto* a = make_at<Assign>(toks_[start]);
    std::vector<Expr*> items{e};
    bool first_checked = false;
    while (accept_op("=")) {
      if (!first_checked) {
        first_checked = true;
        // "cannot assign to X here. Maybe you meant '==' ..." for the first target
        ExprKind k = e->kind;
        if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript && k != ExprKind::List &&
            k != ExprKind::Tuple && k != ExprKind::Starred && k != ExprKind::Yield && k != ExprKind::YieldFrom) {
          p_--;
          check_stray_assign(e, start);
          advance();
        }
      }
      Expr* v = at_kw("yield") ? yield_expr() : star_expressions();
      items.push_back(v);
    }
    a->value = items.back();
    items.pop_back();
    for (Expr* t : items) {
      if (t->kind == ExprKind::Yield || t->kind == ExprKind::YieldFrom) error_node(t, "assignment to yield expression not possible");
      set_ctx(t, ExprContext::Store, true);
    }
    a->targets = std::move(items);
    return fin(a);
  }
  if (at_op(":")) {
    const Token& colon = cur();
    (void)colon;
    if (e->kind == ExprKind::Tuple && !parenthesized(e, start)) error_node(e, "only single target (not tuple) can be annotated");
    if (e->kind == ExprKind::Tuple) error_node(e, "only single target (not tuple) can be annotated");
    if (e->kind == ExprKind::List) error_node(e, "only single target (not list) can be annotated");
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript) error_node(e, "illegal target for annotation");
    advance();
    auto* a = make_at<AnnAssign>(toks_[start]);
    set_ctx(e, ExprContext::Store, true);
    a->target = e;
    a->simple = e->kind == ExprKind::Name && !parenthesized(e, start);
    a->annotation = expression();
    if (accept_op("=")) a->value = at_kw("yield") ? yield_expr() : star_expressions();
    return fin(a);
  }
  Operator op;
  if (cur().type == TokType::Op && augassign_op(cur().text, op)) {
    if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
      error_node(e, std::string("'") + expr_name(e) + "' is an illegal expression for augmented assignment");
    advance();
    auto* a = make_at<AugAssign>(toks_[start]);
    set_ctx(e, ExprContext::Store, true);
    a->target = e;
    a->op = op;
    a->value = at_kw("yield") ? yield_expr() : star_expressions();
    return fin(a);
  }
  if (!at(TokType::Newline) && !at_op(";")) {
    if (e->kind == ExprKind::Name && starts_expression()) {
      const std::string& id = static_cast<Name*>(e)->id;
      if (id == "print" || id == "exec") {
        Expr* b = star_expressions();
        error_nodes(e, b, "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
      }
    }
    invalid_syntax();
  }
  auto* s = make_at<ExprStmt>(toks_[start]);
  s->value = e;
  return fin(s);
}

Stmt* Parser::import_stmt() {
  auto* s = make_at<Import>(cur());
  advance();
  for (;;) {
    auto* a = make_at<Alias>(cur());
    a->name = expect_name();
    while (accept_op(".")) a->name += "." + expect_name();
    if (accept_kw("as")) a->asname = expect_name();
    s->names.push_back(fin(a));
    if (!accept_op(",")) break;
  }
  return fin(s);
}

Stmt* Parser::from_import_stmt() {
  auto* s = make_at<ImportFrom>(cur());
  advance();
  for (;;) {
    if (accept_op(".")) s->level += 1;
    else if (accept_op("...")) s->level += 3;
    else break;
  }
  if (!at_kw("import")) {
    s->module = expect_name();
    while (accept_op(".")) s->module += "." + expect_name();
  }
  expect_kw("import");
  if (at_op("*")) {
    auto* a = make_at<Alias>(cur());
    a->name = "*";
    advance();
    s->names.push_back(fin(a));
    return fin(s);
  }
  bool paren = accept_op("(");
  for (;;) {
    auto* a = make_at<Alias>(cur());
    a->name = expect_name();
    if (accept_kw("as")) a->asname = expect_name();
    s->names.push_back(fin(a));
    if (!at_op(",")) break;
    advance();
    if (paren && at_op(")")) break;
    if (!paren && (at(TokType::Newline) || at_op(";"))) error_tok(cur(), "trailing comma not allowed without surrounding parentheses");
  }
  if (paren) expect_op(")");
  return fin(s);
}

Stmt* Parser::compound_stmt() {
  const Token& t = cur();
  if (t.type == TokType::Op && t.text == "@") return decorated();
  if (t.type != TokType::Name) return nullptr;
  std::string_view k = t.text;
  if (k == "if") return if_stmt(false);
  if (k == "while") return while_stmt();
  if (k == "for") return for_stmt(nullptr);
  if (k == "try") return try_stmt();
  if (k == "with") return with_stmt(nullptr);
  if (k == "def") return funcdef({}, nullptr);
  if (k == "class") return classdef({});
  if (k == "async") {
    const Token& a = t;
    if (peek().is("def")) { advance(); return funcdef({}, &a); }
    if (peek().is("for")) { advance(); return for_stmt(&a); }
    if (peek().is("with")) { advance(); return with_stmt(&a); }
    advance();
    invalid_syntax();
  }
  if (k == "match") return match_stmt();
  return nullptr;
}

Stmt* Parser::if_stmt(bool elif) {
  const Token& kw = cur();
  auto* s = make_at<If>(kw);
  advance();
  s->test = named_expression();
  expect_colon();
  s->body = block(elif ? "'elif' statement" : "'if' statement", kw);
  if (at_kw("elif")) {
    s->orelse.push_back(if_stmt(true));
  } else if (at_kw("else")) {
    const Token& e = cur();
    advance();
    expect_colon(true);
    s->orelse = block("'else' statement", e);
  }
  return fin_block(s);
}

Stmt* Parser::while_stmt() {
  const Token& kw = cur();
  auto* s = make_at<While>(kw);
  advance();
  s->test = named_expression();
  expect_colon();
  s->body = block("'while' statement", kw);
  if (at_kw("else")) {
    const Token& e = cur();
    advance();
    expect_colon(true);
    s->orelse = block("'else' statement", e);
  }
  return fin_block(s);
}

Stmt* Parser::for_stmt(const Token* async_tok) {
  const Token& kw = cur();
  auto* s = make_at<For>(async_tok ? *async_tok : kw);
  if (async_tok) s->kind = StmtKind::AsyncFor;
  advance();
  s->target = star_targets();
  expect_kw("in");
  s->iter = star_expressions();
  expect_colon();
  s->body = block("'for' statement", kw);
  if (at_kw("else")) {
    const Token& e = cur();
    advance();
    expect_colon(true);
    s->orelse = block("'else' statement", e);
  }
  return fin_block(s);
}

Stmt* Parser::with_stmt(const Token* async_tok) {
  const Token& kw = cur();
  auto* s = make_at<With>(async_tok ? *async_tok : kw);
  if (async_tok) s->kind = StmtKind::AsyncWith;
  advance();
  auto item = [&]() {
    auto* w = arena_.make<WithItem>();
    w->context_expr = expression();
    if (accept_kw("as")) {
      Expr* t = bitwise_or();  // star_target: a single target (tuples need parentheses)
      set_ctx(t, ExprContext::Store, true);
      w->optional_vars = t;
      if (!at_op(",") && !at_op(")") && !at_op(":")) invalid_syntax();
    }
    return w;
  };
  bool done = false;
  if (at_op("(")) {
    size_t save = p_, savemax = maxp_;
    try {
      advance();
      std::vector<WithItem*> items;
      for (;;) {
        items.push_back(item());
        if (!accept_op(",")) break;
        if (at_op(")")) break;
      }
      expect_op(")");
      if (!at_op(":")) throw ParseError(SyntaxErrorInfo{});
      s->items = std::move(items);
      done = true;
    } catch (ParseError&) {
      reset(save);
      maxp_ = savemax;
    }
  }
  if (!done) {
    for (;;) {
      s->items.push_back(item());
      if (!accept_op(",")) break;
    }
  }
  expect_colon();
  s->body = block("'with' statement", kw);
  return fin_block(s);
}

Stmt* Parser::try_stmt() {
  const Token& kw = cur();
  auto* s = make_at<Try>(kw);
  advance();
  expect_colon(true);
  s->body = block("'try' statement", kw);
  bool seen_plain = false, seen_star = false;
  while (at_kw("except")) {
    const Token& ek = cur();
    auto* h = make_at<ExceptHandler>(ek);
    advance();
    bool star = false;
    if (at_op("*")) {
      star = true;
      advance();
      if (at_op(":")) error_tok(cur(), "expected one or more exception types");
    }
    if (star ? seen_plain : seen_star) error_range("SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", ek.lineno, ek.col, prev().end_lineno, prev().end_col);
    (star ? seen_star : seen_plain) = true;
    if (!at_op(":")) {
      h->type = expression();
      if (at_op(",")) {
        size_t save = p_;
        advance();
        Expr* last = expression();
        while (accept_op(",")) last = expression();
        if (at_op(":") || at_kw("as")) error_nodes(h->type, last, "multiple exception types must be parenthesized");
        reset(save);
      }
      if (accept_kw("as")) h->name = expect_name();
    }
    expect_colon();
    h->body = block(star ? "'except*' statement" : "'except' statement", ek);
    fin_block(h);
    s->handlers.push_back(h);
  }
  if (seen_star) s->kind = StmtKind::TryStar;
  if (at_kw("else")) {
    if (s->handlers.empty()) error_tok(cur(), "expected 'except' or 'finally' block");
    const Token& e = cur();
    advance();
    expect_colon(true);
    s->orelse = block("'else' statement", e);
  }
  if (at_kw("finally")) {
    const Token& f = cur();
    advance();
    expect_colon(true);
    s->finalbody = block("'finally' statement", f);
  }
  if (s->handlers.empty() && s->finalbody.empty()) error_tok(cur(), "expected 'except' or 'finally' block");
  return fin_block(s);
}

Stmt* Parser::decorated() {
  std::vector<Expr*> decorators;
  while (at_op("@")) {
    advance();
    decorators.push_back(named_expression());
    if (!at(TokType::Newline)) invalid_syntax();
    advance();
  }
  if (at_kw("def")) return funcdef(std::move(decorators), nullptr);
  if (at_kw("class")) return classdef(std::move(decorators));
  if (at_kw("async") && peek().is("def")) {
    const Token& a = cur();
    advance();
    return funcdef(std::move(decorators), &a);
  }
  invalid_syntax();
}

Stmt* Parser::funcdef(std::vector<Expr*> decorators, const Token* async_tok) {
  const Token& kw = cur();
  auto* f = make_at<FunctionDef>(async_tok ? *async_tok : kw);
  if (async_tok) f->kind = StmtKind::AsyncFunctionDef;
  f->decorator_list = std::move(decorators);
  advance();
  f->name = expect_name();
  if (!at_op("(")) {
    if (at(TokType::EofInBrackets) || at(TokType::Error)) invalid_syntax();
    error_tok(cur(), "expected '('");
  }
  advance();
  f->args = parameters(false, ")");
  expect_op(")");
  if (at_op("->")) {
    const Token& arrow = cur();
    advance();
    if (!starts_expression() && !at_op("*")) error_tok(arrow, "expected ':'");
    f->returns = expression();
  }
  expect_colon(true);
  func_depth_++;
  f->body = block("function definition", kw);
  func_depth_--;
  return fin_block(f);
}

Stmt* Parser::classdef(std::vector<Expr*> decorators) {
  const Token& kw = cur();
  auto* c = make_at<ClassDef>(kw);
  c->decorator_list = std::move(decorators);
  advance();
  c->name = expect_name();
  if (at_op("(")) {
    auto* dummy = make_at<Name>(cur());
    in_class_args_ = true;
    Expr* call = call_trailer(dummy, p_);
    in_class_args_ = false;
    auto* cl = static_cast<Call*>(call);
    c->bases = std::move(cl->args);
    c->keywords = std::move(cl->keywords);
  }
  expect_colon();
  c->body = block("class definition", kw);
  return fin_block(c);
}

ast::Arg* Parser::param(bool lambda, bool star_annotation) {
  auto* a = make_at<Arg>(cur());
  a->arg = expect_name();
  if (!lambda && accept_op(":")) {
    if (star_annotation && at_op("*")) {
      auto* s = make_at<Starred>(cur());
      advance();
      s->value = expression();
      a->annotation = fin(s);
    } else {
      a->annotation = expression();
    }
  }
  return fin(a);
}

ast::Arguments* Parser::parameters(bool lambda, const std::string& close) {
  auto* args = arena_.make<Arguments>();
  bool seen_slash = false, seen_star = false, seen_default = false, bare_star = false;
  std::vector<std::string> names;
  auto check_dup = [&](Arg*) {};  // duplicates are the compiler's (symtable) error, as in CPython
  while (!at_op(close)) {
    if (at_op("/")) {
      if (seen_slash) error_tok(cur(), "/ may appear only once");
      if (seen_star) error_tok(cur(), "/ must be ahead of *");
      if (args->args.empty()) invalid_syntax();
      seen_slash = true;
      advance();
      args->posonlyargs = std::move(args->args);
      args->args.clear();
    } else if (at_op("*")) {
      if (seen_star) error_tok(cur(), "* argument may appear only once");
      const Token& star = cur();
      advance();
      seen_star = true;
      if (at_op(",") || at_op(close)) {
        bare_star = true;
        if (at_op(close) || peek().is_op(close) || peek().is_op("**")) error_tok(star, "named arguments must follow bare *");
      } else {
        if (lambda && at_op(":")) error_tok(star, "named arguments must follow bare *");
        args->vararg = param(lambda, true);
        check_dup(args->vararg);
        if (at_op("=")) error_tok(cur(), "var-positional argument cannot have default value");
      }
    } else if (at_op("**")) {
      advance();
      args->kwarg = param(lambda, false);
      check_dup(args->kwarg);
      if (at_op("=")) error_tok(cur(), "var-keyword argument cannot have default value");
      accept_op(",");
      if (!at_op(close)) {
        if (at_op("*") || at_op("**") || at_name()) error_tok(cur(), "arguments cannot follow var-keyword argument");
        invalid_syntax();
      }
      break;
    } else {
      if (!at_name()) invalid_syntax();
      Arg* a = param(lambda, false);
      check_dup(a);
      Expr* def = nullptr;
      if (accept_op("=")) def = expression();
      if (seen_star) {
        args->kwonlyargs.push_back(a);
        args->kw_defaults.push_back(def);
      } else {
        args->args.push_back(a);
        if (def) {
          args->defaults.push_back(def);
          seen_default = true;
        } else if (seen_default) {
          error_node(a, "non-default argument follows default argument");
        }
      }
    }
    if (!accept_op(",")) break;
  }
  (void)bare_star;
  return args;
}

}  // namespace minipy
