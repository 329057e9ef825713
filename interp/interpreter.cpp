// Interpreter lifecycle and the embedding API (interp/minipy.h): creating the builtins, sys and
// __main__ modules, running code, turning Python exceptions into minipy::Error, and CPython's
// top-level behaviour for the minipy program (SystemExit, sys.excepthook, exit status).
#include <pthread.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <optional>
#include <sstream>

#include "interp/compiler.h"
#include "interp/minipy.h"
#include "interp/parser.h"
#include "interp/import.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/dict_object.h"
#include "runtime/gc.h"
#include "runtime/file_object.h"
#include "runtime/float_object.h"
#include "runtime/gil_runtime.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/struct_seq.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

// ---- Handle --------------------------------------------------------------------------------------

static Value hv(const Handle& h) { return Value::from_bits(h.bits()); }
static Handle to_handle(Ref r) { return Handle::adopt_bits(r.release().bits()); }

// ---- the current interpreter for one API call -----------------------------------------------------

// An API call runs with a ThreadState of this interpreter current on the calling OS thread and the
// GIL held. Nested calls (a native function calling back into the API) reuse the current state;
// a call from an OS thread the interpreter does not know gets a temporary state of its own, so
// two host threads never share a frame stack. The GIL is taken by the outermost call on this OS
// thread and dropped when it returns: between API calls the program's threads run.
struct Interpreter::Guard {
  ThreadState* saved;
  ThreadState* ts;
  ThreadState* temporary = nullptr;
  gil::DropReason drop_reason = gil::DropReason::Yield;  // Exit for the interpreter's last drop
  explicit Guard(Interpreter* i) : saved(t_tstate) {
    if (saved && saved->interp == i->interp_) {
      ts = saved;
    } else if (uint64_t(pthread_self()) == i->owner_thread_) {
      ts = i->tstate_;
    } else {
      ts = temporary = new ThreadState;
      ts->interp = i->interp_;
      ts->thread_id = uint64_t(pthread_self());
      ts->native_id = uint64_t(::gettid());
      ts->name = "Dummy";
      init_c_stack_limit(ts);
      the_gil().thread_started(ts);
    }
    t_tstate = ts;
    if (t_gil_depth++ == 0) gil_take(ts);
    if (temporary) thread_state_register(temporary);
  }
  ~Guard() {
    if (temporary) thread_state_unregister(temporary);
    if (--t_gil_depth == 0) gil_drop(ts, drop_reason);
    t_tstate = saved;
    if (temporary) the_gil().thread_exited(temporary);
    delete temporary;
  }
};


// Handles belong to no interpreter. Outside an API call (the host holds a Handle between calls,
// while the program's threads run) an operation on one takes the GIL through the newest live
// interpreter, so reference counts are never touched concurrently.
static std::atomic<Interpreter*> g_handle_interp{nullptr};

struct HandleScope {
  std::optional<Interpreter::Guard> guard;
  HandleScope() {
    if (t_gil_depth == 0)
      if (Interpreter* i = g_handle_interp.load(std::memory_order_acquire)) guard.emplace(i);
  }
};

Handle::Handle(int64_t v) { HandleScope s; bits_ = int_from_i64(v).release().bits(); }
Handle::Handle(double v) { HandleScope s; bits_ = float_new(v).release().bits(); }
Handle::Handle(bool v) { bits_ = Ref(bool_value(v)).release().bits(); }
Handle::Handle(const std::string& s) { HandleScope hs; bits_ = str_new(s).release().bits(); }
Handle::Handle(const char* s) { HandleScope hs; bits_ = str_new(s).release().bits(); }
Handle Handle::none() { return to_handle(Ref(None())); }
Handle::Handle(const Handle& o) : bits_(o.bits_) {
  if (!bits_ || !Value::from_bits(bits_).is_object()) return;
  HandleScope s;
  incref(Value::from_bits(bits_));
}
Handle::~Handle() {
  if (!bits_ || !Value::from_bits(bits_).is_object()) return;
  HandleScope s;
  decref(Value::from_bits(bits_));
}

static Error error_from_exception(Value exc);

template <class F>
static auto guarded(F&& fn) -> decltype(fn()) {
  HandleScope scope;
  try {
    return fn();
  } catch (PyException& e) {
    throw error_from_exception(e.value);
  } catch (std::bad_alloc&) {
    throw Error("MemoryError", "", "");
  }
}

