// Internal to the parser: the recursive-descent Parser class shared by parser*.cpp.
// The grammar follows CPython 3.11's python.gram; where CPython uses PEG alternatives we look
// ahead or backtrack over the token vector (cheap: a position reset).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "interp/ast.h"
#include "interp/lexer.h"
#include "interp/parser.h"

namespace minipy {

class Parser {
 public:
  Parser(const SourceText& text, std::vector<Token> toks, ast::Arena& arena, int fstring_depth = 0)
      : text_(text), toks_(std::move(toks)), arena_(arena), fstring_depth_(fstring_depth) {}
  ast::Mod* parse_mod(ParseMode mode);
  // For f-string replacement fields: parses "(expr)" tokens and returns the inner expression.
  ast::Expr* parse_fstring_expr();

 private:
  using Expr = ast::Expr;
  using Stmt = ast::Stmt;
  const SourceText& text_;
  std::vector<Token> toks_;
  ast::Arena& arena_;
  size_t p_ = 0;
  size_t maxp_ = 0;  // furthest token looked at: where "invalid syntax" is reported
  int fstring_depth_ = 0;
  int depth_ = 0;    // recursion guard
  int func_depth_ = 0;
  bool has_lex_error_ = false;
  bool in_class_args_ = false;  // class bases: no generator expression argument
  SyntaxErrorInfo lex_error_;  // tokenizer error at the Error token that ends toks_
 public:
  void set_lex_error(SyntaxErrorInfo e) {
    has_lex_error_ = true;
    lex_error_ = std::move(e);
  }
 private:
  // In an f-string sub-parser: the "(expr)" text being parsed and where it sits in the source,
  // so that nested f-strings can be located (see locate()).
  std::string_view sub_src_;
  int sub_line_ = 1, sub_col_ = 0;
  void locate(const char* at, int& lineno, int& col) const;

  // ---- tokens ----
  const Token& cur() const { return toks_[p_]; }
  const Token& peek(size_t k = 1) const { return toks_[std::min(p_ + k, toks_.size() - 1)]; }
  const Token& prev() const { return toks_[p_ - 1]; }
  void advance() {
    if (p_ + 1 < toks_.size()) p_++;
    if (p_ > maxp_) maxp_ = p_;
  }
  void reset(size_t p) { p_ = p; }
  bool at_op(std::string_view s) const { return cur().type == TokType::Op && cur().text == s; }
  bool at_kw(std::string_view s) const { return cur().type == TokType::Name && cur().text == s; }
  bool at(TokType t) const { return cur().type == t; }
  bool accept_op(std::string_view s) {
    if (!at_op(s)) return false;
    advance();
    return true;
  }
  bool accept_kw(std::string_view s) {
    if (!at_kw(s)) return false;
    advance();
    return true;
  }
  void expect_op(std::string_view s);
  void expect_kw(std::string_view s);
  // "expected ':'": always for CPython's forced tokens (try, def, else, finally), otherwise only
  // when the line ends there.
  void expect_colon(bool forced = false);
  bool at_name() const;  // a NAME that is not a keyword
  std::string expect_name();
  bool starts_expression() const;

  // ---- node helpers ----
  template <class T>
  T* make_at(const Token& t) {
    T* n = arena_.make<T>();
    n->lineno = t.lineno;
    n->col_offset = t.col;
    return n;
  }
  template <class T>
  T* make_from(const ast::Pos& s) {
    T* n = arena_.make<T>();
    n->lineno = s.lineno;
    n->col_offset = s.col_offset;
    return n;
  }
  template <class T>
  T* fin(T* n) {  // ends at the previous token
    n->end_lineno = prev().end_lineno;
    n->end_col_offset = prev().end_col;
    return n;
  }
  // Node spanning from token `start` to the previous token (CPython's EXTRA: token positions,
  // so enclosing parentheses of operands count).
  template <class T>
  T* span(size_t start) {
    T* n = arena_.make<T>();
    n->lineno = toks_[start].lineno;
    n->col_offset = toks_[start].col;
    return fin(n);
  }
  // Compound statements end at the last token of their last block that is not NEWLINE/INDENT/
  // DEDENT (so a trailing ';' counts, as in CPython).
  template <class T>
  T* fin_block(T* n) {
    size_t i = p_;
    while (i > 0) {
      TokType t = toks_[i - 1].type;
      if (t != TokType::Newline && t != TokType::Indent && t != TokType::Dedent) break;
      i--;
    }
    n->end_lineno = toks_[i - 1].end_lineno;
    n->end_col_offset = toks_[i - 1].end_col;
    return n;
  }
  static void copy_end(ast::Pos* n, const ast::Pos* from) {
    n->end_lineno = from->end_lineno;
    n->end_col_offset = from->end_col_offset;
  }

