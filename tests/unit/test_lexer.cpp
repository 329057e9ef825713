// Tokenizer unit tests: INDENT/DEDENT, implicit joining, numbers and strings as single tokens.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "interp/lexer.h"

namespace {

std::string kinds(const std::string& src) {
  using namespace minipy;
  std::string norm = normalize_source(src);
  SourceText text(norm, "<test>");
  std::string out;
  for (const Token& t : tokenize(text)) {
    switch (t.type) {
      case TokType::Name: out += "N"; break;
      case TokType::Number: out += "#"; break;
      case TokType::String: out += "S"; break;
      case TokType::Op: out += std::string(t.text); break;
      case TokType::Newline: out += "\\n"; break;
      case TokType::Indent: out += ">"; break;
      case TokType::Dedent: out += "<"; break;
      case TokType::EndMarker: out += "$"; break;
      default: out += "?"; break;
    }
    out += " ";
  }
  return out;
}

}  // namespace

TEST_CASE("lexer: indentation, joining, comments", "[lexer]") {
  CHECK(kinds("if x:\n    y\nz\n") == "N N : \\n > N \\n < N \\n $ ");
  CHECK(kinds("x = (1,\n  2)\n") == "N = ( # , # ) \\n $ ");
  CHECK(kinds("x = 1 + \\\n  2\n") == "N = # + # \\n $ ");
  CHECK(kinds("# c\n\n  # indented comment\nx\n") == "N \\n $ ");
  CHECK(kinds("x") == "N \\n $ ");
  CHECK(kinds("if x:\r\n\ty\r\n") == "N N : \\n > N \\n < $ ");
  CHECK(kinds("\xEF\xBB\xBFx\n") == "N \\n $ ");
}

TEST_CASE("lexer: numbers, strings and operators", "[lexer]") {
  CHECK(kinds("0x1F 0o7 0b1 1_000 1.5 .5 1. 1e5 1j 1.5J\n") == "# # # # # # # # # # \\n $ ");
  CHECK(kinds("rb'x' f\"{a}\" '''a\nb''' u'x'\n") == "S S S S \\n $ ");
  CHECK(kinds("a **= b // c -> d := e != f ...\n") == "N **= N // N -> N := N != N ... \\n $ ");
}

TEST_CASE("lexer: errors carry CPython's messages", "[lexer]") {
  using namespace minipy;
  auto err = [](const std::string& src) {
    std::string norm = normalize_source(src);
    SourceText text(norm, "<test>");
    try {
      tokenize(text);
    } catch (ParseError& e) {
      return e.info.type + ": " + e.info.msg;
    }
    return std::string("ok");
  };
  CHECK(err("x = 'abc\n") == "SyntaxError: unterminated string literal (detected at line 1)");
  CHECK(err("x = 012\n") == "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  CHECK(err("x = 1abc\n") == "SyntaxError: invalid decimal literal");
  CHECK(err("if x:\n\ty\n        z\n") == "TabError: inconsistent use of tabs and spaces in indentation");
  CHECK(err(")\n") == "SyntaxError: unmatched ')'");
  CHECK(err("(]\n") == "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('");
  CHECK(err("a = \xE2\x82\xAC\n") == "SyntaxError: invalid character '\xE2\x82\xAC' (U+20AC)");
}
