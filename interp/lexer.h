// The tokenizer: source text -> Token vector, following CPython 3.11's tokenizer (INDENT/DEDENT
// with its tab rules, implicit line joining in brackets, numbers, string extents). Tokenizer
// errors are thrown as ParseError with CPython's message and location.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "interp/parser.h"
#include "interp/token.h"

namespace minipy {

// Passed as end_col to SourceText::error when CPython reports end_offset 0.
constexpr int kEndOffsetZero = -1000;

// Line table of one (newline-normalized) source, for error locations and SyntaxError.text.
class SourceText {
 public:
  SourceText(std::string_view src, std::string filename);
  std::string_view src() const { return src_; }
  const std::string& filename() const { return filename_; }
  int line_count() const { return static_cast<int>(starts_.size()); }
  // The text of line `lineno` (1-based) including its '\n' if it has one.
  std::string_view line(int lineno) const;
  // 1-based character (code point) offset of byte column `col` on `lineno`, as SyntaxError.offset.
  int char_offset(int lineno, int col) const;
  // Line and byte column of a position given as a pointer into src().
  void locate(const char* at, int& lineno, int& col) const;
  SyntaxErrorInfo error(const char* type, std::string msg, int lineno, int col, int end_lineno, int end_col) const;

 private:
  std::string_view src_;
  std::string filename_;
  std::vector<int> starts_;
};

// Normalizes newlines (CRLF and CR become LF) and drops a UTF-8 BOM.
std::string normalize_source(std::string_view source);

// Tokenizes the whole source. Throws ParseError on tokenizer errors.
std::vector<Token> tokenize(const SourceText& text);
// Same, but a tokenizer error ends the vector with a TokType::Error token and is stored in
// `error`: CPython reports tokenizer errors only once the parser gets there (mostly).
std::vector<Token> tokenize_lazy_errors(const SourceText& text, SyntaxErrorInfo& error);

bool is_keyword(std::string_view s);

}  // namespace minipy
