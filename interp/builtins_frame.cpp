// Builtins tied to frames and code: exec, eval, compile, globals, locals, vars, __import__.
#include <string>

#include "interp/compiler.h"
#include "interp/function.h"
#include "interp/import.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

Ref frame_globals(Frame* f) { return Ref(Value(f->globals)); }

Ref frame_locals(Frame* f) {
  if (f->locals) return Ref(Value(f->locals));
  CodeObject* co = f->code;
  Ref d = dict_new();
  Value* lp = f->localsplus;
  for (int i = 0; i < co->nlocals(); i++)
    if (lp[i]) dict_set(d, co->varnames[i], lp[i]);
  int nl = co->nlocals();
  for (int i = 0; i < co->ncells() + co->nfrees(); i++) {
    Value c = lp[nl + i];
    if (!c || !c.is_object() || c.as_object()->type != &CellType) continue;
    Value v = static_cast<CellObject*>(c.as_object())->contents;
    Value n = i < co->ncells() ? co->cellvars[i].get() : co->freevars[i - co->ncells()].get();
    if (v) dict_set(d, n, v);
  }
  return d;
}

static std::string source_text(Value src, const char* fname) {
  if (is_str(src)) return std::string(str_view(src));
  // bytes-like: read through the buffer of a bytes object when available
  Ref dec = getattr_opt(src, name("decode"));
  if (dec && !is_str(src)) {
    Ref s = call(dec, nullptr, 0);
    if (is_str(s)) return std::string(str_view(s));
  }
  raisef(exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
}

// Resolve (globals, locals) for exec/eval.
static void resolve_namespaces(const char* fname, Value g, Value l, Ref& globals, Ref& locals) {
  if (g && is_none(g)) g = Value();
  if (l && is_none(l)) l = Value();
  if (!g) {
    Frame* f = current_frame();
    if (!f) raise(exc::SystemError, "globals and locals cannot be NULL");
    globals = frame_globals(f);
    locals = l ? Ref(l) : frame_locals(f);
  } else {
    if (!is_dict(g)) {
      if (std::string(fname) == "eval" && !l)
        raisef(exc::TypeError, "globals must be a real dict; try eval(expr, {}, mapping)");
      raisef(exc::TypeError, "%s() globals must be a dict, not %s", fname, std::string(type_name(g)).c_str());
    }
    globals = Ref(g);
    locals = l ? Ref(l) : Ref(g);
  }
  if (locals && !is_dict(locals) && !type_of(locals)->getitem)
    raisef(exc::TypeError, "locals must be a mapping");
  if (!dict_get(globals, name("__builtins__"))) {
    ThreadState* ts = tstate();
    if (ts && ts->interp && ts->interp->builtins) dict_set(globals, name("__builtins__"), ts->interp->builtins);
  }
}

static Ref builtin_exec(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("exec", "source, globals=None, locals=None, /, *, closure=None");
  Value a[4];
  spec.bind(args, nargs, kwnames, a);
  Ref g, l;
  resolve_namespaces("exec", a[1], a[2], g, l);
  Ref code;
  if (a[0].is_object() && a[0].as_object()->type == &CodeType) {
    code = Ref(a[0]);
  } else {
    std::string src = source_text(a[0], "exec");
    code = compile_source(src, "<string>", ParseMode::Exec);
  }
  eval_code(code, g, l);
  return Ref(None());
}

static Ref builtin_eval(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("eval", "source, globals=None, locals=None, /");
  Value a[3];
  spec.bind(args, nargs, kwnames, a);
  Ref g, l;
  resolve_namespaces("eval", a[1], a[2], g, l);
  Ref code;
  if (a[0].is_object() && a[0].as_object()->type == &CodeType) {
    code = Ref(a[0]);
  } else {
    if (!is_str(a[0]) && !getattr_opt(a[0], name("decode")))
      raise(exc::TypeError, "eval() arg 1 must be a string, bytes or code object");
    std::string src = source_text(a[0], "eval");
    size_t b = 0;
    while (b < src.size() && (src[b] == ' ' || src[b] == '\t')) b++;
    code = compile_source(std::string_view(src).substr(b), "<string>", ParseMode::Eval);
  }
  return eval_code(code, g, l);
}

static Ref builtin_compile(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("compile",
                            "source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1");
  Value a[7];
  spec.bind(args, nargs, kwnames, a);
  if (!is_str(a[2])) raisef(exc::TypeError, "compile() argument 'mode' must be str, not %s", std::string(type_name(a[2])).c_str());
  std::string_view mode = str_view(a[2]);
  ParseMode pm;
  if (mode == "exec") pm = ParseMode::Exec;
  else if (mode == "eval") pm = ParseMode::Eval;
  else if (mode == "single") pm = ParseMode::Single;
  else raise(exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
  if (a[0].is_object() && a[0].as_object()->type == &CodeType) return Ref(a[0]);
  std::string filename = is_str(a[1]) ? std::string(str_view(a[1])) : str_utf8(a[1]);
  std::string src = source_text(a[0], "compile");
  return compile_source(src, filename, pm);
}

static Ref builtin_globals(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("globals", kwnames);
  if (nargs) raisef(exc::TypeError, "globals() takes no arguments (%zu given)", nargs);
  Frame* f = current_frame();
  if (!f) return dict_new();
  return frame_globals(f);
}

static Ref builtin_locals(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("locals", kwnames);
  if (nargs) raisef(exc::TypeError, "locals() takes no arguments (%zu given)", nargs);
  Frame* f = current_frame();
  if (!f) return dict_new();
  return frame_locals(f);
}

static Ref builtin_vars(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("vars", kwnames);
  if (nargs > 1) raisef(exc::TypeError, "vars expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) {
    Frame* f = current_frame();
    if (!f) return dict_new();
    return frame_locals(f);
  }
  Ref d = getattr_opt(args[0], name("__dict__"));
  if (!d) raise(exc::TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

static Ref builtin_import(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("__import__", "name, globals=None, locals=None, fromlist=(), level=0");
  Value a[5];
  spec.bind(args, nargs, kwnames, a);
  if (!is_str(a[0])) raisef(exc::TypeError, "__import__() argument 1 must be str, not %s", std::string(type_name(a[0])).c_str());
  int level = 0;
  if (a[4]) level = int(index_as_int64(a[4], exc::OverflowError));
  Value g = a[1] && !is_none(a[1]) ? a[1] : Value();
  Ref empty;
  if (!g) {
    empty = dict_new();
    g = empty;
  }
  return import_name(a[0], g, a[2] ? a[2] : None(), a[3] ? a[3] : None(), level);
}

static const MethodDef kFrameBuiltins[] = {
    {"exec", builtin_exec, kMethodPlain, "Execute the given source in the context of globals and locals."},
    {"eval", builtin_eval, kMethodPlain, "Evaluate the given source in the context of globals and locals."},
    {"compile", builtin_compile, kMethodPlain, "Compile source into a code object that can be executed by exec() or eval()."},
    {"globals", builtin_globals, kMethodPlain, "Return the dictionary containing the current scope's global variables."},
    {"locals", builtin_locals, kMethodPlain, "Return a dictionary containing the current scope's local variables."},
    {"vars", builtin_vars, kMethodPlain, "Show vars."},
    {"__import__", builtin_import, kMethodPlain, "Import a module."},
    {},
};
static BuiltinFunctions reg(kFrameBuiltins);

}  // namespace minipy
