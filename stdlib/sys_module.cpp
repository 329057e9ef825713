// The sys module: interpreter-wide settings and the standard streams. One module object per
// interpreter (created by the interpreter set-up, which also fills argv and path).
#include <unistd.h>

#include <cfloat>
#include <climits>
#include <string>

#include "interp/frame_object.h"
#include "interp/import.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/file_object.h"
#include "runtime/float_object.h"
#include "runtime/gc.h"
#include "runtime/gil_runtime.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/str_object.h"
#include "runtime/struct_seq.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {


namespace {

Ref sys_exit(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("exit", kwnames);
  check_nargs("exit", nargs, 0, 1);
  // sys.exit(None) raises SystemExit() with empty args, as CPython does.
  if (nargs == 1 && is_none(args[0])) nargs = 0;
  throw_exception(new_exception_args(exc::SystemExit, args, nargs));
}

int64_t int_arg(Value v) {
  if (is_float(v) || !is_int(v)) {
    if (!is_int(v))
      raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(v)).c_str());
  }
  return index_as_int64(v, exc::OverflowError);
}

Ref sys_getrecursionlimit(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("getrecursionlimit", kwnames);
  check_nargs("getrecursionlimit", nargs, 0, 0);
  return int_from_i64(current_interp()->recursion_limit);
}

Ref sys_setrecursionlimit(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("setrecursionlimit", kwnames);
  check_nargs("setrecursionlimit", nargs, 1, 1);
  int64_t n = int_arg(args[0]);
  if (n < 1) raise(exc::ValueError, "recursion limit must be greater or equal than 1");
  if (n > INT_MAX) raise(exc::OverflowError, "Python int too large to convert to C int");
  int depth = tstate()->py_depth;
  if (n <= depth)
    raisef(exc::RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
           int(n), depth);
  current_interp()->recursion_limit = int(n);
  return Ref(None());
}

Ref sys_getsizeof(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("getsizeof", "object, default=None");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  TypeObject* t = type_of(a[0]);
  Ref m = getattr_opt(Value(static_cast<Object*>(t)), name("__sizeof__"));
  int64_t size;
  if (m) {
    Ref r = call(m, {a[0]});
    size = index_as_int64(r, exc::OverflowError);
    if (size < 0) raise(exc::ValueError, "__sizeof__() should return >= 0");
  } else if (a[1]) {
    return Ref(a[1]);
  } else {
    size = int64_t(t->basicsize);
  }
  if (a[0].is_object() && object_is_gc(a[0].as_object())) size += 16;  // the collector's header, as CPython counts it
  return int_from_i64(size);
}

