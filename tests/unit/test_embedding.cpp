// The embedding API (interp/minipy.h) as a host program uses it.
#include <catch2/catch.hpp>

#include "interp/minipy.h"

TEST_CASE("embedding: run code and read globals back", "[embedding]") {
  minipy::Interpreter py;
  py.run_string("x = 6 * 7\nname = 'mini' + 'py'\nratio = 1 / 4\n");
  CHECK(py.get_global("x").to_int() == 42);
  CHECK(py.get_global("name").to_string() == "minipy");
  CHECK(py.get_global("ratio").to_double() == 0.25);
  CHECK(py.get_global("name").repr() == "'minipy'");
  CHECK(py.get_global("x").is_int());
  CHECK(py.get_global("x").type_name() == "int");
}

TEST_CASE("embedding: eval returns an inspectable value", "[embedding]") {
  minipy::Interpreter py;
  CHECK(py.eval("2 ** 10").to_int() == 1024);
  CHECK(py.eval("[1, 2, 3]").repr() == "[1, 2, 3]");
  CHECK(py.eval("None").is_none());
  CHECK(py.eval("3.5").is_float());
  CHECK(py.eval("'a' * 3").to_string() == "aaa");
  CHECK(py.eval("len('hello') > 3").truthy());
}

TEST_CASE("embedding: call a Python function with C++ arguments", "[embedding]") {
  minipy::Interpreter py;
  py.run_string("def add(a, b):\n    return a + b\n");
  CHECK(py.call("add", {2, 3}).to_int() == 5);
  CHECK(py.call("add", {std::string("con"), "cat"}).to_string() == "concat");
  CHECK(py.call("add", {1.5, 2}).to_double() == 3.5);
  minipy::Handle f = py.get_global("add");
  CHECK(py.call(f, {10, 20}).to_int() == 30);
  CHECK(py.call("len", {"four"}).to_int() == 4);  // builtins too
}

TEST_CASE("embedding: a native function callable from Python", "[embedding]") {
  minipy::Interpreter py;
  int calls = 0;
  py.register_function("twice", [&](const std::vector<minipy::Handle>& args) {
    ++calls;
    return minipy::Handle(args.at(0).to_int() * 2);
  });
  py.register_function("greet", [](const std::vector<minipy::Handle>& args) {
    return minipy::Handle("hello " + args.at(0).to_string());
  });
  CHECK(py.eval("twice(21)").to_int() == 42);
  py.run_string("r = [twice(i) for i in range(4)]\ng = greet('world')\n");
  CHECK(py.get_global("r").repr() == "[0, 2, 4, 6]");
  CHECK(py.get_global("g").to_string() == "hello world");
  CHECK(calls == 5);
  py.register_function("fails", [](const std::vector<minipy::Handle>&) -> minipy::Handle {
    throw std::runtime_error("native failure");
  });
  py.run_string("try:\n    fails()\nexcept RuntimeError as e:\n    msg = str(e)\n");
  CHECK(py.get_global("msg").to_string() == "native failure");
}

TEST_CASE("embedding: Python errors come back as minipy::Error", "[embedding]") {
  minipy::Interpreter py;
  try {
    py.run_string("def f():\n    return 1 / 0\nf()\n");
    FAIL("no exception");
  } catch (const minipy::Error& e) {
    CHECK(e.type_name() == "ZeroDivisionError");
    CHECK(e.message() == "division by zero");
    CHECK(e.traceback().find("Traceback (most recent call last):") != std::string::npos);
    CHECK(e.traceback().find("ZeroDivisionError: division by zero") != std::string::npos);
  }
  CHECK_THROWS_AS(py.eval("undefined_name"), minipy::Error);
  try {
    py.run_string("class MyErr(Exception): pass\nraise MyErr('custom')\n");
    FAIL("no exception");
  } catch (const minipy::Error& e) {
    CHECK(e.type_name() == "__main__.MyErr");
    CHECK(e.message() == "custom");
  }
  try {
    py.run_string("x = (1,\n");
    FAIL("no exception");
  } catch (const minipy::Error& e) {
    CHECK(e.type_name() == "SyntaxError");
  }
  try {
    py.run_string("import sys\nsys.exit(3)\n");
    FAIL("no exception");
  } catch (const minipy::Error& e) {
    CHECK(e.type_name() == "SystemExit");
    CHECK(e.message() == "3");
  }
  CHECK_THROWS_AS(py.get_global("nope"), minipy::Error);
  // the interpreter is still usable afterwards
  CHECK(py.eval("1 + 1").to_int() == 2);
}

TEST_CASE("embedding: argv and independent interpreters", "[embedding]") {
  minipy::Interpreter a, b;
  a.set_argv({"prog", "one"});
  CHECK(a.eval("__import__('sys').argv").repr() == "['prog', 'one']");
  a.run_string("v = 1");
  b.run_string("v = 2");
  CHECK(a.get_global("v").to_int() == 1);
  CHECK(b.get_global("v").to_int() == 2);
  a.set_global("w", minipy::Handle(7));
  CHECK(a.eval("w * 6").to_int() == 42);
}

TEST_CASE("embedding: interactive input (the REPL's engine)", "[embedding]") {
  using R = minipy::Interpreter::Interactive;
  minipy::Interpreter py;
  py.run_string("import sys, io\nsys.stdout = io.StringIO()\nsys.stderr = io.StringIO()\n");
  int status = -1;
  CHECK(py.run_interactive("x = 20\n", &status) == R::Ok);
  CHECK(py.run_interactive("if x:\n", &status) == R::Incomplete);
  CHECK(py.run_interactive("(1,\n", &status) == R::Incomplete);
  CHECK(py.run_interactive("if x:\n    y = x + 1\n\n", &status) == R::Ok);
  CHECK(py.run_interactive("y * 2\n", &status) == R::Ok);
  CHECK(py.eval("sys.stdout.getvalue()").to_string() == "42\n");
  CHECK(py.eval("_").to_int() == 42);  // sys.displayhook stored the value in builtins._
  CHECK(py.run_interactive("1/0\n", &status) == R::Error);
  CHECK(py.eval("sys.stderr.getvalue()").to_string().find("ZeroDivisionError: division by zero") != std::string::npos);
  CHECK(py.run_interactive("x = = 1\n", &status) == R::Error);
  CHECK(py.run_interactive("raise SystemExit(5)\n", &status) == R::Exit);
  CHECK(status == 5);
}

TEST_CASE("embedding: attributes and imports", "[embedding]") {
  minipy::Interpreter py;
  minipy::Handle sys = py.import("sys");
  CHECK(py.get_attr(sys, "platform").to_string() == "linux");
  py.set_attr(sys, "custom_value", minipy::Handle(12));
  CHECK(py.eval("__import__('sys').custom_value").to_int() == 12);
  CHECK_THROWS_AS(py.get_attr(sys, "no_such_attribute"), minipy::Error);
  CHECK_THROWS_AS(py.import("no_such_module_xyz"), minipy::Error);
}
