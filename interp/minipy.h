// The public embedding API of minipy: everything a C++ host program needs to run Python code.
//
//   minipy::Interpreter py;
//   py.run_string("def add(a, b): return a + b");
//   int64_t n = py.call("add", {2, 3}).to_int();          // 5
//   py.register_function("twice", [](const std::vector<minipy::Handle>& a) {
//     return minipy::Handle(a.at(0).to_int() * 2);
//   });
//   py.eval("twice(21)").to_int();                        // 42
//   try { py.run_string("1/0"); } catch (const minipy::Error& e) { e.type_name(); }  // "ZeroDivisionError"
//
// The header deliberately exposes no runtime internals: a Handle is an opaque owned reference to a
// Python object. Each Interpreter owns its modules (sys, builtins, __main__); several may coexist.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace minipy {

struct InterpreterState;
struct ThreadState;

// A Python exception that escaped to the host.
class Error : public std::runtime_error {
 public:
  Error(std::string type_name, std::string message, std::string traceback)
      : std::runtime_error(type_name + (message.empty() ? "" : ": " + message)),
        type_name_(std::move(type_name)), message_(std::move(message)), traceback_(std::move(traceback)) {}
  const std::string& type_name() const { return type_name_; }  // "ValueError", "mod.MyError"
  const std::string& message() const { return message_; }      // str(exc)
  const std::string& traceback() const { return traceback_; }  // CPython's formatted report

 private:
  std::string type_name_, message_, traceback_;
};

// An owned reference to any Python object (or empty). Copying shares the object.
class Handle {
 public:
  Handle() = default;
  Handle(std::nullptr_t) {}
  Handle(int64_t v);
  Handle(int v) : Handle(int64_t(v)) {}
  Handle(double v);
  Handle(bool v);
  Handle(const std::string& utf8);
  Handle(const char* utf8);
  static Handle none();
  Handle(const Handle& o);
  Handle(Handle&& o) noexcept : bits_(o.bits_) { o.bits_ = 0; }
  Handle& operator=(Handle o) noexcept { std::swap(bits_, o.bits_); return *this; }
  ~Handle();

  bool empty() const { return bits_ == 0; }
  bool is_none() const;
  bool is_int() const;
  bool is_float() const;
  bool is_str() const;
  std::string type_name() const;
  std::string to_string() const;  // str(obj)
  std::string repr() const;       // repr(obj)
  int64_t to_int() const;         // int(obj); minipy::Error on failure
  double to_double() const;       // float(obj)
  bool truthy() const;            // bool(obj)

  // Internal: the tagged Value bits (one owned reference).
  static Handle adopt_bits(uintptr_t bits) { Handle h; h.bits_ = bits; return h; }
  uintptr_t bits() const { return bits_; }

 private:
  uintptr_t bits_ = 0;
};

using NativeFunction = std::function<Handle(const std::vector<Handle>& args)>;

class Interpreter {
 public:
  Interpreter();
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // sys.argv (and sys.orig_argv[1:]); call before running code.
  void set_argv(const std::vector<std::string>& argv);

  // Run code in __main__'s namespace. Uncaught exceptions come back as minipy::Error
  // (SystemExit included: type_name "SystemExit", message its code).
  void run_file(const std::string& path);
  void run_string(const std::string& source, const std::string& filename = "<string>");
  // Evaluate one expression in __main__'s namespace.
  Handle eval(const std::string& expression);
  // Call a global function of __main__ (or any builtin) by name.
  Handle call(const std::string& function, const std::vector<Handle>& args = {});
  Handle call(const char* function, const std::vector<Handle>& args = {}) {
    return call(std::string(function), args);
  }
  // Call a callable object.
  Handle call(const Handle& callable, const std::vector<Handle>& args = {});
  // Look up / set a global of __main__.
  Handle get_global(const std::string& name);
  void set_global(const std::string& name, const Handle& value);
  // obj.attr / obj.attr = value; import a module by name.
  Handle get_attr(const Handle& obj, const std::string& attr);
  void set_attr(const Handle& obj, const std::string& attr, const Handle& value);
  Handle import(const std::string& module);
  // Make `fn` callable from Python as a global of __main__ named `name`.
  void register_function(const std::string& name, NativeFunction fn);

  // ---- what the minipy program (interp/cli) uses: CPython's top-level behaviour --------------
  // These print uncaught exceptions to sys.stderr as CPython does and return the process exit
  // status (SystemExit honoured). They never throw.
  int main_run_file(const std::string& path);
  int main_run_command(const std::string& source);
  int main_run_module(const std::string& module);
  int main_run_stdin();
  // One interactive input (the REPL): compiled in 'single' mode so expression values are echoed
  // through sys.displayhook. Incomplete: more lines are needed. Exit: SystemExit was raised
  // (*exit_status says with which status). Errors are printed.
  enum class Interactive { Ok, Incomplete, Error, Exit };
  Interactive run_interactive(const std::string& source, int* exit_status);
  void set_flags(bool unbuffered, bool inspect, int optimize, bool quiet);
  void set_xoptions(const std::vector<std::string>& xoptions);
  void set_warnoptions(const std::vector<std::string>& options);  // -W
  void set_path0(const std::string& dir);   // sys.path[0]
  void set_orig_argv(const std::vector<std::string>& argv);
  // Flush sys.stdout/sys.stderr (CPython does this at exit). Returns false if flushing failed.
  bool flush_std_streams();
  // Wait for the program's non-daemon threads (threading._shutdown(), as CPython does before it
  // finalizes). The destructor does it too; the minipy program calls it before flushing.
  void wait_for_threads();

  InterpreterState* state() { return interp_; }

  // Internal: makes this interpreter current on the calling OS thread, holding the GIL, for one
  // API call (also used by Handle operations outside any call).
  struct Guard;

 private:
  InterpreterState* interp_ = nullptr;
  ThreadState* tstate_ = nullptr;  // the state of the OS thread that created the interpreter
  uint64_t owner_thread_ = 0;       // that thread's pthread id
  bool threads_waited_ = false;
  std::vector<std::unique_ptr<NativeFunction>> natives_;
  std::string prog_name_ = "minipy";
 public:
  // True when the last main_* call ended with an uncaught KeyboardInterrupt: CPython then exits
  // by re-raising SIGINT on itself (status -2 as seen by a parent).
  bool exited_by_keyboard_interrupt() const { return kbd_interrupt_; }
  // Internal: the status for an uncaught exception (printed through sys.excepthook).
  int handle_top_level_exception(uintptr_t exc_bits);

 private:
  bool kbd_interrupt_ = false;
  bool dis_ = false;  // -X dis
};

}  // namespace minipy
