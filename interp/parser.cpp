// parse(): the entry point, token helpers, error reporting and assignment-target checks.
#include <memory>

#include "interp/parser_impl.h"

namespace minipy {

using namespace ast;

namespace {
constexpr int kMaxDepth = 1000;  // nesting of expressions before "too complex" (avoids stack overflow)
}

void Parser::enter() {
  if (++depth_ > kMaxDepth) {
    depth_ = 0;
    error_tok(cur(), "too many nested parentheses");
  }
}

void Parser::error_range(const char* type, std::string msg, int lineno, int col, int end_lineno, int end_col) {
  // A tokenizer error further on wins over parser errors (CPython checks the rest of the source).
  if (has_lex_error_) throw ParseError(lex_error_);
  check_unclosed_bracket(lineno);
  if (fstring_depth_ > 0) msg = "f-string: " + msg;
  SyntaxErrorInfo e;
  if (!sub_src_.empty()) {
    // Errors inside an f-string replacement field: CPython keeps the columns of the "(expr)" text.
    if (lineno == sub_line_) col -= sub_col_;
    if (end_lineno == sub_line_) end_col -= sub_col_;
    e = text_.error(type, std::move(msg), lineno, col, end_lineno, end_col);
    e.offset = col + 1;
    e.end_offset = end_col < 0 ? end_col : end_col + 1;
  } else if (col == kEofCol) {
    e = text_.error(type, std::move(msg), lineno, 0, end_lineno, -1);
    // CPython counts the newline it appends to a last line that lacks one.
    std::string_view line = text_.line(lineno);
    e.offset = text_.char_offset(lineno, static_cast<int>(line.size())) - 1 + (line.empty() || line.back() != '\n' ? 1 : 0);
  } else {
    e = text_.error(type, std::move(msg), lineno, col, end_lineno, end_col);
  }
  if (!e.text.empty() && e.text.back() != '\n') e.text.push_back('\n');
  // Incomplete input (the REPL asks for more) when the parser had to look at the end of input,
  // as CPython's PyCF_ALLOW_INCOMPLETE_INPUT does: "if x:" is incomplete, "1 +" is not.
  const Token& furthest = toks_[std::max(p_, maxp_)];
  e.incomplete = furthest.type == TokType::EndMarker || furthest.type == TokType::EofInBrackets ||
                 (furthest.type == TokType::Dedent && furthest.col == kEofCol);
  throw ParseError(std::move(e));
}

void Parser::check_unclosed_bracket(int err_lineno) {
  // CPython: reaching the end of input inside brackets, or failing on a later line than an
  // unclosed bracket, reports "'(' was never closed".
  const Token& last = toks_.back();
  if (last.type != TokType::EofInBrackets) return;
  if (toks_[maxp_].type != TokType::EofInBrackets && toks_[maxp_].lineno <= last.lineno) return;
  std::string msg = std::string("'") + text_.line(last.lineno)[last.col] + "' was never closed";
  SyntaxErrorInfo e = text_.error("SyntaxError", std::move(msg), last.lineno, last.col, last.lineno, kEndOffsetZero);
  e.incomplete = true;
  throw ParseError(std::move(e));
}

void Parser::invalid_syntax() {
  p_ = std::max(p_, maxp_);
  const Token& t = cur();
  if (t.type == TokType::Indent) {
    SyntaxErrorInfo e = text_.error("IndentationError", "unexpected indent", t.lineno, t.end_col - 1, t.lineno, -1);
    throw ParseError(std::move(e));
  }
  if (has_lex_error_) throw ParseError(lex_error_);
  if (t.type == TokType::EofInBrackets) {
    std::string msg = std::string("'") + text_.src()[text_.line(t.lineno).data() - text_.src().data() + t.col] + "' was never closed";
    SyntaxErrorInfo e = text_.error("SyntaxError", std::move(msg), t.lineno, t.col, t.lineno, kEndOffsetZero);
    if (fstring_depth_ > 0) e.msg = "f-string: " + e.msg;
    e.incomplete = true;
    throw ParseError(std::move(e));
  }
  if (t.type == TokType::Dedent) {
    error_range("IndentationError", "unexpected unindent", t.lineno, t.col, t.lineno, -1);
  }
  if (t.type == TokType::Op && (t.text == "$" || t.text == "?" || t.text == "`" || t.text == "!")) {
    error_range("SyntaxError", "invalid syntax", t.lineno, t.col, t.end_lineno, t.end_col);
  }
  error_range("SyntaxError", "invalid syntax", t.lineno, t.col, t.end_lineno, t.end_col);
}

void Parser::expect_op(std::string_view s) {
  if (!accept_op(s)) invalid_syntax();
}

void Parser::expect_kw(std::string_view s) {
  if (!accept_kw(s)) invalid_syntax();
}

void Parser::expect_colon(bool forced) {
  if (accept_op(":")) return;
  // CPython's forced token: "expected ':'" at the token found instead.
  if (at(TokType::EofInBrackets) || at(TokType::Indent) || at(TokType::Error) || at(TokType::Dedent) || at(TokType::EndMarker)) invalid_syntax();
  if (!forced && !at(TokType::Newline)) invalid_syntax();
  error_tok(cur(), "expected ':'");
}

bool Parser::at_name() const { return cur().type == TokType::Name && !is_keyword(cur().text); }

std::string Parser::expect_name() {
  if (!at_name()) invalid_syntax();
  std::string s(cur().text);
  advance();
  return s;
}

const char* Parser::expr_name(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
      auto k = static_cast<const Constant*>(e)->ckind;
      if (k == ConstKind::None) return "None";
      if (k == ConstKind::True) return "True";
      if (k == ConstKind::False) return "False";
      if (k == ConstKind::Ellipsis) return "ellipsis";
      return "literal";
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
  }
  return "expression";
}

