// Robustness: random mutations of valid programs must give an AST or a ParseError, never a
// crash or hang; deep nesting must give a SyntaxError instead of overflowing the stack.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "interp/parser.h"

namespace {

const char* const kSeeds[] = {
    "def f(a, b=1, *args, c, **kw):\n    return [x for x in a if x] + {k: v for k, v in kw.items()}\n",
    "class A(B, metaclass=M):\n    @dec\n    async def m(self):\n        async with x as y:\n            await y\n",
    "x = f'{a!r:>{width}} {b=}' 'tail' rb'\\x00'\nif (n := len(x)) > 1:\n    pass\nelif x: x[1:2, ::3] = *a, b\n",
    "try:\n    raise E from e\nexcept* (A, B) as e:\n    pass\nfinally:\n\tdel a, b[0]\n",
    "match p:\n    case Point(x=0) | [1, *rest] | {'k': v, **kw} if v: pass\n    case _: lambda *a, **k: (yield)\n",
    "with (open(a) as f, open(b) as g):\n    for i, j in zip(f, g): print(i, j, sep='', end='\\n')\n",
};

const char kAlphabet[] = "()[]{}:;,.=+-*/%@<>!~'\"\\#\n\t fbrux0123456789_aeiosz\xe2\x82\xac\xff\x80";

}  // namespace

TEST_CASE("parser survives random mutations", "[parser][fuzz]") {
  std::mt19937 rng(12345);
  int parsed = 0, errors = 0;
  for (int iter = 0; iter < 4000; iter++) {
    std::string s = kSeeds[iter % (sizeof(kSeeds) / sizeof(kSeeds[0]))];
    int edits = 1 + static_cast<int>(rng() % 6);
    for (int e = 0; e < edits && !s.empty(); e++) {
      size_t pos = rng() % (s.size() + 1);
      char c = kAlphabet[rng() % (sizeof(kAlphabet) - 1)];
      switch (rng() % 4) {
        case 0: s.insert(s.begin() + pos, c); break;
        case 1: if (pos < s.size()) s.erase(pos, 1 + rng() % 3); break;
        case 2: if (pos < s.size()) s[pos] = c; break;
        case 3: s.insert(pos, s.substr(rng() % s.size(), rng() % 20)); break;
      }
    }
    for (auto mode : {minipy::ParseMode::Exec, minipy::ParseMode::Eval, minipy::ParseMode::Single}) {
      minipy::ast::Arena arena;
      try {
        minipy::parse(s, "<fuzz>", mode, arena);
        parsed++;
      } catch (minipy::ParseError& err) {
        errors++;
        CHECK(!err.info.msg.empty());
      }
    }
  }
  CHECK(parsed + errors == 12000);
}

TEST_CASE("deep nesting is a SyntaxError, not a stack overflow", "[parser]") {
  auto msg = [](const std::string& s) {
    minipy::ast::Arena arena;
    try {
      minipy::parse(s, "<deep>", minipy::ParseMode::Exec, arena);
    } catch (minipy::ParseError& e) {
      return e.info.msg;
    }
    return std::string("ok");
  };
  CHECK(msg(std::string(300, '(') + std::string(300, ')') + "\n") == "too many nested parentheses");
  CHECK(msg(std::string(199, '[') + std::string(199, ']') + "\n") == "ok");
  CHECK(msg("x = " + std::string(100000, '-') + "1\n") != "ok");
  CHECK(msg("x = " + std::string(100000, '~') + "1\n") != "ok");
  std::string pow = "x = 2";
  for (int i = 0; i < 50000; i++) pow += "**2";
  CHECK(msg(pow + "\n") != "ok");
  std::string nots = "x = ";
  for (int i = 0; i < 50000; i++) nots += "not ";
  CHECK(msg(nots + "y\n") != "ok");
  std::string lam = "x = ";
  for (int i = 0; i < 50000; i++) lam += "lambda: ";
  CHECK(msg(lam + "1\n") != "ok");
  std::string ifs = "x = 1";
  for (int i = 0; i < 50000; i++) ifs += " if a else 1";
  CHECK(msg(ifs + "\n") != "ok");
  std::string sum = "x = 1";
  for (int i = 0; i < 100000; i++) sum += " + 1";
  CHECK(msg(sum + "\n") == "ok");  // left-nested, built iteratively
}