  // ---- errors ----
  [[noreturn]] void error_range(const char* type, std::string msg, int lineno, int col, int end_lineno, int end_col);
  [[noreturn]] void error_node(const ast::Pos* n, std::string msg) {
    error_range("SyntaxError", std::move(msg), n->lineno, n->col_offset, n->end_lineno, n->end_col_offset);
  }
  [[noreturn]] void error_nodes(const ast::Pos* a, const ast::Pos* b, std::string msg) {
    error_range("SyntaxError", std::move(msg), a->lineno, a->col_offset, b->end_lineno, b->end_col_offset);
  }
  [[noreturn]] void error_tok(const Token& t, std::string msg) {
    error_range("SyntaxError", std::move(msg), t.lineno, t.col, t.end_lineno, t.end_col);
  }
  [[noreturn]] void invalid_syntax();
  void check_unclosed_bracket(int err_lineno);  // the generic error at the furthest token
  void enter();
  void leave() { depth_--; }
  struct Guard {
    Parser* p;
    explicit Guard(Parser* q) : p(q) { p->enter(); }
    ~Guard() { p->leave(); }
  };

  // ---- statements (parser_stmt.cpp) ----
  void statements_until(TokType end, std::vector<Stmt*>& out);
  void statement(std::vector<Stmt*>& out);
  void simple_stmts(std::vector<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* expr_or_assign_stmt();
  std::vector<Stmt*> block(const char* what, const Token& header);
  Stmt* compound_stmt();
  Stmt* if_stmt(bool elif);
  Stmt* while_stmt();
  Stmt* for_stmt(const Token* async_tok);
  Stmt* with_stmt(const Token* async_tok);
  Stmt* try_stmt();
  Stmt* funcdef(std::vector<Expr*> decorators, const Token* async_tok);
  Stmt* classdef(std::vector<Expr*> decorators);
  Stmt* decorated();
  Stmt* match_stmt();
  Stmt* import_stmt();
  Stmt* from_import_stmt();
  ast::Arguments* parameters(bool lambda, const std::string& close);
  ast::Arg* param(bool lambda, bool star_annotation);

  // ---- patterns (parser_pattern.cpp) ----
  ast::Pattern* patterns();
  ast::Pattern* pattern();
  ast::Pattern* or_pattern();
  ast::Pattern* closed_pattern();
  ast::Pattern* star_or_pattern();
  Expr* pattern_value_expr(bool allow_complex);
  Expr* pattern_name_or_attr();

  // ---- expressions (parser_expr.cpp) ----
  Expr* star_expressions();           // a, *b, c   -> Tuple
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* bitwise_xor();
  Expr* bitwise_and();
  Expr* shift_expr();
  Expr* sum();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* atom();
  Expr* paren_atom();
  Expr* list_atom();
  Expr* brace_atom();
  Expr* lambdef();
  Expr* yield_expr();
  Expr* slices();
  Expr* slice_item();
  Expr* call_trailer(Expr* func, size_t start);
  Expr* make_binop(size_t start, Expr* l, ast::Operator op, Expr* r);
  void comprehension_clauses(std::vector<ast::Comprehension*>& out);
  Expr* star_targets();               // for-loop and comprehension targets (no comparisons)
  Expr* strings();                    // adjacent string literals (parser_string.cpp)
  Expr* number();
  void check_comma_between(Expr* a);  // "Perhaps you forgot a comma?"
  void check_stray_assign(Expr* e, size_t start);  // "Maybe you meant '==' ..."
  Expr* maybe_legacy_print(Expr* e);

  // ---- targets (parser_target.cpp) ----
 public:
  static const char* expr_name(const Expr* e);
 private:
  void set_ctx(Expr* e, ast::ExprContext ctx, bool top);
  const Expr* invalid_target(const Expr* e, ast::ExprContext ctx);
  bool parenthesized(const Expr* e, size_t start_tok) const {
    return toks_[start_tok].lineno != e->lineno || toks_[start_tok].col != e->col_offset;
  }

  friend class StringParser;
};

}  // namespace minipy
