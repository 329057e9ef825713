// Tokens produced by the lexer (interp/lexer.h) and consumed by the parser. Token text is a view
// into the source, which outlives the token vector for the duration of one parse() call.
#pragma once

#include <cstdint>
#include <string_view>

namespace minipy {

enum class TokType : uint8_t {
  Name,           // identifiers and keywords (the parser tells them apart)
  Number,
  String,         // one literal with its prefix and quotes; the parser decodes it
  Op,             // operators and delimiters
  Newline,
  Indent,
  Dedent,
  EndMarker,
  EofInBrackets,  // end of input while a bracket is open: "'(' was never closed"
  Error,          // the tokenizer failed here; the parser reports the pending tokenizer error
};

// Column of tokens at the end of input (DEDENT, ENDMARKER): CPython reports the end of the last line.
constexpr int kEofCol = -1;

struct Token {
  TokType type;
  std::string_view text;
  int lineno = 0, col = 0;          // start: 1-based line, 0-based UTF-8 byte column
  int end_lineno = 0, end_col = 0;  // end (exclusive column)
  bool is(std::string_view s) const { return (type == TokType::Op || type == TokType::Name) && text == s; }
  bool is_op(std::string_view s) const { return type == TokType::Op && text == s; }
};

}  // namespace minipy
