// Compares the parser with CPython 3.11 on every snippet of tests/parser_cases/*.cases:
// the full ast.dump (with positions) or the SyntaxError type, message and location.
// Regenerate the expectations with: python3 tests/parser_cases/gen_cases.py
#include <catch2/catch.hpp>

#include <string>

#include "interp/ast_dump.h"
#include "interp/parser.h"

namespace {

struct ParserCase {
  const char* file;
  const char* mode;
  const char* source;
  const char* expected;
};

const ParserCase kCases[] = {
#include "../parser_cases/cases.inc"
};

std::string run_case(const ParserCase& c) {
  using namespace minipy;
  std::string mode = c.mode;
  ParseMode m = mode == "eval" ? ParseMode::Eval : mode == "single" ? ParseMode::Single : ParseMode::Exec;
  ast::Arena arena;
  try {
    ast::Mod* mod = parse(c.source, "<case>", m, arena);
    return ast_dump(mod, true);
  } catch (ParseError& e) {
    const SyntaxErrorInfo& i = e.info;
    return "ERROR " + i.type + "|" + i.msg + "|" + std::to_string(i.lineno) + "|" + std::to_string(i.offset) + "|" +
           std::to_string(i.end_lineno) + "|" + std::to_string(i.end_offset);
  }
}

}  // namespace

TEST_CASE("parser matches CPython on the recorded cases", "[parser]") {
  int failures = 0;
  for (const ParserCase& c : kCases) {
    std::string got = run_case(c);
    if (got != c.expected) {
      failures++;
      INFO(c.file << " [" << c.mode << "]\n" << c.source);
      CHECK(got == c.expected);
    }
  }
  CHECK(failures == 0);
}