const Expr* Parser::invalid_target(const Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript:
      return nullptr;
    case ExprKind::Starred:
      if (ctx == ExprContext::Del) return e;
      return invalid_target(static_cast<const Starred*>(e)->value, ctx);
    case ExprKind::List:
      for (auto* x : static_cast<const List*>(e)->elts)
        if (auto* bad = invalid_target(x, ctx)) return bad;
      return nullptr;
    case ExprKind::Tuple:
      for (auto* x : static_cast<const Tuple*>(e)->elts)
        if (auto* bad = invalid_target(x, ctx)) return bad;
      return nullptr;
    default:
      return e;
  }
}

void Parser::set_ctx(Expr* e, ExprContext ctx, bool top) {
  if (const Expr* bad = invalid_target(e, ctx)) {
    error_node(bad, std::string(ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ") + expr_name(bad));
  }
  switch (e->kind) {
    case ExprKind::Name: static_cast<Name*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<Attribute*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<Subscript*>(e)->ctx = ctx; break;
    case ExprKind::Starred:
      // `*a = 1` parses; the compiler reports "starred assignment target must be in a list or tuple".
      static_cast<Starred*>(e)->ctx = ctx;
      set_ctx(static_cast<Starred*>(e)->value, ctx, false);
      break;
    case ExprKind::List:
      static_cast<List*>(e)->ctx = ctx;
      for (auto* x : static_cast<List*>(e)->elts) set_ctx(x, ctx, false);
      break;
    case ExprKind::Tuple:
      static_cast<Tuple*>(e)->ctx = ctx;
      for (auto* x : static_cast<Tuple*>(e)->elts) set_ctx(x, ctx, false);
      break;
    default:
      break;
  }
}

ast::Mod* Parser::parse_mod(ParseMode mode) {
  auto* m = arena_.make<Mod>();
  if (mode == ParseMode::Eval) {
    m->kind = ModKind::Expression;
    while (at(TokType::Newline)) advance();
    m->expr = star_expressions();
    while (at(TokType::Newline)) advance();
    if (!at(TokType::EndMarker)) invalid_syntax();
    return m;
  }
  m->kind = mode == ParseMode::Single ? ModKind::Interactive : ModKind::Module;
  while (at(TokType::Newline)) advance();
  statements_until(TokType::EndMarker, m->body);
  return m;
}

void Parser::locate(const char* at, int& lineno, int& col) const {
  if (sub_src_.data() && at >= sub_src_.data() && at <= sub_src_.data() + sub_src_.size()) {
    int line = 1;
    const char* line_start = sub_src_.data();
    for (const char* q = sub_src_.data(); q < at; q++)
      if (*q == '\n') { line++; line_start = q + 1; }
    col = static_cast<int>(at - line_start);
    if (line == 1) col += sub_col_;
    lineno = line + sub_line_ - 1;
    return;
  }
  text_.locate(at, lineno, col);
}

ast::Expr* Parser::parse_fstring_expr() {
  // tokens: '(' expr-tokens ')' NEWLINE ENDMARKER, parsed as one expression (so a tuple
  // includes the parentheses, as in CPython 3.11)
  maxp_ = 0;
  Expr* e = star_expressions();
  if (!at(TokType::Newline) && !at(TokType::EndMarker)) invalid_syntax();
  return e;
}

ast::Mod* parse(std::string_view source, const std::string& filename, ParseMode mode, ast::Arena& arena) {
  std::string normalized = normalize_source(source);
  SourceText text(normalized, filename);
  SyntaxErrorInfo lex_error;
  std::vector<Token> toks = tokenize_lazy_errors(text, lex_error);
  bool has_error = !toks.empty() && toks.back().type == TokType::Error;
  if (has_error) {
    const std::string& m = lex_error.msg;
    if (m.rfind("unterminated triple-quoted", 0) == 0 || m == "unexpected EOF while parsing") lex_error.incomplete = true;
  }
  Parser p(text, std::move(toks), arena);
  if (has_error) p.set_lex_error(std::move(lex_error));
  return p.parse_mod(mode);
}

}  // namespace minipy
