// The VM through small compiled programs: argument binding, generators, exceptions, classes.
#include <catch2/catch.hpp>

#include <string>

#include "interp/minipy.h"

namespace {

// The TypeError message a call raises, or "" when it succeeds.
std::string call_error(minipy::Interpreter& py, const std::string& expr) {
  try {
    py.run_string("_r = " + expr + "\n");
  } catch (const minipy::Error& e) {
    return e.type_name() + ": " + e.message();
  }
  return "";
}

}  // namespace

TEST_CASE("vm: argument binding and CPython's messages", "[vm]") {
  minipy::Interpreter py;
  py.run_string(
      "def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\n"
      "def g(x, y): pass\n"
      "def h(x, y=1): pass\n"
      "def p(a, /, b): pass\n"
      "def k(*, key): pass\n"
      "class A:\n    def m(self, x): pass\n");
  CHECK(py.eval("f(1, c=3)").repr() == "(1, 2, (), 3, 4, {})");
  CHECK(py.eval("f(1, 2, 3, 4, c=5, e=6)").repr() == "(1, 2, (3, 4), 5, 4, {'e': 6})");
  CHECK(call_error(py, "g(1)") == "TypeError: g() missing 1 required positional argument: 'y'");
  CHECK(call_error(py, "g()") == "TypeError: g() missing 2 required positional arguments: 'x' and 'y'");
  CHECK(call_error(py, "g(1, 2, 3)") == "TypeError: g() takes 2 positional arguments but 3 were given");
  CHECK(call_error(py, "h(1, 2, 3)") == "TypeError: h() takes from 1 to 2 positional arguments but 3 were given");
  CHECK(call_error(py, "g(1, y=2, z=3)") == "TypeError: g() got an unexpected keyword argument 'z'");
  CHECK(call_error(py, "g(1, x=2)") == "TypeError: g() got multiple values for argument 'x'");
  CHECK(call_error(py, "k()") == "TypeError: k() missing 1 required keyword-only argument: 'key'");
  CHECK(call_error(py, "p(a=1, b=2)") ==
        "TypeError: p() got some positional-only arguments passed as keyword arguments: 'a'");
  CHECK(call_error(py, "A().m()") == "TypeError: A.m() missing 1 required positional argument: 'x'");
  CHECK(call_error(py, "g(1, 2)") == "");
}

TEST_CASE("vm: generators send, throw, close and yield from", "[vm]") {
  minipy::Interpreter py;
  py.run_string(
      "log = []\n"
      "def inner():\n    x = yield 1\n    log.append(x)\n    return 'r'\n"
      "def outer():\n    v = yield from inner()\n    log.append(v)\n    try:\n        yield 2\n"
      "    finally:\n        log.append('fin')\n"
      "g = outer()\n"
      "a = next(g)\n"
      "b = g.send('s')\n"
      "g.close()\n");
  CHECK(py.get_global("a").to_int() == 1);
  CHECK(py.get_global("b").to_int() == 2);
  CHECK(py.get_global("log").repr() == "['s', 'r', 'fin']");
  CHECK(call_error(py, "(lambda: (yield))().send(1)") ==
        "TypeError: can't send non-None value to a just-started generator");
  CHECK(py.eval("sum(x * x for x in range(10))").to_int() == 285);
}

TEST_CASE("vm: exceptions, handlers and tracebacks", "[vm]") {
  minipy::Interpreter py;
  py.run_string(
      "def f():\n    try:\n        1 / 0\n    except ZeroDivisionError as e:\n        raise KeyError('k') from e\n"
      "try:\n    f()\nexcept KeyError as e:\n    cause = type(e.__cause__).__name__\n    tb_lines = []\n"
      "    t = e.__traceback__\n    while t is not None:\n        tb_lines.append(t.tb_lineno)\n        t = t.tb_next\n");
  CHECK(py.get_global("cause").to_string() == "ZeroDivisionError");
  CHECK(py.get_global("tb_lines").repr() == "[7, 5]");
  try {
    py.run_string("def boom():\n    raise ValueError('bad')\nboom()\n", "<test>");
    FAIL("expected an error");
  } catch (const minipy::Error& e) {
    CHECK(e.type_name() == "ValueError");
    CHECK(e.traceback().find("Traceback (most recent call last):") != std::string::npos);
    CHECK(e.traceback().find("in boom") != std::string::npos);
  }
  CHECK(call_error(py, "(lambda: f(0))()").find("TypeError") == 0);
}

TEST_CASE("vm: classes, super and closures", "[vm]") {
  minipy::Interpreter py;
  py.run_string(
      "class A:\n    def __init__(self, x):\n        self.x = x\n    def m(self):\n        return self.x\n"
      "class B(A):\n    def m(self):\n        return super().m() * 10\n"
      "def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\n"
      "c = counter()\nc()\n");
  CHECK(py.eval("B(4).m()").to_int() == 40);
  CHECK(py.eval("c()").to_int() == 2);
  CHECK(py.eval("repr(super(B, B(1)))").to_string() == "<super: <class 'B'>, <B object>>");
  CHECK(call_error(py, "super()").find("RuntimeError") == 0);
}
