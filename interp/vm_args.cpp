// Argument binding for calls of Python functions, with CPython 3.11's error messages.
#include <string>
#include <vector>

#include "interp/vm.h"
#include "interp/vm_internal.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

static std::string qualname_of(FunctionObject* fn) { return std::string(str_view(fn->qualname)); }

// "'a'", "'a' and 'b'", "'a', 'b', and 'c'"
static std::string name_list(const std::vector<Value>& names) {
  std::string s;
  size_t n = names.size();
  for (size_t i = 0; i < n; i++) {
    if (i > 0) {
      if (n == 2) s += " and ";
      else if (i == n - 1) s += ", and ";
      else s += ", ";
    }
    s += repr_utf8(names[i]);
  }
  return s;
}

[[noreturn]] static void missing_arguments(FunctionObject* fn, const std::vector<Value>& names, const char* kind) {
  std::string msg = qualname_of(fn) + "() missing " + std::to_string(names.size()) + " required " + kind +
                    " argument" + (names.size() == 1 ? "" : "s") + ": " + name_list(names);
  raise(exc::TypeError, msg);
}

[[noreturn]] static void too_many_positional(FunctionObject* fn, Frame* f, size_t given) {
  CodeObject* co = f->code;
  size_t kwonly_given = 0;
  for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
    if (f->localsplus[i]) kwonly_given++;
  size_t defcount = fn->defaults ? tuple_size(fn->defaults) : 0;
  std::string sig;
  bool plural;
  if (defcount) {
    sig = "from " + std::to_string(co->argcount - defcount) + " to " + std::to_string(co->argcount);
    plural = true;
  } else {
    sig = std::to_string(co->argcount);
    plural = co->argcount != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
  }
  std::string msg = qualname_of(fn) + "() takes " + sig + " positional argument" + (plural ? "s" : "") + " but " +
                    std::to_string(given) + kwonly_sig + " " + (given == 1 && !kwonly_given ? "was" : "were") +
                    " given";
  raise(exc::TypeError, msg);
}

static int find_param(CodeObject* co, Value key, int from, int to) {
  for (int k = from; k < to; k++)
    if (co->varnames[k].get() == key) return k;
  for (int k = from; k < to; k++)
    if (str_equal(co->varnames[k], key)) return k;
  return -1;
}

void init_cells(Frame* f, FunctionObject* fn) {
  CodeObject* co = f->code;
  int nl = co->nlocals(), nc = co->ncells(), nf = co->nfrees();
  Value* lp = f->localsplus;
  for (int i = 0; i < nc; i++) {
    Value arg;
    int a = i < int(co->cell2arg.size()) ? co->cell2arg[i] : -1;
    if (a >= 0) {
      arg = lp[a];
      lp[a] = Value();
    }
    lp[nl + i] = cell_new(arg).release();
    decref(arg);
  }
  if (nf) {
    Value closure = fn ? fn->closure.get() : Value();
    for (int j = 0; j < nf; j++) {
      Value c = closure && size_t(j) < tuple_size(closure) ? tuple_item(closure, j) : Value();
      if (!c) {
        lp[nl + nc + j] = cell_new(Value()).release();
      } else {
        incref(c);
        lp[nl + nc + j] = c;
      }
    }
  }
}

void bind_arguments(Frame* f, FunctionObject* fn, Value self, const Value* args, size_t nargs, Value kwnames) {
  CodeObject* co = f->code;
  Value* lp = f->localsplus;
  const int argcount = co->argcount, kwonly = co->kwonlyargcount;
  const int total = argcount + kwonly;
  const bool varargs = co->flags & kCoVarargs, varkw = co->flags & kCoVarkeywords;
  const size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  const size_t npos = nargs + (self ? 1 : 0);
  auto pos = [&](size_t i) -> Value { return self ? (i == 0 ? self : args[i - 1]) : args[i]; };

  Value kwdict;
  if (varkw) {
    Ref d = dict_new();
    kwdict = d;
    lp[total + (varargs ? 1 : 0)] = d.release();
  }
  size_t n = npos < size_t(argcount) ? npos : size_t(argcount);
  for (size_t i = 0; i < n; i++) {
    Value v = pos(i);
    incref(v);
    lp[i] = v;
  }
  if (varargs) {
    size_t extra = npos > size_t(argcount) ? npos - argcount : 0;
    Ref t = tuple_new(extra);
    for (size_t i = 0; i < extra; i++) tuple_init_item(t, i, Ref(pos(argcount + i)));
    lp[total] = t.release();
  }
  for (size_t j = 0; j < nkw; j++) {
    Value key = tuple_item(kwnames, j);
    Value val = args[nargs + j];
    int idx = find_param(co, key, co->posonlyargcount, total);
    if (idx < 0) {
      if (!kwdict) {
        if (co->posonlyargcount) {
          std::vector<Value> bad;
          for (size_t k = 0; k < nkw; k++)
            if (find_param(co, tuple_item(kwnames, k), 0, co->posonlyargcount) >= 0) bad.push_back(tuple_item(kwnames, k));
          if (!bad.empty()) {
            std::string s;
            for (size_t k = 0; k < bad.size(); k++) {
              if (k) s += ", ";
              s += str_view(bad[k]);
            }
            raise(exc::TypeError, qualname_of(fn) + "() got some positional-only arguments passed as keyword arguments: '" + s + "'");
          }
        }
        raise(exc::TypeError, qualname_of(fn) + "() got an unexpected keyword argument '" + std::string(str_view(key)) + "'");
      }
      dict_set(kwdict, key, val);
      continue;
    }
    if (lp[idx]) raise(exc::TypeError, qualname_of(fn) + "() got multiple values for argument '" + std::string(str_view(key)) + "'");
    incref(val);
    lp[idx] = val;
  }
  if (npos > size_t(argcount) && !varargs) too_many_positional(fn, f, npos);
  if (npos < size_t(argcount)) {
    size_t defcount = fn->defaults ? tuple_size(fn->defaults) : 0;
    size_t m = argcount - defcount;
    std::vector<Value> missing;
    for (size_t i = npos; i < m; i++)
      if (!lp[i]) missing.push_back(co->varnames[i]);
    if (!missing.empty()) missing_arguments(fn, missing, "positional");
    for (size_t i = npos > m ? npos : m; i < size_t(argcount); i++) {
      if (!lp[i]) {
        Value d = tuple_item(fn->defaults, i - m);
        incref(d);
        lp[i] = d;
      }
    }
  }
  if (kwonly) {
    std::vector<Value> missing;
    for (int i = argcount; i < total; i++) {
      if (lp[i]) continue;
      Value d = fn->kwdefaults ? dict_get(fn->kwdefaults, co->varnames[i]) : Value();
      if (d) {
        incref(d);
        lp[i] = d;
      } else {
        missing.push_back(co->varnames[i]);
      }
    }
    if (!missing.empty()) missing_arguments(fn, missing, "keyword-only");
  }
  if (co->ncells() || co->nfrees()) init_cells(f, fn);
}

Frame* make_call_frame(FunctionObject* fn, Value self, const Value* args, size_t nargs, Value kwnames, bool on_heap) {
  CodeObject* co = fn->co();
  Frame* f = frame_alloc(co, fn, fn->globals, fn->builtins, Value(), on_heap);
  try {
    bind_arguments(f, fn, self, args, nargs, kwnames);
  } catch (...) {
    frame_free(f);
    throw;
  }
  return f;
}

}  // namespace minipy