bool Handle::is_none() const { return bits_ && minipy::is_none(hv(*this)); }
bool Handle::is_int() const { return bits_ && minipy::is_int(hv(*this)); }
bool Handle::is_float() const { return bits_ && minipy::is_float(hv(*this)); }
bool Handle::is_str() const { return bits_ && minipy::is_str(hv(*this)); }
std::string Handle::type_name() const { return bits_ ? std::string(minipy::type_name(hv(*this))) : "NULL"; }
std::string Handle::to_string() const {
  if (!bits_) return "<NULL>";
  return guarded([&] { return str_utf8(hv(*this)); });
}
std::string Handle::repr() const {
  if (!bits_) return "<NULL>";
  return guarded([&] { return repr_utf8(hv(*this)); });
}
int64_t Handle::to_int() const {
  if (!bits_) throw Error("ValueError", "empty handle", "");
  return guarded([&] {
    Ref i = number_int(hv(*this));
    auto v = int_as_i64(i);
    if (!v) raise(exc::OverflowError, "Python int too large to convert to C long");
    return *v;
  });
}
double Handle::to_double() const {
  if (!bits_) throw Error("ValueError", "empty handle", "");
  return guarded([&] { return as_double(hv(*this)); });
}
bool Handle::truthy() const {
  if (!bits_) return false;
  return guarded([&] { return is_true(hv(*this)); });
}


static std::string executable_path() {
  char buf[PATH_MAX];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  return std::string(buf, size_t(n));
}

static Value main_dict(InterpreterState* is) {
  Value m = dict_get_str(is->modules, "__main__");
  return module_dict(m);
}

Interpreter::Interpreter() {
  runtime_init();
  interp_ = new InterpreterState;
  tstate_ = new ThreadState;
  tstate_->interp = interp_;
  tstate_->thread_id = uint64_t(pthread_self());
  tstate_->native_id = uint64_t(::gettid());
  tstate_->name = "MainThread";
  owner_thread_ = tstate_->thread_id;
  interp_->host = this;
  interp_->executable = executable_path();
  interp_->main_thread = tstate_;
  g_handle_interp.store(this, std::memory_order_release);
  the_gil().thread_started(tstate_);
  Guard g(this);
  thread_state_register(tstate_);
  init_c_stack_limit(tstate_);
  guarded([&] {
    interp_->modules = dict_new();
    interp_->sys_path = list_new();
    Ref bmod = make_builtins_module();
    interp_->builtins = Ref(module_dict(bmod));
    dict_set_str(interp_->modules, "builtins", bmod);
    const BuiltinModuleDef* sysdef = find_builtin_module("sys");
    Ref sys = sysdef ? sysdef->init() : module_new("sys");
    interp_->sys = sys;
    dict_set_str(interp_->modules, "sys", sys);
    Ref main = module_new("__main__");
    Value md = module_dict(main);
    dict_set_str(md, "__doc__", None());
    dict_set_str(md, "__package__", None());
    dict_set_str(md, "__loader__", None());
    dict_set_str(md, "__spec__", None());
    dict_set_str(md, "__annotations__", dict_new());
    dict_set_str(md, "__builtins__", bmod);
    dict_set_str(interp_->modules, "__main__", main);
  });
}

void Interpreter::wait_for_threads() {
  if (threads_waited_) return;
  threads_waited_ = true;
  Guard g(this);
  try {
    Value threading = dict_get_str(interp_->modules, "threading");
    if (!threading) return;
    Ref shutdown = getattr_opt(threading, name("_shutdown"));
    if (shutdown) minipy::call(shutdown, {});
  } catch (PyException& e) {
    // As CPython: a KeyboardInterrupt while joining is reported and the exit goes on.
    Ref exc = e.value;
    try {
      Value threading = dict_get_str(interp_->modules, "threading");
      Ref r = threading ? repr(threading) : str_new("threading");
      std::string head = "Exception ignored in: " + std::string(str_view(r)) + "\n";
      Ref err = getattr_opt(interp_->sys, name("stderr"));
      if (err && !is_none(err)) write_text_to(err, head.c_str());
      print_exception(exc);
    } catch (...) {
    }
  }
}

