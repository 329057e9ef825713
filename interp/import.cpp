// The import system: sys.modules, built-in modules (runtime/module_registry.h), and .py modules
// and packages found along sys.path (or a package's __path__). CPython's semantics, simplified:
// no bytecode cache, no import hooks.
#include "interp/import.h"

#include <sys/stat.h>

#include <condition_variable>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

#include "interp/compiler.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/blocking.h"
#include "runtime/module_registry.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

std::unordered_set<std::string>& initializing() {
  static thread_local std::unordered_set<std::string> s;  // modules whose code is running now
  return s;
}

// Per-module import locks: while one thread runs a module's code, another thread importing the
// same module waits (with the GIL released) instead of seeing it half-initialized; the importing
// thread itself gets the partial module back (a circular import), as in CPython. Entries are
// added and removed by the GIL's holder; a waiter sleeps on the entry's own condition variable.
struct ImportInProgress {
  ThreadState* owner;
  std::shared_ptr<struct ImportDone> done;
};
struct ImportDone {
  std::mutex mutex;
  std::condition_variable cond;
  bool finished = false;
};

std::map<std::pair<InterpreterState*, std::string>, ImportInProgress>& imports_in_progress() {
  static auto* m = new std::map<std::pair<InterpreterState*, std::string>, ImportInProgress>();
  return *m;
}

void begin_module_import(const std::string& modname) {
  imports_in_progress()[{current_interp(), modname}] = {tstate(), std::make_shared<ImportDone>()};
}

void end_module_import(const std::string& modname) {
  auto& m = imports_in_progress();
  auto it = m.find({current_interp(), modname});
  if (it == m.end()) return;
  std::shared_ptr<ImportDone> done = it->second.done;
  m.erase(it);
  {
    std::lock_guard<std::mutex> lock(done->mutex);
    done->finished = true;
  }
  done->cond.notify_all();
}

// Wait until no other thread is running `modname`'s code.
void wait_for_module_import(const std::string& modname) {
  for (;;) {
    auto& m = imports_in_progress();
    auto it = m.find({current_interp(), modname});
    if (it == m.end() || it->second.owner == tstate()) return;
    std::shared_ptr<ImportDone> done = it->second.done;
    blocking_call("import", [&] {
      std::unique_lock<std::mutex> lock(done->mutex);
      done->cond.wait(lock, [&] { return done->finished; });
    });
  }
}

}  // namespace

void import_after_fork_child(ThreadState* ts) {
  // Imports that vanished threads were running never finish: forget them so the child does not
  // wait for them (it sees such a module half-initialised, as a circular import would).
  auto& m = imports_in_progress();
  for (auto it = m.begin(); it != m.end();) {
    if (it->second.owner != ts) {
      new std::shared_ptr<ImportDone>(std::move(it->second.done));  // leaked: its mutex may look held
      it = m.erase(it);
    } else {
      ++it;
    }
  }
}

Value sys_modules() {
  InterpreterState* is = current_interp();
  if (!is->modules) is->modules = dict_new();
  return is->modules;
}