Ref sys_intern(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("intern", kwnames);
  check_nargs("intern", nargs, 1, 1);
  if (!is_exact_str(args[0]))
    raisef(exc::TypeError, "intern() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  return intern_str(args[0]);
}

Ref sys_exc_info(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("exc_info", kwnames);
  check_nargs("exc_info", nargs, 0, 0);
  Value e = tstate()->handled_exc;
  if (!e || is_none(e)) return tuple_from({None(), None(), None()});
  Ref tb = getattr_opt(e, name("__traceback__"));
  return tuple_from({Value(static_cast<Object*>(type_of(e))), e, tb ? Value(tb) : None()});
}

Ref sys_exception(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("exception", kwnames);
  check_nargs("exception", nargs, 0, 0);
  Value e = tstate()->handled_exc;
  return Ref(e ? e : None());
}

Ref sys_displayhook(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("displayhook", kwnames);
  check_nargs("displayhook", nargs, 1, 1);
  Value v = args[0];
  if (is_none(v)) return Ref(None());
  InterpreterState* is = current_interp();
  dict_set_str(is->builtins, "_", None());
  Ref text = repr(v);
  Ref out = getattr_opt(is->sys, name("stdout"));
  if (!out || is_none(out)) raise(exc::RuntimeError, "lost sys.stdout");
  write_str_to(out, text);
  write_text_to(out, "\n");
  dict_set_str(is->builtins, "_", v);
  return Ref(None());
}

Ref sys_excepthook(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("excepthook", kwnames);
  check_nargs("excepthook", nargs, 3, 3);
  if (isinstance(args[1], exc::BaseException)) {
    print_exception(args[1]);
  } else {
    Ref err = getattr_opt(current_interp()->sys, name("stderr"));
    std::string msg = "TypeError: print_exception(): Exception expected for value, " +
                      std::string(type_name(args[1])) + " found\n";
    if (err && !is_none(err)) write_text_to(err, msg);
  }
  return Ref(None());
}

Ref sys_getdefaultencoding(Value, const Value*, size_t nargs, Value) {
  check_nargs("getdefaultencoding", nargs, 0, 0);
  return str_new("utf-8");
}

Ref sys_get_int_max_str_digits(Value, const Value*, size_t nargs, Value) {
  check_nargs("get_int_max_str_digits", nargs, 0, 0);
  return int_from_i64(int_max_str_digits());
}

Ref sys_set_int_max_str_digits(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("set_int_max_str_digits", "maxdigits");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int64_t n = int_arg(a[0]);
  set_int_max_str_digits(n);
  return Ref(None());
}

Ref sys_getswitchinterval(Value, const Value*, size_t nargs, Value) {
  check_nargs("getswitchinterval", nargs, 0, 0);
  return float_new(switch_interval());
}

Ref sys_setswitchinterval(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("setswitchinterval", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "sys.setswitchinterval() takes exactly one argument (%zu given)", nargs);
  double d = as_double(args[0]);
  if (d <= 0.0) raise(exc::ValueError, "switch interval must be strictly positive");
  set_switch_interval(d);  // live: running threads use it from their next wait
  return Ref(None());
}

Ref sys_getrefcount(Value, const Value* args, size_t nargs, Value) {
  check_nargs("getrefcount", nargs, 1, 1);
  Value v = args[0];
  if (!v.is_object()) return int_from_i64(kImmortalRefcnt >> 32);
  intptr_t rc = v.as_object()->refcnt;
  return int_from_i64(rc >= kImmortalRefcnt / 2 ? int64_t(UINT32_MAX) : int64_t(rc) + 1);
}

// sys._getframe([depth]): the frame object `depth` calls below the caller (0: the caller).
Ref sys_getframe(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("_getframe", kwnames);
  check_nargs("_getframe", nargs, 0, 1);
  int64_t depth = nargs ? index_as_int64(args[0], exc::OverflowError) : 0;
  Frame* f = current_frame();
  for (; f && depth > 0; depth--) f = f->back;
  if (!f) raise(exc::ValueError, "call stack is not deep enough");
  return frame_object_for(f);
}

Ref sys_noop(Value, const Value*, size_t, Value) { return Ref(None()); }
Ref sys_return_none(Value, const Value*, size_t, Value) { return Ref(None()); }
Ref sys_is_finalizing(Value, const Value*, size_t, Value) { return Ref(False()); }

const MethodDef kSysMethods[] = {
    {"exit", sys_exit},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"getsizeof", sys_getsizeof},
    {"intern", sys_intern},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"displayhook", sys_displayhook},
    {"excepthook", sys_excepthook},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getdefaultencoding},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"getswitchinterval", sys_getswitchinterval},
    {"setswitchinterval", sys_setswitchinterval},
    {"getrefcount", sys_getrefcount},
    {"settrace", sys_noop},
    {"setprofile", sys_noop},
    {"gettrace", sys_return_none},
    {"getprofile", sys_return_none},
    {"is_finalizing", sys_is_finalizing},
    {"_getframe", sys_getframe},
    {nullptr, nullptr},
};