Interpreter::~Interpreter() {
  try {
    wait_for_threads();
  } catch (...) {
  }
  bool others_alive;
  {
    Guard g(this);
    g.drop_reason = gil::DropReason::Exit;
    // From here on any other thread that takes the GIL parks forever (daemon threads freeze).
    interp_->finalizing.store(true, std::memory_order_release);
    others_alive = interp_->threads.size() > 1;
    try {
      flush_std_streams();
      // Drop __main__'s objects first so that files the program left open are flushed and closed.
      if (interp_->modules) {
        Value m = dict_get_str(interp_->modules, "__main__");
        if (m) dict_clear(module_dict(m));
      }
      // Classes and other cycles the program dropped (or that __main__ held) go now, running
      // their finalizers while the interpreter still works, as CPython's shutdown collection does.
      gc_collect();
      flush_std_streams();
    } catch (...) {
    }
    try {
      interp_->sys_path = nullptr;
      interp_->sys = nullptr;
      interp_->builtins = nullptr;
      interp_->modules = nullptr;
      tstate_->handled_exc = nullptr;
    } catch (...) {
    }
    thread_state_unregister(tstate_);
  }
  Interpreter* self = this;
  g_handle_interp.compare_exchange_strong(self, nullptr);
  the_gil().thread_exited(tstate_);
  delete tstate_;
  // Parked daemon threads still point at the interpreter state: it must outlive them.
  if (!others_alive) delete interp_;
}

void Interpreter::set_argv(const std::vector<std::string>& argv) {
  Guard g(this);
  interp_->argv = argv;
  guarded([&] {
    Ref l = list_new();
    for (auto& a : argv) list_append(l, str_new(a));
    if (argv.empty()) list_append(l, str_new(""));
    setattr(interp_->sys, name("argv"), l);
  });
}

void Interpreter::set_orig_argv(const std::vector<std::string>& argv) {
  Guard g(this);
  if (!argv.empty()) {
    std::string p = argv[0];
    size_t slash = p.rfind('/');
    prog_name_ = argv[0];
    (void)slash;
  }
  guarded([&] {
    Ref l = list_new();
    for (auto& a : argv) list_append(l, str_new(a));
    setattr(interp_->sys, name("orig_argv"), l);
  });
}

void Interpreter::set_path0(const std::string& dir) {
  Guard g(this);
  guarded([&] {
    Ref s = str_new(dir);
    std::vector<Ref>& items = list_items(interp_->sys_path);
    items.insert(items.begin(), s);
  });
}

void Interpreter::set_xoptions(const std::vector<std::string>& xoptions) {
  Guard g(this);
  guarded([&] {
    Ref d = dict_new();
    for (auto& x : xoptions) {
      if (x == "dis") dis_ = true;
      size_t eq = x.find('=');
      if (eq == std::string::npos) dict_set(d, str_new(x), True());
      else dict_set(d, str_new(x.substr(0, eq)), str_new(x.substr(eq + 1)));
    }
    setattr(interp_->sys, name("_xoptions"), d);
  });
}

void Interpreter::set_warnoptions(const std::vector<std::string>& options) {
  Guard g(this);
  guarded([&] {
    Ref l = list_new();
    for (auto& o : options) list_append(l, str_new(o));
    setattr(interp_->sys, name("warnoptions"), l);
  });
}

void Interpreter::set_flags(bool unbuffered, bool inspect, int optimize, bool quiet) {
  Guard g(this);
  guarded([&] {
    Value sys = interp_->sys;
    if (unbuffered) {
      for (const char* s : {"stdout", "stderr"}) {
        Ref f = getattr_opt(sys, name(s));
        if (f && is_file_object(f)) f.as<FileObject>()->write_through = true;
      }
    }
    Ref flags = getattr_str(sys, "flags");
    std::vector<Ref> items;
    for (size_t i = 0; i < tuple_size(flags); ++i) items.push_back(Ref(tuple_item(flags, i)));
    items[1] = Ref(Value::small_int(inspect));
    items[3] = Ref(Value::small_int(optimize));
    items[10] = Ref(Value::small_int(quiet));
    std::vector<Value> vals(items.begin(), items.end());
    setattr(sys, name("flags"), struct_seq_new_array(FlagsType, vals.data(), vals.size()));
  });
}

bool Interpreter::flush_std_streams() {
  Guard g(this);
  bool ok = true;
  if (!interp_->sys) return ok;
  for (const char* s : {"stdout", "stderr"}) {
    try {
      Ref f = getattr_opt(interp_->sys, name(s));
      if (f && !is_none(f)) flush_file(f);
    } catch (PyException&) {
      ok = false;
    }
  }
  return ok;
}

// ---- errors ----------------------------------------------------------------------------------------

