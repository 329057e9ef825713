// The front end: source text -> tokens -> AST. Independent of the object model, so it can be
// tested (and fuzzed) on its own; the compiler turns a ParseError into a Python SyntaxError.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "interp/ast.h"

namespace minipy {

struct SyntaxErrorInfo {
  std::string type = "SyntaxError";  // or "IndentationError", "TabError"
  std::string msg;                   // CPython's wording: "invalid syntax", "'(' was never closed", ...
  std::string filename;
  int lineno = 0;       // 1-based
  int offset = 0;       // 1-based column of the caret, in characters as CPython reports it
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;     // the offending source line, with its newline
  bool incomplete = false;  // input ended inside a construct: the REPL asks for more lines
};

struct ParseError : std::exception {
  SyntaxErrorInfo info;
  explicit ParseError(SyntaxErrorInfo i) : info(std::move(i)) {}
  const char* what() const noexcept override { return info.msg.c_str(); }
};

enum class ParseMode { Exec, Eval, Single };  // compile()'s 'exec', 'eval', 'single'

// Parse a whole source. Throws ParseError. Nodes are owned by `arena`.
ast::Mod* parse(std::string_view source, const std::string& filename, ParseMode mode, ast::Arena& arena);

}  // namespace minipy