namespace {

Ref sys_path() {
  InterpreterState* is = current_interp();
  if (is->sys) {
    Ref p = getattr_opt(is->sys, name("path"));
    if (p) return p;
  }
  if (is->sys_path) return is->sys_path;
  return list_new();
}

bool is_file(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}
bool is_dir(const std::string& p) {
  struct stat st;
  return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

[[noreturn]] void module_not_found(const std::string& msg, const std::string& modname) {
  Ref e = new_exception(exc::ModuleNotFoundError, msg);
  Ref n = str_new(modname);
  try {
    setattr(e, name("name"), n);
  } catch (PyException&) {
  }
  throw_exception(std::move(e));
}

struct Found {
  enum Kind { None, Module, Package, Namespace } kind = None;
  std::string file;                 // the .py file (module or package __init__.py)
  std::vector<std::string> paths;   // package __path__
};

Found find_spec(const std::string& last, Value path_list) {
  Found ns;
  if (!path_list || (!is_list(path_list) && !is_tuple(path_list))) return ns;
  Ref items = is_list(path_list) ? list_as_tuple(path_list) : Ref(path_list);
  for (size_t i = 0; i < tuple_size(items); i++) {
    Value d = tuple_item(items, i);
    if (!is_str(d)) continue;
    std::string dir(str_view(d));
    if (dir.empty()) dir = ".";
    std::string base = dir + "/" + last;
    if (is_dir(base) && is_file(base + "/__init__.py")) {
      Found f;
      f.kind = Found::Package;
      f.file = base + "/__init__.py";
      f.paths.push_back(base);
      return f;
    }
    if (is_file(base + ".py")) {
      Found f;
      f.kind = Found::Module;
      f.file = base + ".py";
      return f;
    }
    if (is_dir(base)) {
      ns.kind = Found::Namespace;
      ns.paths.push_back(base);
    }
  }
  return ns;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Ref make_path_list(const std::vector<std::string>& paths) {
  Ref l = list_new();
  for (auto& p : paths) list_append(l, str_new(p));
  return l;
}

// Frozen modules that CPython implements in C: an exception they raise (a warning turned into
// an error) shows no frames of theirs, as in CPython.
static bool hides_its_frames(const std::string& modname) { return modname == "warnings"; }

// Execute a module's source into a fresh module registered in sys.modules under `modname`: the
// file's text, or a frozen module's embedded text (then `file` is only the code's file name,
// "<frozen name>", and the module has no __file__, as in CPython).
Ref exec_module_file(const std::string& modname, const std::string& file, const std::string& package,
                     const std::vector<std::string>* pkg_paths, const char* frozen_source = nullptr) {
  Ref m = module_new(modname);
  Value d = module_dict(m);
  dict_set_str(d, "__name__", str_new(modname));
  if (!frozen_source) dict_set_str(d, "__file__", str_new(file));
  dict_set_str(d, "__package__", str_new(package));
  if (!dict_get_str(d, "__doc__")) dict_set_str(d, "__doc__", None());
  dict_set_str(d, "__spec__", None());
  dict_set_str(d, "__loader__", None());
  if (pkg_paths) dict_set_str(d, "__path__", make_path_list(*pkg_paths));
  InterpreterState* is = current_interp();
  if (is->builtins) dict_set_str(d, "__builtins__", is->builtins);
  Value mods = sys_modules();
  Ref key = str_new(modname);
  dict_set(mods, key, m);
  initializing().insert(modname);
  begin_module_import(modname);
  try {
    std::string src = frozen_source ? std::string(frozen_source) : read_file(file);
    Ref code = compile_source(src, file, ParseMode::Exec);
    if (frozen_source && hides_its_frames(modname)) code_hide_from_tracebacks(code.as<CodeObject>());
    eval_code(code, d, d);
  } catch (...) {
    initializing().erase(modname);
    end_module_import(modname);
    Value cur = dict_get(mods, key);
    if (cur) dict_del(mods, key);
    throw;
  }
  initializing().erase(modname);
  end_module_import(modname);
  Value cur = dict_get(mods, key);
  if (!cur) raisef(exc::ImportError, "Loaded module %s not found in sys.modules", modname.c_str());
  return Ref(cur);
}

// A frozen module or package (a package's __path__ is empty: its submodules are frozen too).
Ref exec_frozen_module(const std::string& fullname, const std::string& parent, const FrozenModuleDef& def) {
  std::vector<std::string> no_paths;
  return exec_module_file(fullname, "<frozen " + fullname + ">", def.is_package ? fullname : parent,
                          def.is_package ? &no_paths : nullptr, def.source);
}

Ref gcd_import(const std::string& fullname) {
  Value mods = sys_modules();
  Ref key = str_new(fullname);
  if (dict_get(mods, key)) wait_for_module_import(fullname);
  if (Value m = dict_get(mods, key)) {
    if (is_none(m)) module_not_found("import of " + fullname + " halted; None in sys.modules", fullname);
    return Ref(m);
  }
  size_t dot = fullname.rfind('.');
  std::string parent = dot == std::string::npos ? "" : fullname.substr(0, dot);
  std::string last = dot == std::string::npos ? fullname : fullname.substr(dot + 1);
  Ref path;
  Ref parent_mod;
  if (!parent.empty()) {
    parent_mod = gcd_import(parent);
    if (Value m = dict_get(mods, key)) return Ref(m);
    path = getattr_opt(parent_mod, name("__path__"));
    if (!path)
      module_not_found("No module named '" + fullname + "'; '" + parent + "' is not a package", fullname);
    // Native submodules of native packages (collections.abc).
    if (const BuiltinModuleDef* def = find_builtin_module(fullname)) {
      Ref m = def->init();
      dict_set(mods, key, m);
      Ref attr = str_new(last);
      setattr(parent_mod, attr, m);
      return m;
    }
    if (const FrozenModuleDef* def = find_frozen_module(fullname)) {
      Ref m = exec_frozen_module(fullname, parent, *def);
      setattr(parent_mod, str_new(last), m);
      return m;
    }
  } else {
    if (const BuiltinModuleDef* def = find_builtin_module(fullname)) {
      Ref m = def->init();
      dict_set(mods, key, m);
      return m;
    }
    if (const FrozenModuleDef* def = find_frozen_module(fullname))
      return exec_frozen_module(fullname, "", *def);
    path = sys_path();
  }
  Found f = find_spec(last, path);
  Ref m;
  switch (f.kind) {
    case Found::None:
      module_not_found("No module named '" + fullname + "'", fullname);
    case Found::Module:
      m = exec_module_file(fullname, f.file, parent, nullptr);
      break;
    case Found::Package:
      m = exec_module_file(fullname, f.file, fullname, &f.paths);
      break;
    case Found::Namespace: {
      m = module_new(fullname);
      Value d = module_dict(m);
      dict_set_str(d, "__name__", key);
      dict_set_str(d, "__package__", key);
      dict_set_str(d, "__path__", make_path_list(f.paths));
      dict_set_str(d, "__spec__", None());
      dict_set_str(d, "__file__", None());
      dict_set(mods, key, m);
      break;
    }
  }
  if (parent_mod) {
    try {
      setattr(parent_mod, str_new(last), m);
    } catch (PyException&) {
    }
  }
  return m;
}

std::string resolve_package(Value globals) {
  if (!globals || !is_dict(globals)) raise(exc::KeyError, "'__name__' not in globals");
  Value pkg = dict_get_str(globals, "__package__");
  if (pkg && !is_none(pkg)) {
    if (!is_str(pkg)) raise(exc::TypeError, "package must be a string");
    return std::string(str_view(pkg));
  }
  Value n = dict_get_str(globals, "__name__");
  if (!n) raise(exc::KeyError, "'__name__' not in globals");
  if (!is_str(n)) raise(exc::TypeError, "__name__ must be a string");
  std::string s(str_view(n));
  if (dict_get_str(globals, "__path__")) return s;
  size_t dot = s.rfind('.');
  return dot == std::string::npos ? "" : s.substr(0, dot);
}

bool fromlist_nonempty(Value fromlist) {
  if (!fromlist || is_none(fromlist)) return false;
  if (is_tuple(fromlist)) return tuple_size(fromlist) > 0;
  if (is_list(fromlist)) return !list_items(fromlist).empty();
  return is_true(fromlist);
}

void handle_fromlist(Value module, Value fromlist, bool recursive) {
  Ref modname = getattr_opt(module, name("__name__"));
  if (!modname || !is_str(modname)) return;
  Ref it = get_iter(fromlist);
  while (Ref x = iter_next(it)) {
    if (!is_str(x)) {
      std::string where = recursive ? std::string(str_view(modname)) + ".__all__" : "``from list''";
      raisef(exc::TypeError, "Item in %s must be str, not %s", where.c_str(), std::string(type_name(x)).c_str());
    }
    if (str_view(x) == "*") {
      if (!recursive) {
        Ref all = getattr_opt(module, name("__all__"));
        if (all) handle_fromlist(module, all, true);
      }
      continue;
    }
    if (!hasattr(module, x)) {
      std::string sub = std::string(str_view(modname)) + "." + std::string(str_view(x));
      try {
        gcd_import(sub);
      } catch (PyException& e) {
        if (exception_matches(e.value, exc::ModuleNotFoundError)) {
          Ref n = getattr_opt(e.value, name("name"));
          if (n && is_str(n) && str_view(n) == sub) continue;
        }
        throw;
      }
    }
  }
}

}  // namespace

Ref import_module(std::string_view n) { return gcd_import(std::string(n)); }

Ref import_name(Value namev, Value globals, Value locals, Value fromlist, int level) {
  if (!is_str(namev)) raise(exc::TypeError, "module name must be a string");
  std::string n(str_view(namev));
  if (level < 0) raise(exc::ValueError, "level must be >= 0");
  std::string absname = n;
  if (level > 0) {
    std::string pkg = resolve_package(globals);
    if (pkg.empty()) raise(exc::ImportError, "attempted relative import with no known parent package");
    std::string base = pkg;
    for (int i = 1; i < level; i++) {
      size_t dot = base.rfind('.');
      if (dot == std::string::npos) raise(exc::ImportError, "attempted relative import beyond top-level package");
      base = base.substr(0, dot);
    }
    absname = n.empty() ? base : base + "." + n;
  } else if (n.empty()) {
    raise(exc::ValueError, "Empty module name");
  }
  Ref module = gcd_import(absname);
  if (!fromlist_nonempty(fromlist)) {
    if (level == 0) {
      size_t dot = n.find('.');
      if (dot == std::string::npos) return module;
      return gcd_import(n.substr(0, dot));
    }
    if (n.empty()) return module;
    size_t dot = n.find('.');
    if (dot == std::string::npos) return module;
    size_t cut = n.size() - dot;
    std::string mname = absname.substr(0, absname.size() - cut);
    Value m = dict_get(sys_modules(), str_new(mname));
    if (!m) raisef(exc::KeyError, "'%s' not in sys.modules as expected", mname.c_str());
    return Ref(m);
  }
  if (hasattr(module, name("__path__"))) handle_fromlist(module, fromlist, false);
  return module;
}

Ref import_from(Value module, Value n) {
  Ref v = getattr_opt(module, n);
  if (v) return v;
  Ref modname = getattr_opt(module, name("__name__"));
  std::string mname = modname && is_str(modname) ? std::string(str_view(modname)) : "<unknown module name>";
  if (modname && is_str(modname)) {
    std::string full = mname + "." + std::string(str_view(n));
    if (Value m = dict_get(sys_modules(), str_new(full))) return Ref(m);
  }
  Ref file = getattr_opt(module, name("__file__"));
  std::string where = file && is_str(file) ? std::string(str_view(file)) : "unknown location";
  std::string msg;
  if (initializing().count(mname))
    msg = "cannot import name '" + std::string(str_view(n)) + "' from partially initialized module '" + mname +
          "' (most likely due to a circular import) (" + where + ")";
  else
    msg = "cannot import name '" + std::string(str_view(n)) + "' from '" + mname + "' (" + where + ")";
  Ref e = new_exception(exc::ImportError, msg);
  try {
    if (modname) setattr(e, name("name"), modname);
    if (file) setattr(e, name("path"), file);
  } catch (PyException&) {
  }
  throw_exception(std::move(e));
}

void import_star(Value module, Value locals) {
  auto store = [&](Value k, Value v) {
    if (is_exact_dict(locals)) dict_set(locals, k, v);
    else setitem(locals, k, v);
  };
  Ref all = getattr_opt(module, name("__all__"));
  if (all) {
    Ref it = get_iter(all);
    while (Ref k = iter_next(it)) {
      if (!is_str(k)) {
        Ref mn = getattr_opt(module, name("__name__"));
        raisef(exc::TypeError, "Item in %s.__all__ must be str, not %s",
               mn && is_str(mn) ? std::string(str_view(mn)).c_str() : "?", std::string(type_name(k)).c_str());
      }
      Ref v = getattr(module, k);
      store(k, v);
    }
    return;
  }
  Ref d = getattr_opt(module, name("__dict__"));
  if (!d) raise(exc::ImportError, "from-import-* object has no __dict__ and no __all__");
  Ref snapshot = dict_copy(d);
  size_t pos = 0;
  Value k, v;
  while (dict_next(snapshot, pos, k, v)) {
    if (is_str(k) && !str_view(k).empty() && str_view(k)[0] == '_') continue;
    store(k, v);
  }
}

void run_module_as_main(std::string_view modname) {
  std::string n(modname);
  size_t dot = n.rfind('.');
  std::string parent = dot == std::string::npos ? "" : n.substr(0, dot);
  std::string last = dot == std::string::npos ? n : n.substr(dot + 1);
  Ref path;
  if (!parent.empty()) {
    Ref pm = gcd_import(parent);
    path = getattr_opt(pm, name("__path__"));
    if (!path) module_not_found("No module named '" + n + "'; '" + parent + "' is not a package", n);
  } else {
    path = sys_path();
  }
  Found f = find_spec(last, path);
  std::string file, package;
  if (f.kind == Found::Package) {
    gcd_import(n);
    file = f.paths[0] + "/__main__.py";
    package = n;
    if (!is_file(file))
      raisef(exc::ImportError, "No module named %s.__main__; '%s' is a package and cannot be directly executed",
             n.c_str(), n.c_str());
  } else if (f.kind == Found::Module) {
    file = f.file;
    package = parent;
  } else {
    module_not_found("No module named " + n, n);
  }
  Value mods = sys_modules();
  Value mainmod = dict_get_str(mods, "__main__");
  Ref m = mainmod ? Ref(mainmod) : module_new("__main__");
  Value d = module_dict(m);
  dict_set_str(d, "__name__", str_new("__main__"));
  dict_set_str(d, "__file__", str_new(file));
  dict_set_str(d, "__package__", str_new(package));
  InterpreterState* is = current_interp();
  if (!dict_get_str(d, "__builtins__") && is->builtins) dict_set_str(d, "__builtins__", is->builtins);
  dict_set_str(mods, "__main__", m);
  if (is->sys) {
    Ref argv = getattr_opt(is->sys, name("argv"));
    if (argv && is_list(argv) && !list_items(argv).empty()) list_items(argv)[0] = str_new(file);
  }
  std::string src = read_file(file);
  Ref code = compile_source(src, file, ParseMode::Exec);
  eval_code(code, d, d);
}

// A minimal `importlib`: import_module(name, package=None).
static Ref importlib_import_module(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("import_module", "name, package=None");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  if (!is_str(a[0])) raise(exc::TypeError, "module name must be str");
  std::string n(str_view(a[0]));
  int level = 0;
  while (size_t(level) < n.size() && n[size_t(level)] == '.') level++;
  if (level == 0) return import_module(n);
  if (!a[1] || is_none(a[1]))
    raisef(exc::TypeError, "the 'package' argument is required to perform a relative import for '%s'", n.c_str());
  Ref g = dict_new();
  dict_set_str(g, "__package__", a[1]);
  dict_set_str(g, "__name__", a[1]);
  Ref rest = str_new(n.substr(size_t(level)));
  Ref fromlist = tuple_from({name("*")});
  return import_name(rest, g, None(), fromlist, level);
}

static Ref make_importlib_module() {
  static const MethodDef kFns[] = {{"import_module", importlib_import_module}, {}};
  Ref m = module_new("importlib");
  module_add_functions(m, kFns);
  return m;
}
static BuiltinModule reg_importlib("importlib", &make_importlib_module);

}  // namespace minipy