static std::string exception_type_name(Value exc) {
  TypeObject* t = type_of(exc);
  std::string n(t->type_name());
  try {
    Ref mod = getattr_opt(Value(static_cast<Object*>(t)), name("__module__"));
    if (mod && is_str(mod) && str_view(mod) != "builtins") {
      Ref qual = getattr_opt(Value(static_cast<Object*>(t)), name("__qualname__"));
      return std::string(str_view(mod)) + "." + (qual && is_str(qual) ? std::string(str_view(qual)) : n);
    }
  } catch (PyException&) {
  }
  return n;
}

// print_exception into a string, by pointing sys.stderr at a StringIO meanwhile.
static std::string format_exception_text(Value exc) {
  InterpreterState* is = current_interp();
  try {
    Ref saved = getattr_opt(is->sys, name("stderr"));
    Ref sio = stringio_new();
    setattr(is->sys, name("stderr"), sio);
    try {
      print_exception(exc);
    } catch (...) {
      setattr(is->sys, name("stderr"), saved ? Value(saved) : None());
      throw;
    }
    setattr(is->sys, name("stderr"), saved ? Value(saved) : None());
    return stringio_value(sio);
  } catch (PyException&) {
    return "";
  }
}

static Error error_from_exception(Value exc) {
  std::string type = exception_type_name(exc);
  std::string msg;
  try {
    if (exception_matches(exc, exc::SystemExit)) {
      Ref code = getattr_opt(exc, name("code"));
      msg = code ? str_utf8(code) : "None";
    } else {
      msg = str_utf8(exc);
    }
  } catch (PyException&) {
    msg = "<exception str() failed>";
  }
  return Error(type, msg, format_exception_text(exc));
}

// ---- running code ----------------------------------------------------------------------------------

static bool read_file(const std::string& path, std::string& out, int& err) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    err = errno;
    return false;
  }
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  if (out.size() >= 3 && out.compare(0, 3, "\xEF\xBB\xBF") == 0) out.erase(0, 3);  // UTF-8 BOM
  return true;
}

static void exec_source(InterpreterState* is, const std::string& source, const std::string& filename) {
  Ref code = compile_source(source, filename, ParseMode::Exec);
  Value g = main_dict(is);
  eval_code(code, g, g);
}

void Interpreter::run_file(const std::string& path) {
  Guard g(this);
  std::string src;
  int err = 0;
  if (!read_file(path, src, err)) {
    guarded([&]() -> int { raise_os_error(err, str_new(path)); });
  }
  guarded([&] {
    dict_set_str(main_dict(interp_), "__file__", str_new(path));
    exec_source(interp_, src, path);
  });
}

void Interpreter::run_string(const std::string& source, const std::string& filename) {
  Guard g(this);
  guarded([&] { exec_source(interp_, source, filename); });
}

Handle Interpreter::eval(const std::string& expression) {
  Guard g(this);
  return guarded([&] {
    Ref code = compile_source(expression, "<string>", ParseMode::Eval);
    Value gd = main_dict(interp_);
    return to_handle(eval_code(code, gd, gd));
  });
}

Handle Interpreter::get_global(const std::string& n) {
  Guard g(this);
  return guarded([&] {
    Value v = dict_get_str(main_dict(interp_), n);
    if (!v) v = dict_get_str(interp_->builtins, n);
    if (!v) raisef(exc::NameError, "name '%s' is not defined", n.c_str());
    return to_handle(Ref(v));
  });
}

void Interpreter::set_global(const std::string& n, const Handle& value) {
  Guard g(this);
  guarded([&] { dict_set_str(main_dict(interp_), n, value.empty() ? None() : hv(value)); });
}

Handle Interpreter::call(const Handle& callable, const std::vector<Handle>& args) {
  Guard g(this);
  return guarded([&] {
    std::vector<Value> a;
    a.reserve(args.size());
    for (auto& h : args) a.push_back(h.empty() ? None() : hv(h));
    return to_handle(minipy::call(hv(callable), a.data(), a.size()));
  });
}

Handle Interpreter::call(const std::string& function, const std::vector<Handle>& args) {
  Handle f = get_global(function);
  return call(f, args);
}

Handle Interpreter::get_attr(const Handle& obj, const std::string& attr) {
  Guard g(this);
  return guarded([&] { return to_handle(getattr_str(hv(obj), attr)); });
}

