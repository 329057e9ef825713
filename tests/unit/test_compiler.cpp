// The compiler: code shapes (disassembly), scopes, stack depth, and CPython's SyntaxErrors.
#include <catch2/catch.hpp>

#include <string>

#include "interp/code.h"
#include "interp/compiler.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

using namespace minipy;

namespace {

struct Init {
  Init() { runtime_init(); }
};

std::string dis(const std::string& src, ParseMode mode = ParseMode::Exec) {
  Ref code = compile_source(src, "<test>", mode);
  return disassemble(code);
}

CodeObject* code_of(const Ref& r) { return r.as<CodeObject>(); }

// The nested code object named `name` inside `code` (depth-first).
CodeObject* find_code(CodeObject* co, const std::string& name) {
  if (str_view(co->name) == name) return co;
  for (const Ref& c : co->consts) {
    if (c.get().is_object() && c.get().as_object()->type == &CodeType) {
      if (CodeObject* found = find_code(c.as<CodeObject>(), name)) return found;
    }
  }
  return nullptr;
}

std::vector<std::string> strs(const std::vector<Ref>& v) {
  std::vector<std::string> out;
  for (const Ref& r : v) out.emplace_back(str_view(r));
  return out;
}

// msg, lineno, offset of the SyntaxError compiling `src` raises ("" when none).
struct Err {
  std::string type, msg;
  long lineno = 0, offset = 0;
};
Err syntax_error(const std::string& src) {
  try {
    compile_source(src, "<test>", ParseMode::Exec);
  } catch (PyException& e) {
    Err err;
    err.type = std::string(type_name(e.value));
    err.msg = str_utf8(getattr_str(e.value, "msg"));
    err.lineno = long(*int_as_i64(getattr_str(e.value, "lineno")));
    err.offset = long(*int_as_i64(getattr_str(e.value, "offset")));
    return err;
  }
  return Err{};
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("module code uses NAME ops, functions use FAST/GLOBAL/DEREF", "[compiler]") {
  Init init;
  Ref code = compile_source("x = 1\ndef f(a):\n    b = a + x\n    def g():\n        return b\n    return g\n",
                            "<test>", ParseMode::Exec);
  std::string d = disassemble(code);
  CHECK(has(d, "STORE_NAME"));
  CodeObject* f = find_code(code_of(code), "f");
  REQUIRE(f);
  CHECK(strs(f->varnames) == std::vector<std::string>{"a", "g"});
  CHECK(strs(f->cellvars) == std::vector<std::string>{"b"});
  CHECK(f->argcount == 1);
  CHECK((f->flags & (kCoOptimized | kCoNewLocals)) == (kCoOptimized | kCoNewLocals));
  CodeObject* g = find_code(code_of(code), "g");
  REQUIRE(g);
  CHECK(strs(g->freevars) == std::vector<std::string>{"b"});
  CHECK(str_view(g->qualname) == "f.<locals>.g");
  CHECK((g->flags & kCoNested) != 0);
  std::string fd = disassemble(Value(f));
  CHECK(has(fd, "LOAD_GLOBAL"));
  CHECK(has(fd, "STORE_DEREF"));
  CHECK(has(fd, "LOAD_CLOSURE"));
  CHECK(has(fd, "MAKE_FUNCTION"));
}

TEST_CASE("cell parameters are mapped through cell2arg", "[compiler]") {
  Init init;
  Ref code = compile_source("def f(a, b):\n    return lambda: b\n", "<test>", ParseMode::Exec);
  CodeObject* f = find_code(code_of(code), "f");
  REQUIRE(f);
  CHECK(strs(f->cellvars) == std::vector<std::string>{"b"});
  CHECK(f->cell2arg == std::vector<int>{1});
  CodeObject* lam = find_code(code_of(code), "<lambda>");
  REQUIRE(lam);
  CHECK(str_view(lam->qualname) == "f.<locals>.<lambda>");
}

TEST_CASE("docstrings: consts[0] of functions, __doc__ of modules and classes", "[compiler]") {
  Init init;
  Ref code = compile_source("'mod doc'\ndef f():\n    'f doc'\n    return 1\ndef g():\n    return 'x'\n"
                            "class C:\n    'c doc'\n",
                            "<test>", ParseMode::Exec);
  CodeObject* f = find_code(code_of(code), "f");
  CodeObject* g = find_code(code_of(code), "g");
  REQUIRE(f);
  REQUIRE(g);
  CHECK(str_view(f->consts[0]) == "f doc");
  CHECK(g->consts[0].get() == None());
  std::string d = disassemble(code);
  CHECK(has(d, "STORE_NAME") );
  CHECK(has(d, "(__doc__)"));
  std::string c = disassemble(Value(find_code(code_of(code), "C")));
  CHECK(has(c, "(__module__)"));
  CHECK(has(c, "(__qualname__)"));
  CHECK(has(c, "(__doc__)"));
}

TEST_CASE("super() gives the class body a __class__ cell", "[compiler]") {
  Init init;
  Ref code = compile_source("class A(B):\n    def m(self):\n        return super().m()\n", "<test>", ParseMode::Exec);
  CodeObject* a = find_code(code_of(code), "A");
  REQUIRE(a);
  CHECK(strs(a->cellvars) == std::vector<std::string>{"__class__"});
  CHECK(has(disassemble(Value(a)), "(__classcell__)"));
  CodeObject* m = find_code(code_of(code), "m");
  REQUIRE(m);
  CHECK(strs(m->freevars) == std::vector<std::string>{"__class__"});
  CHECK(str_view(m->qualname) == "A.m");
}

TEST_CASE("name mangling in classes", "[compiler]") {
  Init init;
  Ref code = compile_source("class _Foo:\n    __x = 1\n    def m(self):\n        return self.__y, __z, self.__ok__\n",
                            "<test>", ParseMode::Exec);
  CodeObject* foo = find_code(code_of(code), "_Foo");
  REQUIRE(foo);
  CHECK(has(disassemble(Value(foo)), "(_Foo__x)"));
  std::string m = disassemble(Value(find_code(code_of(code), "m")));
  CHECK(has(m, "(_Foo__y)"));
  CHECK(has(m, "(_Foo__z)"));
  CHECK(has(m, "(__ok__)"));
}

TEST_CASE("comprehensions are nested functions called with the outer iterator", "[compiler]") {
  Init init;
  Ref code = compile_source("def f(xs):\n    return [x * 2 for x in xs if x]\n", "<test>", ParseMode::Exec);
  CodeObject* comp = find_code(code_of(code), "<listcomp>");
  REQUIRE(comp);
  CHECK(comp->argcount == 1);
  CHECK(strs(comp->varnames) == std::vector<std::string>{".0", "x"});
  CHECK(str_view(comp->qualname) == "f.<locals>.<listcomp>");
  std::string d = disassemble(Value(comp));
  CHECK(has(d, "LIST_APPEND                 2"));
  std::string fd = disassemble(Value(find_code(code_of(code), "f")));
  CHECK(has(fd, "GET_ITER"));
  CHECK(has(fd, "CALL                        1"));
}

TEST_CASE("method calls, keyword calls and star calls", "[compiler]") {
  Init init;
  std::string d = dis("o.m(1, 2)\nf(a, k=1)\nf(*a, **k)\n");
  CHECK(has(d, "LOAD_METHOD"));
  CHECK(has(d, "CALL_METHOD                 2"));
  CHECK(has(d, "CALL_KW                     2"));
  CHECK(has(d, "(('k',))"));
  CHECK(has(d, "CALL_EX                     1"));
}

TEST_CASE("constant folding: tuples and negative numbers", "[compiler]") {
  Init init;
  std::string d = dis("x = (1, 2, (3, -4))\ny = -5\n");
  CHECK(has(d, "((1, 2, (3, -4)))"));
  CHECK(has(d, "(-5)"));
  CHECK(!has(d, "BUILD_TUPLE"));
  CHECK(!has(d, "UNARY_NEGATIVE"));
}

TEST_CASE("conditions jump directly on comparisons", "[compiler]") {
  Init init;
  std::string d = dis("if a < b:\n    pass\nif x is None:\n    pass\n");
  CHECK(has(d, "COMPARE_OP                  0 (<)"));
  CHECK(has(d, "POP_JUMP_IF_FALSE"));
  CHECK(has(d, "POP_JUMP_IF_NOT_NONE"));
}

TEST_CASE("eval and single modes", "[compiler]") {
  Init init;
  std::string e = dis("1 + x", ParseMode::Eval);
  CHECK(has(e, "BINARY_OP"));
  CHECK(has(e, "RETURN_VALUE"));
  std::string s = dis("1 + x\n", ParseMode::Single);
  CHECK(has(s, "PRINT_EXPR"));
}

TEST_CASE("stack depth is exact for simple shapes", "[compiler]") {
  Init init;
  Ref code = compile_source("def f(a, b, c):\n    return a + (b * c)\n", "<test>", ParseMode::Exec);
  CHECK(find_code(code_of(code), "f")->stacksize == 3);
  Ref code2 = compile_source("def g():\n    try:\n        pass\n    except E:\n        pass\n", "<test>", ParseMode::Exec);
  CHECK(find_code(code_of(code2), "g")->stacksize == 2);
  Ref code3 = compile_source("def h(m):\n    with m as x:\n        pass\n", "<test>", ParseMode::Exec);
  CHECK(find_code(code_of(code3), "h")->stacksize == 4);
}

TEST_CASE("generators are flagged", "[compiler]") {
  Init init;
  Ref code = compile_source("def g():\n    yield 1\n    yield from h()\n", "<test>", ParseMode::Exec);
  CodeObject* g = find_code(code_of(code), "g");
  REQUIRE(g);
  CHECK((g->flags & kCoGenerator) != 0);
  std::string d = disassemble(Value(g));
  CHECK(has(d, "GET_YIELD_FROM_ITER"));
  CHECK(has(d, "SEND"));
  CHECK(has(d, "YIELD_VALUE"));
}

TEST_CASE("code repr and attributes", "[compiler]") {
  Init init;
  Ref code = compile_source("\ndef fn(a, *, b):\n    pass\n", "x.py", ParseMode::Exec);
  CodeObject* fn = find_code(code_of(code), "fn");
  std::string r = repr_utf8(Value(fn));
  CHECK(r.rfind("<code object fn at 0x", 0) == 0);
  CHECK(has(r, ", file \"x.py\", line 2>"));
  CHECK(*int_as_i64(getattr_str(Value(fn), "co_kwonlyargcount")) == 1);
  CHECK(str_utf8(getattr_str(Value(fn), "co_name")) == "fn");
}

TEST_CASE("SyntaxErrors raised by the compiler match CPython", "[compiler]") {
  Init init;
  struct Case {
    const char* src;
    const char* msg;
    long lineno, offset;
  };
  const Case cases[] = {
      {"return 1\n", "'return' outside function", 1, 1},
      {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5},
      {"def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 5},
      {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5},
      {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
      {"def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5},
      {"break\n", "'break' outside loop", 1, 1},
      {"while 1:\n    def g():\n        continue\n", "'continue' not properly in loop", 3, 9},
      {"yield 1\n", "'yield' outside function", 1, 1},
      {"def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10},
      {"*a, *b = c\n", "multiple starred expressions in assignment", 1, 1},
      {"x = [(yield 1) for i in y]\n", "'yield' inside list comprehension", 1, 7},
      {"f(x=1, x=2)\n", "keyword argument repeated: x", 1, 8},
      {"def f():\n  from x import *\n", "import * only allowed at module level", 2, 17},
      {"a = *b\n", "can't use starred expression here", 1, 5},
      {"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "default 'except:' must be last", 3, 1},
  };
  for (const Case& c : cases) {
    INFO(c.src);
    Err e = syntax_error(c.src);
    CHECK(e.type == "SyntaxError");
    CHECK(e.msg == c.msg);
    CHECK(e.lineno == c.lineno);
    CHECK(e.offset == c.offset);
  }
}

TEST_CASE("match statement compiles with helper calls and CPython's pattern SyntaxErrors", "[compiler]") {
  Init init;
  std::string d = dis("match x:\n    case [a, *b]:\n        pass\n    case {'k': v}:\n        pass\n    case _:\n        pass\n");
  CHECK(has(d, "UNPACK_EX"));
  CHECK(has(d, "_match_seq"));
  CHECK(has(d, "_match_keys"));
  CHECK(syntax_error("match x:\n case _: pass\n case 1: pass\n").msg == "wildcard makes remaining patterns unreachable");
  CHECK(syntax_error("match x:\n case 1 | y: pass\n").msg == "alternative patterns bind different names");
  CHECK(syntax_error("match x:\n case (a, a): pass\n").msg == "multiple assignments to name 'a' in pattern");
}

TEST_CASE("constant folding of numeric operators keeps what would raise for run time", "[compiler]") {
  Init init;
  std::string d = dis("x = 2 ** 10 + 3 * 4 - 1\ny = 'ab' + 'cd'\nz = 1 / 0\nw = -2 ** 2\n");
  CHECK(has(d, "(1035)"));
  CHECK(has(d, "('abcd')"));
  CHECK(has(d, "(-4)"));
  CHECK(has(d, "BINARY_OP                  11 (/)"));
}

TEST_CASE("while loops test at the bottom; break/continue targets", "[compiler]") {
  Init init;
  Ref code = compile_source("def f(n):\n    while n:\n        n -= 1\n        if n == 5:\n            continue\n    return n\n",
                            "<test>", ParseMode::Exec);
  std::string d = disassemble(Value(find_code(code_of(code), "f")));
  CHECK(has(d, "POP_JUMP_IF_TRUE"));
  CHECK(!has(d, "JUMP                        0"));
}

TEST_CASE("more CPython SyntaxErrors", "[compiler]") {
  Init init;
  CHECK(syntax_error("*a = 1\n").msg == "starred assignment target must be in a list or tuple");
  CHECK(syntax_error("def f():\n    global x\n    nonlocal x\n").msg == "name 'x' is nonlocal and global");
  CHECK(syntax_error("def f(x):\n    nonlocal x\n").msg == "name 'x' is parameter and nonlocal");
  CHECK(syntax_error("def f():\n    await x\n").msg == "'await' outside async function");
  CHECK(syntax_error("try:\n    pass\nexcept* E:\n    return\n").msg == "'return' outside function");
  CHECK(syntax_error("def g():\n    try:\n        pass\n    except* E:\n        return\n").msg ==
        "'break', 'continue' and 'return' cannot appear in an except* block");
  CHECK(syntax_error("from __future__ import braces\n").msg == "not a chance");
}