Ref make_sys_module() {
  Ref mod = module_new("sys");
  Value d = module_dict(mod);
  module_add_functions(mod, kSysMethods);
  InterpreterState* is = current_interp();

  dict_set_str(d, "__displayhook__", dict_get_str(d, "displayhook"));
  dict_set_str(d, "__excepthook__", dict_get_str(d, "excepthook"));
  if (is) {
    if (is->modules) dict_set_str(d, "modules", is->modules);
    if (!is->sys_path) is->sys_path = list_new();
    dict_set_str(d, "path", is->sys_path);
    dict_set_str(d, "executable", str_new(is->executable));
    dict_set_str(d, "_base_executable", str_new(is->executable));
  }
  Ref argv = list_new();
  list_append(argv, str_new(""));
  dict_set_str(d, "argv", argv);
  dict_set_str(d, "orig_argv", list_new());
  dict_set_str(d, "warnoptions", list_new());
  dict_set_str(d, "_xoptions", dict_new());
  dict_set_str(d, "meta_path", list_new());
  dict_set_str(d, "path_hooks", list_new());
  dict_set_str(d, "path_importer_cache", dict_new());
  dict_set_str(d, "dont_write_bytecode", True());
  dict_set_str(d, "pycache_prefix", None());

  dict_set_str(d, "version", str_new("3.11.7 (minipy 0.1.0) [GCC 12.2.0]"));
  Ref vi = struct_seq_new(VersionInfoType, {Value::small_int(3), Value::small_int(11), Value::small_int(7),
                                            str_new("final"), Value::small_int(0)});
  dict_set_str(d, "version_info", vi);
  const int64_t hexversion = 0x030B07F0;
  dict_set_str(d, "hexversion", int_from_i64(hexversion));
  dict_set_str(d, "api_version", Value::small_int(1013));
  dict_set_str(d, "implementation",
               struct_seq_new(ImplementationType, {str_new("minipy"), None(), vi, int_from_i64(hexversion),
                                                   str_new("x86_64-linux-gnu")}));
  dict_set_str(d, "platform", str_new("linux"));
  dict_set_str(d, "byteorder", str_new("little"));
  dict_set_str(d, "maxsize", int_from_i64(INT64_MAX));
  dict_set_str(d, "maxunicode", int_from_i64(0x10FFFF));
  dict_set_str(d, "prefix", str_new("/usr/local"));
  dict_set_str(d, "base_prefix", str_new("/usr/local"));
  dict_set_str(d, "exec_prefix", str_new("/usr/local"));
  dict_set_str(d, "base_exec_prefix", str_new("/usr/local"));
  dict_set_str(d, "platlibdir", str_new("lib"));
  dict_set_str(d, "copyright", str_new("Copyright (c) minipy authors. Python-compatible; see python.org for CPython."));
  dict_set_str(d, "float_repr_style", str_new("short"));
  dict_set_str(d, "abiflags", str_new(""));
  Ref names = tuple_from({str_new("builtins"), str_new("sys")});
  dict_set_str(d, "builtin_module_names", names);
  dict_set_str(d, "stdlib_module_names", tuple_from({}));

  dict_set_str(d, "flags", struct_seq_new(FlagsType, {Value::small_int(0), Value::small_int(0), Value::small_int(0),
                                                      Value::small_int(0), Value::small_int(1), Value::small_int(0),
                                                      Value::small_int(0), Value::small_int(0), Value::small_int(0),
                                                      Value::small_int(0), Value::small_int(0), Value::small_int(0),
                                                      Value::small_int(0), False(), Value::small_int(0),
                                                      Value::small_int(0), False(), Value::small_int(-1)}));
  dict_set_str(d, "float_info",
               struct_seq_new(FloatInfoType, {float_new(DBL_MAX), Value::small_int(DBL_MAX_EXP),
                                              Value::small_int(DBL_MAX_10_EXP), float_new(DBL_MIN),
                                              Value::small_int(DBL_MIN_EXP), Value::small_int(DBL_MIN_10_EXP),
                                              Value::small_int(DBL_DIG), Value::small_int(DBL_MANT_DIG),
                                              float_new(DBL_EPSILON), Value::small_int(FLT_RADIX),
                                              Value::small_int(1)}));
  dict_set_str(d, "int_info", struct_seq_new(IntInfoType, {Value::small_int(30), Value::small_int(4),
                                                          Value::small_int(4300), Value::small_int(640)}));
  dict_set_str(d, "hash_info",
               struct_seq_new(HashInfoType, {Value::small_int(64), int_from_i64((int64_t(1) << 61) - 1),
                                             Value::small_int(314159), Value::small_int(0),
                                             Value::small_int(1000003), str_new("siphash13"),
                                             Value::small_int(64), Value::small_int(128), Value::small_int(0)}));
  dict_set_str(d, "thread_info",
               struct_seq_new(ThreadInfoType, {str_new("pthread"), str_new("mutex+cond"), None()}));

  // The standard streams (the host may replace stdout/stderr buffering for -u).
  Ref in = file_from_fd(0, "<stdin>", "r", false, false, "strict");
  Ref out = file_from_fd(1, "<stdout>", "w", ::isatty(1), false, "strict");
  Ref err = file_from_fd(2, "<stderr>", "w", true, true, "backslashreplace");
  dict_set_str(d, "stdin", in);
  dict_set_str(d, "stdout", out);
  dict_set_str(d, "stderr", err);
  dict_set_str(d, "__stdin__", in);
  dict_set_str(d, "__stdout__", out);
  dict_set_str(d, "__stderr__", err);
  return mod;
}

}  // namespace

static BuiltinModule reg_sys("sys", &make_sys_module);

}  // namespace minipy