void Interpreter::set_attr(const Handle& obj, const std::string& attr, const Handle& value) {
  Guard g(this);
  guarded([&] {
    Ref n = str_new(attr);
    setattr(hv(obj), n, value.empty() ? None() : hv(value));
  });
}

Handle Interpreter::import(const std::string& module) {
  Guard g(this);
  return guarded([&] { return to_handle(import_module(module)); });
}

// A native function registered by the host: a MethodDef whose `self` is a capsule-like int
// holding the index of the std::function in the interpreter's table.
static Ref call_registered(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("native function", kwnames);
  auto* fn = reinterpret_cast<NativeFunction*>(uintptr_t(*int_as_i64(self)));
  std::vector<Handle> hargs;
  hargs.reserve(nargs);
  for (size_t i = 0; i < nargs; ++i) hargs.push_back(to_handle(Ref(args[i])));
  Handle result;
  try {
    result = (*fn)(hargs);
  } catch (Error& e) {
    // A host function may re-throw a Python error it caught: raise the same type by name if builtin.
    Value t = dict_get_str(current_interp()->builtins, e.type_name());
    TypeObject* type = exc::RuntimeError;
    if (t && isinstance(t, &TypeType) && is_subtype(static_cast<TypeObject*>(t.as_object()), exc::BaseException))
      type = static_cast<TypeObject*>(t.as_object());
    raise(type, e.message());
  } catch (PyException&) {
    throw;
  } catch (std::exception& e) {
    raise(exc::RuntimeError, e.what());
  }
  if (result.empty()) return Ref(None());
  return Ref(hv(result));
}

void Interpreter::register_function(const std::string& fname, NativeFunction fn) {
  Guard g(this);
  natives_.push_back(std::make_unique<NativeFunction>(std::move(fn)));
  NativeFunction* p = natives_.back().get();
  // MethodDefs must outlive the function objects: keep them with the std::function.
  auto* def = new MethodDef{strdup(fname.c_str()), call_registered};
  guarded([&] {
    Ref self = int_from_i64(int64_t(reinterpret_cast<uintptr_t>(p)));
    Ref f = native_function_new(def, self, str_new("__main__"));
    dict_set_str(main_dict(interp_), fname, f);
  });
}

// ---- the minipy program's top level ----------------------------------------------------------------

static int system_exit_status(InterpreterState* is, Value exc) {
  Ref code;
  try {
    code = getattr_opt(exc, name("code"));
  } catch (PyException&) {
  }
  if (!code || is_none(code)) return 0;
  if (is_int(code)) {
    auto v = int_as_i64(code);
    return v ? int(*v) : -1;
  }
  // Anything else is printed to stderr; the status is 1.
  try {
    Ref err = getattr_opt(is->sys, name("stderr"));
    Ref text = str_of(code);
    if (err && !is_none(err)) {
      write_str_to(err, text);
      write_text_to(err, "\n");
      flush_file(err);
    } else {
      std::fprintf(stderr, "%s\n", std::string(str_view(text)).c_str());
    }
  } catch (PyException&) {
  }
  return 1;
}

int Interpreter::handle_top_level_exception(uintptr_t exc_bits) {
  Value exc = Value::from_bits(exc_bits);
  Guard g(this);
  if (exception_matches(exc, exc::SystemExit)) return system_exit_status(interp_, exc);
  if (exception_matches(exc, exc::KeyboardInterrupt)) kbd_interrupt_ = true;
  try {
    Value sys = interp_->sys;
    Value type = Value(static_cast<Object*>(type_of(exc)));
    Ref tb = getattr_opt(exc, name("__traceback__"));
    Value tbv = tb ? Value(tb) : None();
    setattr(sys, name("last_type"), type);
    setattr(sys, name("last_value"), exc);
    setattr(sys, name("last_traceback"), tbv);
    Ref hook = getattr_opt(sys, name("excepthook"));
    Ref orig = getattr_opt(sys, name("__excepthook__"));
    if (!hook || hook.get() == orig.get() || is_none(hook)) {
      print_exception(exc);
    } else {
      try {
        minipy::call(hook, {type, exc, tbv});
      } catch (PyException& e) {
        if (exception_matches(e.value, exc::SystemExit)) return system_exit_status(interp_, e.value);
        Ref err = getattr_opt(sys, name("stderr"));
        if (err && !is_none(err)) write_text_to(err, "Error in sys.excepthook:\n");
        print_exception(e.value);
        if (err && !is_none(err)) write_text_to(err, "\nOriginal exception was:\n");
        print_exception(exc);
      }
    }
  } catch (PyException& e) {
    std::fprintf(stderr, "minipy: error while printing an exception\n");
  }
  return 1;
}

template <class F>
static int top_level(Interpreter* self, F&& fn) {
  try {
    fn();
    return 0;
  } catch (PyException& e) {
    Ref exc = e.value;
    return self->handle_top_level_exception(exc.get().bits());
  } catch (std::bad_alloc&) {
    std::fprintf(stderr, "MemoryError\n");
    return 1;
  }
}

int Interpreter::main_run_file(const std::string& path) {
  Guard g(this);
  std::string src;
  int err = 0;
  if (!read_file(path, src, err)) {
    char cwd[PATH_MAX];
    std::string abs = path;
    if (!path.empty() && path[0] != '/' && ::getcwd(cwd, sizeof cwd)) abs = std::string(cwd) + "/" + path;
    std::fprintf(stderr, "%s: can't open file %s: [Errno %d] %s\n", prog_name_.c_str(),
                 str_repr_utf8(abs).c_str(), err, std::strerror(err));
    return 2;
  }
  // CPython 3.9+ runs the script under its absolute path (__file__, tracebacks); argv keeps it as given.
  std::string abs = path;
  char cwd[PATH_MAX];
  if (!path.empty() && path[0] != '/' && ::getcwd(cwd, sizeof cwd)) {
    std::string p = path;
    while (p.compare(0, 2, "./") == 0) p.erase(0, 2);
    abs = std::string(cwd) + "/" + p;
  }
  if (dis_) {  // -X dis: show the bytecode instead of running
    return top_level(this, [&] {
      Ref code = compile_source(src, abs, ParseMode::Exec);
      std::string text = disassemble(code);
      std::fwrite(text.data(), 1, text.size(), stdout);
    });
  }
  return top_level(this, [&] {
    Value md = main_dict(interp_);
    dict_set_str(md, "__file__", str_new(abs));
    dict_set_str(md, "__cached__", None());
    exec_source(interp_, src, abs);
  });
}

int Interpreter::main_run_command(const std::string& source) {
  Guard g(this);
  return top_level(this, [&] { exec_source(interp_, source, "<string>"); });
}

int Interpreter::main_run_module(const std::string& module) {
  Guard g(this);
  try {
    run_module_as_main(module);
    return 0;
  } catch (PyException& e) {
    Ref exc = e.value;
    // The module itself was not found: CPython reports it in one line, without a traceback.
    if (exception_matches(exc, exc::ImportError)) {
      std::string msg = str_utf8(exc);
      if (msg == "No module named " + module || msg == "No module named '" + module + "'") {
        std::fprintf(stderr, "%s: No module named %s\n", prog_name_.c_str(), module.c_str());
        return 1;
      }
    }
    return handle_top_level_exception(exc.get().bits());
  }
}

int Interpreter::main_run_stdin() {
  Guard g(this);
  std::string src;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    src.append(buf, size_t(n));
  }
  return top_level(this, [&] { exec_source(interp_, src, "<stdin>"); });
}

Interpreter::Interactive Interpreter::run_interactive(const std::string& source, int* exit_status) {
  Guard g(this);
  Ref code;
  try {
    ast::Arena arena;
    ast::Mod* mod = parse(source, "<stdin>", ParseMode::Single, arena);
    code = compile_ast(mod, "<stdin>", ParseMode::Single);
  } catch (ParseError& pe) {
    if (pe.info.incomplete) return Interactive::Incomplete;
    // Let the compiler turn it into a proper SyntaxError (with text and offsets) and report it.
    try {
      code = compile_source(source, "<stdin>", ParseMode::Single);
    } catch (PyException& e) {
      handle_top_level_exception(e.value.get().bits());
      return Interactive::Error;
    }
  } catch (PyException& e) {
    handle_top_level_exception(e.value.get().bits());
    return Interactive::Error;
  }
  try {
    Value gd = main_dict(interp_);
    eval_code(code, gd, gd);
    flush_std_streams();
    return Interactive::Ok;
  } catch (PyException& e) {
    Ref exc = e.value;
    if (exception_matches(exc, exc::SystemExit)) {
      *exit_status = system_exit_status(interp_, exc);
      return Interactive::Exit;
    }
    flush_std_streams();
    handle_top_level_exception(exc.get().bits());
    kbd_interrupt_ = false;
    return Interactive::Error;
  }
}

}  // namespace minipy
