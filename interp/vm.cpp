// The eval loop: one function, computed-goto dispatch, Python-to-Python calls without C recursion.
//
// Registers: `f` the running frame, `ip` its next instruction, `sp` its value-stack top, `lp` its
// fast locals. A call of a Python function pushes a frame and continues in the same loop; its
// RETURN_VALUE pops it. Native code throws PyException; the loop catches it once (outside the
// dispatch), unwinds the block stack and continues at a handler or in the calling frame.
#include "interp/vm.h"

#include <cmath>
#include <cstring>
#include <new>
#include <string>

#include "interp/function.h"
#include "interp/generator.h"
#include "interp/import.h"
#include "interp/opcodes.h"
#include "interp/traceback.h"
#include "interp/vm_internal.h"
#include "runtime/abstract.h"
#include "runtime/dict_internal.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/exceptions.h"
#include "runtime/eval_breaker.h"
#include "runtime/float_object.h"
#include "runtime/gc.h"
#include "runtime/gil_runtime.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

Frame* current_frame() {
  ThreadState* ts = tstate();
  return ts ? ts->frame : nullptr;
}

// The safe point: the frame's state is saved, so another thread may run (and collect) meanwhile.
void handle_eval_breaker() {
  uint32_t bits = g_eval_breaker.load(std::memory_order_relaxed);
  if (bits & kBreakGcScheduled) gc_collect_if_scheduled();
  if (bits & kBreakGilDropRequest) gil_yield(t_tstate);
  // Only the main thread handles signals; other threads leave the bit for it.
  if (bits & kBreakSignalsPending) check_signals_in_main_thread();
}

std::string function_call_name(Value callable) {
  if (is_function(callable)) {
    auto* fn = static_cast<FunctionObject*>(callable.as_object());
    std::string s;
    if (fn->module && is_str(fn->module)) {
      s += str_view(fn->module);
      s += ".";
    }
    s += str_view(fn->qualname);
    return s + "()";
  }
  if (callable.is_object() && callable.as_object()->type == &MethodType)
    return function_call_name(static_cast<MethodObject*>(callable.as_object())->func);
  Ref n = getattr_opt(callable, name("__qualname__"));
  if (n && is_str(n)) return std::string(str_view(n)) + "()";
  return std::string(type_name(callable)) + " object";
}

// ---- small helpers used by the opcodes ---------------------------------------------------------

[[noreturn]] static void unbound_local(CodeObject* co, int i) {
  raisef(exc::UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
         std::string(str_view(co->varnames[i])).c_str());
}

static Value cell_var_name(CodeObject* co, int i) {
  return i < co->ncells() ? co->cellvars[i].get() : co->freevars[i - co->ncells()].get();
}

[[noreturn]] static void unbound_deref(CodeObject* co, int i) {
  std::string n(str_view(cell_var_name(co, i)));
  if (i < co->ncells())
    raisef(exc::UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", n.c_str());
  raisef(exc::NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
         n.c_str());
}

[[noreturn]] static void name_error(Value n) {
  Ref e = new_exception(exc::NameError, "name '" + std::string(str_view(n)) + "' is not defined");
  setattr(e, name("name"), n);
  throw_exception(std::move(e));
}


// RAISE_VARARGS: turn the operand into an exception instance.
static Ref make_raisable(Value v) {
  if (is_exception_class(v)) {
    Ref inst = call(v, nullptr, 0);
    if (!is_exception_instance(inst))
      raisef(exc::TypeError, "calling %s should have returned an instance of BaseException, not %s",
             repr_utf8(v).c_str(), std::string(type_name(inst)).c_str());
    return inst;
  }
  if (is_exception_instance(v)) return Ref(v);
  raise(exc::TypeError, "exceptions must derive from BaseException");
}

[[noreturn]] static void do_raise(Value excv, Value cause) {
  Ref e = make_raisable(excv);
  if (cause) {
    Ref c;
    if (is_none(cause)) {
      c = Ref(None());
    } else if (is_exception_class(cause)) {
      c = call(cause, nullptr, 0);
      if (!is_exception_instance(c))
        raisef(exc::TypeError, "calling %s should have returned an instance of BaseException, not %s",
               repr_utf8(cause).c_str(), std::string(type_name(c)).c_str());
    } else if (is_exception_instance(cause)) {
      c = Ref(cause);
    } else {
      raise(exc::TypeError, "exception causes must derive from BaseException");
    }
    exc_set_cause(e, c);
    exc_set_suppress_context(e, true);
  }
  chain_exception_context(e);
  throw PyException{std::move(e)};
}

static bool exc_match(Value excv, Value type) {
  auto check_one = [](Value t) {
    if (!is_exception_class(t))
      raise(exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  };
  if (is_tuple(type)) {
    size_t n = tuple_size(type);
    for (size_t i = 0; i < n; i++) check_one(tuple_item(type, i));
    for (size_t i = 0; i < n; i++)
      if (is_subtype(type_of(excv), static_cast<TypeObject*>(tuple_item(type, i).as_object()))) return true;
    return false;
  }
  check_one(type);
  return is_subtype(type_of(excv), static_cast<TypeObject*>(type.as_object()));
}

static void unpack_iterable(Value seq, size_t before, size_t after, bool has_star, Value* out_top) {
  // out_top: pointer one past where items go; items are stored so that the first item ends on top.
  // For UNPACK_SEQUENCE (has_star false) `before` is the count.
  Ref it;
  try {
    it = get_iter(seq);
  } catch (PyException& e) {
    if (exception_matches(e.value, exc::TypeError) && !type_of(seq)->iter && !type_of(seq)->getitem)
      raisef(exc::TypeError, "cannot unpack non-iterable %s object", std::string(type_name(seq)).c_str());
    throw;
  }
  std::vector<Ref> items;
  size_t i = 0;
  for (; i < before; i++) {
    Ref v = iter_next(it);
    if (!v) {
      if (has_star)
        raisef(exc::ValueError, "not enough values to unpack (expected at least %zu, got %zu)", before + after, i);
      raisef(exc::ValueError, "not enough values to unpack (expected %zu, got %zu)", before, i);
    }
    items.push_back(std::move(v));
  }
  if (!has_star) {
    Ref extra = iter_next(it);
    if (extra) raisef(exc::ValueError, "too many values to unpack (expected %zu)", before);
    // push in reverse: item 0 on top
    Value* p = out_top;
    for (size_t k = 0; k < before; k++) *--p = items[k].release();
    return;
  }
  Ref rest = list_from_iterable(it);
  std::vector<Ref>& ri = list_items(rest);
  if (ri.size() < after)
    raisef(exc::ValueError, "not enough values to unpack (expected at least %zu, got %zu)", before + after,
           before + ri.size());
  std::vector<Ref> tail;
  for (size_t k = ri.size() - after; k < ri.size(); k++) tail.push_back(std::move(ri[k]));
  ri.resize(ri.size() - after);
  Value* p = out_top;
  for (size_t k = 0; k < before; k++) *--p = items[k].release();
  *--p = rest.release();
  for (size_t k = 0; k < after; k++) *--p = tail[k].release();
}

// CALL_EX: turn (argtuple, kwdict) into a vectorcall.
static Ref call_ex(Value func, Value argseq, Value kwargs) {
  Ref argt;
  if (is_tuple(argseq)) {
    argt = Ref(argseq);
  } else {
    try {
      argt = tuple_from_iterable(argseq);
    } catch (PyException& e) {
      if (exception_matches(e.value, exc::TypeError) && !type_of(argseq)->iter && !type_of(argseq)->getitem)
        raise(exc::TypeError, function_call_name(func) + " argument after * must be an iterable, not " +
                                  std::string(type_name(argseq)));
      throw;
    }
  }
  size_t np = tuple_size(argt);
  if (!kwargs || (is_dict(kwargs) && dict_size(kwargs) == 0)) return call(func, tuple_items(argt), np);
  Ref kwd;
  if (is_dict(kwargs)) {
    kwd = Ref(kwargs);
  } else {
    kwd = dict_new();
    dict_update(kwd, kwargs);
  }
  size_t nk = dict_size(kwd);
  std::vector<Value> all(np + nk);
  for (size_t i = 0; i < np; i++) all[i] = tuple_item(argt, i);
  Ref names = tuple_new(nk);
  size_t pos = 0, j = 0;
  Value k, v;
  while (dict_next(kwd, pos, k, v) && j < nk) {
    if (!is_str(k)) raise(exc::TypeError, "keywords must be strings");
    tuple_init_item(names, j, Ref(k));
    all[np + j] = v;
    j++;
  }
  return call(func, all.data(), np, names);
}

static Ref format_one(Value v, int conv, Value spec) {
  Ref s;
  switch (conv & 3) {
    case 1: s = str_of(v); break;
    case 2: s = repr(v); break;
    case 3: s = ascii_of(v); break;
    default: s = Ref(v); break;
  }
  if (!spec && is_exact_str(s)) return s;
  static Ref empty = str_new("");
  return format_value(s, spec ? spec : Value(empty));
}

static void dict_merge_call(Value dict, Value m, Value func) {
  if (!is_dict(m) && !hasattr(m, name("keys")))
    raise(exc::TypeError, function_call_name(func) + " argument after ** must be a mapping, not " +
                              std::string(type_name(m)));
  Ref keys = is_dict(m) ? Ref() : call_method(m, "keys", {});
  auto add = [&](Value k, Value v) {
    if (!is_str(k)) raise(exc::TypeError, "keywords must be strings");
    if (dict_get(dict, k))
      raise(exc::TypeError, function_call_name(func) + " got multiple values for keyword argument '" +
                                std::string(str_view(k)) + "'");
    dict_set(dict, k, v);
  };
  if (is_dict(m)) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(m, pos, k, v)) add(k, v);
  } else {
    Ref it = get_iter(keys);
    while (Ref k = iter_next(it)) {
      Ref v = getitem(m, k);
      add(k, v);
    }
  }
}

// ---- frames entering and leaving --------------------------------------------------------------

Ref eval_code(Value code, Value globals, Value locals) {
  auto* co = static_cast<CodeObject*>(code.as_object());
  Ref builtins = builtins_for_globals(globals);
  Frame* f = frame_alloc(co, nullptr, globals, builtins, locals, false);
  if (co->ncells() || co->nfrees()) {
    try {
      init_cells(f, nullptr);
    } catch (...) {
      frame_free(f);
      throw;
    }
  }
  check_c_stack();
  return eval_frame(f, Value(), nullptr);
}

Ref run_function_with_locals(FunctionObject* fn, Value locals) {
  CodeObject* co = fn->co();
  Frame* f = frame_alloc(co, fn, fn->globals, fn->builtins, locals, false);
  try {
    if (co->ncells() || co->nfrees()) init_cells(f, fn);
  } catch (...) {
    frame_free(f);
    throw;
  }
  return eval_frame(f, Value(), nullptr);
}

Ref call_function(Value func, const Value* args, size_t nargs, Value kwnames) {
  auto* fn = static_cast<FunctionObject*>(func.as_object());
  CodeObject* co = fn->co();
  if (co->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator)) {
    Frame* f = make_call_frame(fn, Value(), args, nargs, kwnames, true);
    return generator_new(f, fn->name, fn->qualname);
  }
  check_c_stack();
  Frame* f = make_call_frame(fn, Value(), args, nargs, kwnames, false);
  return eval_frame(f, Value(), nullptr);
}

// ---- the loop ----------------------------------------------------------------------------------

namespace {
// Signals that the pending C++ exception is a re-raise (RERAISE, bare `raise`): no new traceback
// entry, no context chaining.
struct ReraiseMark {};
}  // namespace

// Read at every call, not once per loop entry: sys.setrecursionlimit() applies at once.
static inline int recursion_limit(ThreadState* ts) { return ts->interp ? ts->interp->recursion_limit : 1000; }

Ref eval_frame(Frame* entry, Value throw_exc, bool* yielded) {
  ThreadState* ts = tstate();
  if (ts->py_depth >= recursion_limit(ts)) {
    if (!entry->gen) frame_free(entry);
    raise(exc::RecursionError, "maximum recursion depth exceeded");
  }
  ts->py_depth++;
  entry->entry = true;
  entry->back = ts->frame;
  ts->frame = entry;

  Frame* f = entry;
  CodeObject* co;
  const uint32_t* first;
  const uint32_t* ip;
  Value* sp;
  Value* lp;
  const Ref* consts;
  const Ref* names;
  InlineCache* cache;
  uint32_t oparg = 0;
  const Value kTrue = True(), kFalse = False();

#define LOAD_FRAME()                 \
  do {                               \
    co = f->code;                    \
    first = co->code.data();         \
    ip = f->ip;                      \
    sp = f->sp;                      \
    lp = f->localsplus;              \
    consts = co->consts.data();      \
    names = co->names.data();        \
    if (__builtin_expect(co->vm_cache.empty(), 0)) co->vm_cache.resize(co->code.size()); \
    cache = co->vm_cache.data();     \
  } while (0)
#define SAVE_FRAME() \
  do {               \
    f->ip = ip;      \
    f->sp = sp;      \
  } while (0)
// Before a generic path that may run Python code (a dunder, a property, a generator): record
// where this frame is, so a live frame object (sys._getframe, warnings' stacklevel) reports the
// right line. One store, only off the inline fast paths, and only where a warning blamed on the
// caller is plausible (attribute access, operators, subscripts, comparisons, truth tests,
// iteration, unpacking, formatting, import from). Unary operators, set/dict displays and
// */** unpacking skip it: the instruction count is the same either way, but a store on every
// dispatch cost 2-6 % CPU time, and these extra sites shifted the loop's code layout enough to
// cost classes.py ~7 %.
#define SAVE_IP() (f->ip = ip)

  LOAD_FRAME();

  static void* const labels[] = {
#define MINIPY_LABEL(name) &&op_##name,
      MINIPY_OPCODES(MINIPY_LABEL)
#undef MINIPY_LABEL
  };
  static_assert(sizeof(labels) / sizeof(labels[0]) == kOpcodeCount);

#define DISPATCH()                  \
  do {                              \
    uint32_t w_ = *ip++;            \
    oparg = w_ >> 8;                \
    goto* labels[w_ & 0xff];        \
  } while (0)
#define TARGET(name) op_##name:
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define JUMPTO(t) (ip = first + (t))
#define CACHE() (cache[ip - first - 1])
// Jump to the instruction's target; a jump backwards is a safe point (the eval breaker is tested
// before jumping, so an exception raised there, like KeyboardInterrupt, names the jump's line).
#define JUMP_TO_ARG()                   \
  do {                                  \
    if (int(oparg) < int(ip - first)) CHECK_BREAKER(); \
    JUMPTO(oparg);                      \
  } while (0)
// Pop the top of the stack into `dst` as a truth value (bools without a call).
#define POP_TRUTH(dst)                  \
  do {                                  \
    Value v_ = POP();                   \
    if (v_ == kTrue) (dst) = true;      \
    else if (v_ == kFalse) (dst) = false; \
    else {                              \
      Ref hold_ = Ref::steal(v_);       \
      SAVE_IP();                        \
      (dst) = is_true(v_);              \
    }                                   \
  } while (0)
#define CHECK_BREAKER()                         \
  do {                                          \
    if (eval_breaker_set()) {                   \
      SAVE_FRAME();                             \
      handle_eval_breaker();                    \
    }                                           \
  } while (0)

  Ref cur_exc;
  bool reraise = false;
  bool from_callee = false;  // the exception arrives from an inline callee frame
  // Function entry (and resumption of a generator) is a safe point. It is handled inside the try
  // so that a KeyboardInterrupt raised there unwinds this frame like any other exception.
  bool entry_check = eval_breaker_set();
  if (throw_exc) {
    cur_exc = Ref(throw_exc);
    goto exception_unwind;
  }
  for (;;) {
    try {
      if (entry_check) {
        entry_check = false;
        CHECK_BREAKER();
      }
      DISPATCH();

      TARGET(NOP) { DISPATCH(); }
      TARGET(POP_TOP) {
        Value v = POP();
        decref(v);
        DISPATCH();
      }
      TARGET(COPY) {
        Value v = sp[-int(oparg)];
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(SWAP) {
        Value t = sp[-1];
        sp[-1] = sp[-int(oparg)];
        sp[-int(oparg)] = t;
        DISPATCH();
      }
      TARGET(LOAD_CONST) {
        Value v = consts[oparg].get();
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(LOAD_FAST) {
        Value v = lp[oparg];
        if (__builtin_expect(v.is_null(), 0)) unbound_local(co, int(oparg));
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_FAST) {
        Value v = POP();
        Value old = lp[oparg];
        lp[oparg] = v;
        decref(old);
        DISPATCH();
      }
      TARGET(DELETE_FAST) {
        Value old = lp[oparg];
        if (old.is_null()) unbound_local(co, int(oparg));
        lp[oparg] = Value();
        decref(old);
        DISPATCH();
      }
      TARGET(LOAD_DEREF) {
        auto* cell = static_cast<CellObject*>(lp[co->nlocals() + oparg].as_object());
        Value v = cell->contents;
        if (v.is_null()) unbound_deref(co, int(oparg));
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_DEREF) {
        auto* cell = static_cast<CellObject*>(lp[co->nlocals() + oparg].as_object());
        cell->contents = Ref::steal(POP());
        DISPATCH();
      }
      TARGET(DELETE_DEREF) {
        auto* cell = static_cast<CellObject*>(lp[co->nlocals() + oparg].as_object());
        if (!cell->contents) unbound_deref(co, int(oparg));
        cell->contents.reset();
        DISPATCH();
      }
      TARGET(LOAD_CLASSDEREF) {
        Value n = cell_var_name(co, int(oparg));
        Value v;
        Ref hold;
        if (f->locals) {
          if (is_exact_dict(Value(f->locals))) {
            v = dict_get(Value(f->locals), n);
          } else {
            try {
              hold = getitem(Value(f->locals), n);
              v = hold;
            } catch (PyException& e) {
              if (!exception_matches(e.value, exc::KeyError)) throw;
            }
          }
        }
        if (!v) {
          auto* cell = static_cast<CellObject*>(lp[co->nlocals() + oparg].as_object());
          v = cell->contents;
          if (v.is_null()) unbound_deref(co, int(oparg));
        }
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(LOAD_CLOSURE) {
        Value c = lp[co->nlocals() + oparg];
        incref(c);
        PUSH(c);
        DISPATCH();
      }
      TARGET(LOAD_GLOBAL) {
        // Cached on the (globally unique) versions of the globals and builtins dicts.
        InlineCache& c = CACHE();
        uint64_t gv = static_cast<DictObject*>(f->globals)->version;
        uint64_t bv = static_cast<DictObject*>(f->builtins)->version;
        if (c.k1 == gv && c.k2 == bv && c.v) {
          Value v = Value::from_bits(c.v);
          incref(v);
          PUSH(v);
          DISPATCH();
        }
        Value n = names[oparg].get();
        Value v = dict_get(Value(f->globals), n);
        if (!v) {
          v = dict_get(Value(f->builtins), n);
          if (!v) name_error(n);
        }
        if (is_exact_dict(Value(f->globals)) && is_exact_dict(Value(f->builtins)) &&
            static_cast<DictObject*>(f->globals)->version == gv && static_cast<DictObject*>(f->builtins)->version == bv) {
          c.k1 = gv;
          c.k2 = bv;
          c.v = v.bits();
        }
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_GLOBAL) {
        dict_set(Value(f->globals), names[oparg], TOP());
        decref(POP());
        DISPATCH();
      }
      TARGET(DELETE_GLOBAL) {
        if (!dict_del(Value(f->globals), names[oparg])) name_error(names[oparg]);
        DISPATCH();
      }
      TARGET(LOAD_NAME) {
        Value n = names[oparg].get();
        Value v;
        Ref hold;
        Value loc = Value(f->locals);
        if (!loc) raisef(exc::SystemError, "no locals when loading %s", repr_utf8(n).c_str());
        if (is_exact_dict(loc)) {
          v = dict_get(loc, n);
        } else {
          try {
            hold = getitem(loc, n);
            v = hold;
          } catch (PyException& e) {
            if (!exception_matches(e.value, exc::KeyError)) throw;
          }
        }
        if (!v) v = dict_get(Value(f->globals), n);
        if (!v) v = dict_get(Value(f->builtins), n);
        if (!v) name_error(n);
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(STORE_NAME) {
        Value loc = Value(f->locals);
        if (!loc) raisef(exc::SystemError, "no locals found when storing %s", repr_utf8(names[oparg]).c_str());
        if (is_exact_dict(loc)) dict_set(loc, names[oparg], TOP());
        else setitem(loc, names[oparg], TOP());
        decref(POP());
        DISPATCH();
      }
      TARGET(DELETE_NAME) {
        Value loc = Value(f->locals);
        if (!loc) raisef(exc::SystemError, "no locals when deleting %s", repr_utf8(names[oparg]).c_str());
        if (is_exact_dict(loc)) {
          if (!dict_del(loc, names[oparg])) name_error(names[oparg]);
        } else {
          try {
            delitem(loc, names[oparg]);
          } catch (PyException& e) {
            if (exception_matches(e.value, exc::KeyError)) name_error(names[oparg]);
            throw;
          }
        }
        DISPATCH();
      }
      TARGET(LOAD_ATTR) {
        Value obj = TOP();
        if (obj.is_object()) {
          TypeObject* tp = obj.as_object()->type;
          InlineCache& c = CACHE();
          if (tp == &ModuleType) {
            Value v = dict_get(module_dict(obj), names[oparg]);
            if (v) {
              incref(v);
              sp[-1] = v;
              decref(obj);
              DISPATCH();
            }
          } else if (c.p == uintptr_t(tp) && c.k1 == tp->version) {
            // k2 == 0: the type has no attribute of this name, only the instance dict can answer.
            Ref* ds = c.k2 ? nullptr : instance_dict_slot(obj.as_object());
            if (ds && *ds) {
              Value v = dict_get_hinted(*ds, names[oparg], &c.v);
              if (v) {
                incref(v);
                sp[-1] = v;
                decref(obj);
                DISPATCH();
              }
            }
          } else if (tp->version) {
            c.p = uintptr_t(tp);
            c.k1 = tp->version;
            c.k2 = !(tp->getattr == ObjectType.getattr && tp->dictoffset && !type_lookup(tp, names[oparg]));
          }
        }
        SAVE_IP();
        Ref r = getattr(obj, names[oparg]);
        sp[-1] = r.release();
        decref(obj);
        DISPATCH();
      }
      TARGET(STORE_ATTR) {
        // [v obj]
        Value obj = sp[-1];
        if (obj.is_object()) {
          TypeObject* tp = obj.as_object()->type;
          InlineCache& c = CACHE();
          if (c.p == uintptr_t(tp) && c.k1 == tp->version && !c.k2) {
            Ref* ds = instance_dict_slot(obj.as_object());
            if (ds && !*ds) *ds = dict_new();
            if (ds && is_exact_dict(*ds)) {
              dict_set_hinted(*ds, names[oparg], sp[-2], &c.v);
              decref(sp[-1]);
              decref(sp[-2]);
              sp -= 2;
              DISPATCH();
            }
          } else if (tp->version) {
            c.p = uintptr_t(tp);
            c.k1 = tp->version;
            c.k2 = !(tp->setattr == ObjectType.setattr && tp->dictoffset && !type_lookup(tp, names[oparg]));
          }
        }
        SAVE_IP();
        setattr(sp[-1], names[oparg], sp[-2]);
        decref(sp[-1]);
        decref(sp[-2]);
        sp -= 2;
        DISPATCH();
      }
      TARGET(DELETE_ATTR) {
        SAVE_IP();
        delattr(TOP(), names[oparg]);
        decref(POP());
        DISPATCH();
      }
      TARGET(LOAD_METHOD) {
        Value obj = TOP();
        Value n = names[oparg].get();
        TypeObject* tp = type_of(obj);
        InlineCache& c = CACHE();
        if (c.p == uintptr_t(tp) && c.k1 == tp->version && tp->version) {
          Value descr = Value::from_bits(c.v);
          bool shadowed = false;
          if (obj.is_object()) {
            Ref* ds = instance_dict_slot(obj.as_object());
            if (ds && *ds && dict_get(*ds, n)) shadowed = true;
          }
          if (!shadowed) {
            incref(descr);
            sp[-1] = descr;
            PUSH(obj);
            DISPATCH();
          }
        }
        if (tp->getattr == ObjectType.getattr && tp->getattr) {
          Value descr = type_lookup(tp, n);
          if (descr && tp->version && (type_of(descr) == &FunctionType ||
                        (type_of(descr) == &MethodDescriptorType && MethodDescriptorType.call))) {
            c.p = uintptr_t(tp);
            c.k1 = tp->version;
            c.v = descr.bits();
          }
          if (descr && (type_of(descr) == &FunctionType ||
                        (type_of(descr) == &MethodDescriptorType && MethodDescriptorType.call))) {
            bool shadowed = false;
            if (obj.is_object()) {
              Ref* ds = instance_dict_slot(obj.as_object());
              if (ds && *ds && dict_get(*ds, n)) shadowed = true;
            }
            if (!shadowed) {
              incref(descr);
              sp[-1] = descr;
              PUSH(obj);  // the reference moves from the old slot
              DISPATCH();
            }
          }
        }
        Ref r = getattr(obj, n);
        sp[-1] = r.release();
        decref(obj);
        PUSH(Value());
        DISPATCH();
      }

      // ---- calls ----
#define ENTER_FRAME(nf)                 \
  do {                                  \
    SAVE_FRAME();                       \
    (nf)->back = f;                     \
    (nf)->entry = false;                \
    if (ts->py_depth >= recursion_limit(ts)) { \
      frame_free(nf);                   \
      raise(exc::RecursionError, "maximum recursion depth exceeded"); \
    }                                   \
    ts->py_depth++;                     \
    ts->frame = (nf);                   \
    f = (nf);                           \
    LOAD_FRAME();                       \
    CHECK_BREAKER();                    \
  } while (0)

      TARGET(CALL) {
        int n = int(oparg);
        Value* args = sp - n;
        Value callable = args[-1];
        Value self;
        Value fnv = callable;
        if (callable.is_object() && callable.as_object()->type == &MethodType) {
          auto* m = static_cast<MethodObject*>(callable.as_object());
          if (is_function(m->func)) {
            fnv = m->func;
            self = m->self;
          }
        }
        if (callable.is_object() && callable.as_object()->type == &TypeType) {
          // A plain class whose __init__ is a Python function: allocate, then run __init__ inline.
          auto* tp = static_cast<TypeObject*>(callable.as_object());
          InlineCache& c = CACHE();
          Value init;
          if (c.p == uintptr_t(tp) && c.k1 == tp->version && tp->version) {
            init = Value::from_bits(c.v);
          } else if (tp->has_flag(kTypeHeapType) && tp->new_ == ObjectType.new_ && tp->version) {
            Value i = type_lookup(tp, name("__init__"));
            if (i && is_function(i) &&
                !(static_cast<FunctionObject*>(i.as_object())->co()->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
              c.p = uintptr_t(tp);
              c.k1 = tp->version;
              c.v = i.bits();
              init = i;
            }
          }
          if (init) {
            Ref inst = tp->new_(tp, args, size_t(n), Value());
            auto* ifn = static_cast<FunctionObject*>(init.as_object());
            CodeObject* ico = ifn->co();
            Frame* nf;
            if (n + 1 == ico->argcount && !(ico->flags & (kCoVarargs | kCoVarkeywords)) && ico->kwonlyargcount == 0 &&
                ico->ncells() == 0 && ico->nfrees() == 0) {
              // Fast path: self plus exactly the declared positionals.
              nf = frame_alloc(ico, ifn, ifn->globals, ifn->builtins, Value(), false);
              incref(inst);
              nf->localsplus[0] = inst;
              for (int i = 0; i < n; i++) {
                incref(args[i]);
                nf->localsplus[i + 1] = args[i];
              }
            } else {
              nf = make_call_frame(ifn, inst, args, size_t(n), Value(), false);
            }
            nf->is_init = true;
            nf->init_self = inst.release();
            while (sp > args) decref(*--sp);
            decref(*--sp);
            ENTER_FRAME(nf);
            DISPATCH();
          }
        }
        if (is_function(fnv)) {
          auto* fn = static_cast<FunctionObject*>(fnv.as_object());
          CodeObject* fco = fn->co();
          if (!(fco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
            Frame* nf;
            if (!self && n == fco->argcount && !(fco->flags & (kCoVarargs | kCoVarkeywords)) &&
                fco->kwonlyargcount == 0 && fco->ncells() == 0 && fco->nfrees() == 0) {
              // Fast path: move the arguments into the new frame's locals.
              nf = frame_alloc(fco, fn, fn->globals, fn->builtins, Value(), false);
              std::memcpy(nf->localsplus, args, sizeof(Value) * size_t(n));
              sp = args - 1;
              decref(callable);
            } else {
              nf = make_call_frame(fn, self, args, size_t(n), Value(), false);
              while (sp > args) decref(*--sp);
              decref(*--sp);
            }
            SAVE_FRAME();
            ENTER_FRAME(nf);
            DISPATCH();
          }
        }
        SAVE_FRAME();
        Ref r = call(callable, args, size_t(n));
        while (sp > args) decref(*--sp);
        sp[-1] = r.release();
        decref(callable);
        CHECK_BREAKER();
        DISPATCH();
      }
      TARGET(CALL_METHOD) {
        int n = int(oparg);
        Value b = sp[-n - 1];
        Value a = sp[-n - 2];
        Value* args = b ? sp - n - 1 : sp - n;
        size_t nargs = b ? size_t(n) + 1 : size_t(n);
        Value* base = sp - n - 2;
        if (is_function(a)) {
          auto* fn = static_cast<FunctionObject*>(a.as_object());
          CodeObject* fco = fn->co();
          if (!(fco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
            Frame* nf;
            if (int(nargs) == fco->argcount && !(fco->flags & (kCoVarargs | kCoVarkeywords)) &&
                fco->kwonlyargcount == 0 && fco->ncells() == 0 && fco->nfrees() == 0) {
              nf = frame_alloc(fco, fn, fn->globals, fn->builtins, Value(), false);
              std::memcpy(nf->localsplus, args, sizeof(Value) * nargs);
              sp = base;
              decref(a);
            } else {
              nf = make_call_frame(fn, Value(), args, nargs, Value(), false);
              while (sp > base) decref(*--sp);
            }
            SAVE_FRAME();
            ENTER_FRAME(nf);
            DISPATCH();
          }
        }
        SAVE_FRAME();
        Ref r;
        if (b) {
          r = call(a, args, nargs);
        } else {
          Value self;
          if (a.is_object() && a.as_object()->type == &MethodType) {
            auto* m = static_cast<MethodObject*>(a.as_object());
            if (is_function(m->func)) {
              auto* fn = static_cast<FunctionObject*>(m->func.obj());
              CodeObject* fco = fn->co();
              if (!(fco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
                Frame* nf = make_call_frame(fn, m->self, args, nargs, Value(), false);
                while (sp > base) decref(*--sp);
                ENTER_FRAME(nf);
                DISPATCH();
              }
            }
          }
          r = call(a, args, nargs);
        }
        while (sp > base) decref(*--sp);
        PUSH(r.release());
        CHECK_BREAKER();
        DISPATCH();
      }
      TARGET(CALL_KW) {
        int n = int(oparg);
        Value kwnames = sp[-1];
        size_t nkw = tuple_size(kwnames);
        Value* args = sp - 1 - n;
        Value callable = args[-1];
        Value* base = args - 1;
        size_t npos = size_t(n) - nkw;
        Value self;
        Value fnv = callable;
        if (callable.is_object() && callable.as_object()->type == &MethodType) {
          auto* m = static_cast<MethodObject*>(callable.as_object());
          if (is_function(m->func)) {
            fnv = m->func;
            self = m->self;
          }
        }
        SAVE_FRAME();
        if (is_function(fnv)) {
          auto* fn = static_cast<FunctionObject*>(fnv.as_object());
          CodeObject* fco = fn->co();
          if (!(fco->flags & (kCoGenerator | kCoCoroutine | kCoAsyncGenerator))) {
            Frame* nf = make_call_frame(fn, self, args, npos, kwnames, false);
            while (sp > base) decref(*--sp);
            ENTER_FRAME(nf);
            DISPATCH();
          }
        }
        Ref r = call(callable, args, npos, kwnames);
        while (sp > base) decref(*--sp);
        PUSH(r.release());
        CHECK_BREAKER();
        DISPATCH();
      }
      TARGET(CALL_EX) {
        Value kw = (oparg & 1) ? sp[-1] : Value();
        Value* base = sp - ((oparg & 1) ? 3 : 2);
        Value func = base[0];
        Value argseq = base[1];
        SAVE_FRAME();
        Ref r = call_ex(func, argseq, kw);
        while (sp > base) decref(*--sp);
        PUSH(r.release());
        CHECK_BREAKER();
        DISPATCH();
      }

      // ---- building ----
      TARGET(BUILD_TUPLE) {
        int n = int(oparg);
        Ref t = tuple_new(size_t(n));
        Value* items = tuple_items(t);
        sp -= n;
        std::memcpy(items, sp, sizeof(Value) * size_t(n));
        PUSH(t.release());
        DISPATCH();
      }
      TARGET(BUILD_LIST) {
        int n = int(oparg);
        Ref l = list_new(size_t(n));
        std::vector<Ref>& items = list_items(l);
        sp -= n;
        for (int i = 0; i < n; i++) items.push_back(Ref::steal(sp[i]));
        PUSH(l.release());
        DISPATCH();
      }
      TARGET(BUILD_SET) {
        int n = int(oparg);
        Ref s = set_new();
        for (int i = n; i > 0; i--) set_add(s, sp[-i]);
        for (int i = 0; i < n; i++) decref(POP());
        PUSH(s.release());
        DISPATCH();
      }
      TARGET(BUILD_MAP) {
        int n = int(oparg);
        Ref d = dict_new();
        for (int i = 2 * n; i > 0; i -= 2) dict_set(d, sp[-i], sp[-i + 1]);
        for (int i = 0; i < 2 * n; i++) decref(POP());
        PUSH(d.release());
        DISPATCH();
      }
      TARGET(BUILD_CONST_KEY_MAP) {
        int n = int(oparg);
        Value keys = sp[-1];
        Ref d = dict_new();
        for (int i = 0; i < n; i++) dict_set(d, tuple_item(keys, size_t(i)), sp[-1 - n + i]);
        for (int i = 0; i < n + 1; i++) decref(POP());
        PUSH(d.release());
        DISPATCH();
      }
      TARGET(BUILD_STRING) {
        int n = int(oparg);
        std::string s;
        for (int i = n; i > 0; i--) s += str_view(sp[-i]);
        Ref r = str_new(s);
        for (int i = 0; i < n; i++) decref(POP());
        PUSH(r.release());
        DISPATCH();
      }
      TARGET(BUILD_SLICE) {
        Ref s;
        if (oparg == 3) s = slice_new(sp[-3], sp[-2], sp[-1]);
        else s = slice_new(sp[-2], sp[-1], None());
        for (uint32_t i = 0; i < oparg; i++) decref(POP());
        PUSH(s.release());
        DISPATCH();
      }
      TARGET(LIST_APPEND) {
        Value v = sp[-1];
        list_append(sp[-1 - int(oparg)], v);
        decref(POP());
        DISPATCH();
      }
      TARGET(SET_ADD) {
        Value v = sp[-1];
        set_add(sp[-1 - int(oparg)], v);
        decref(POP());
        DISPATCH();
      }
      TARGET(MAP_ADD) {
        dict_set(sp[-2 - int(oparg)], sp[-2], sp[-1]);
        decref(POP());
        decref(POP());
        DISPATCH();
      }
      TARGET(LIST_EXTEND) {
        Value it = sp[-1];
        Value l = sp[-1 - int(oparg)];
        try {
          list_extend(l, it);
        } catch (PyException& e) {
          if (exception_matches(e.value, exc::TypeError) && !type_of(it)->iter && !type_of(it)->getitem) {
            // f(*x) with a non-iterable: CPython names the callee.
            Value func = sp[-2 - int(oparg)];
            if (int(sp - f->stack_base()) >= 2 + int(oparg) && is_callable(func))
              raise(exc::TypeError, function_call_name(func) + " argument after * must be an iterable, not " +
                                        std::string(type_name(it)));
            raisef(exc::TypeError, "Value after * must be an iterable, not %s", std::string(type_name(it)).c_str());
          }
          throw;
        }
        decref(POP());
        DISPATCH();
      }
      TARGET(SET_UPDATE) {
        Value it = sp[-1];
        Value s = sp[-1 - int(oparg)];
        set_update(s, it);  // CPython's _PySet_Update: presizing decides the iteration order
        decref(POP());
        DISPATCH();
      }
      TARGET(DICT_UPDATE) {
        Value m = sp[-1];
        if (!is_dict(m) && !hasattr(m, name("keys")))
          raisef(exc::TypeError, "'%s' object is not a mapping", std::string(type_name(m)).c_str());
        dict_update(sp[-1 - int(oparg)], m);
        decref(POP());
        DISPATCH();
      }
      TARGET(DICT_MERGE) {
        Value m = sp[-1];
        Value d = sp[-1 - int(oparg)];
        Value func = sp[-3 - int(oparg)];
        dict_merge_call(d, m, func);
        decref(POP());
        DISPATCH();
      }
      TARGET(LIST_TO_TUPLE) {
        Ref t = list_as_tuple(TOP());
        decref(TOP());
        sp[-1] = t.release();
        DISPATCH();
      }
      TARGET(FORMAT_VALUE) {
        SAVE_IP();
        Value spec = (oparg & 4) ? sp[-1] : Value();
        Value v = (oparg & 4) ? sp[-2] : sp[-1];
        Ref r = format_one(v, int(oparg), spec);
        if (oparg & 4) decref(POP());
        decref(TOP());
        sp[-1] = r.release();
        DISPATCH();
      }

      // ---- operators ----
      TARGET(UNARY_POSITIVE) {
        Ref r = positive(TOP());
        decref(TOP());
        sp[-1] = r.release();
        DISPATCH();
      }
      TARGET(UNARY_NEGATIVE) {
        Value v = TOP();
        if (v.is_small_int() && v.small_int_value() != Value::kSmallMin) {
          sp[-1] = Value::small_int(-v.small_int_value());
          DISPATCH();
        }
        Ref r = negative(v);
        decref(v);
        sp[-1] = r.release();
        DISPATCH();
      }
      TARGET(UNARY_NOT) {
        Value v = TOP();
        bool t = v == kTrue ? true : v == kFalse ? false : (SAVE_IP(), is_true(v));
        decref(v);
        sp[-1] = t ? kFalse : kTrue;
        DISPATCH();
      }
      TARGET(UNARY_INVERT) {
        Ref r = invert(TOP());
        decref(TOP());
        sp[-1] = r.release();
        DISPATCH();
      }
      TARGET(BINARY_OP) {
        Value a = sp[-2], b = sp[-1];
        uint32_t op = oparg >= uint32_t(kInplace) ? oparg - kInplace : oparg;
        if (a.is_small_int() && b.is_small_int()) {
          int64_t x = a.small_int_value(), y = b.small_int_value(), r;
          bool ok = false;
          switch (BinOp(op)) {
            case BinOp::Add: ok = !__builtin_add_overflow(x, y, &r); break;
            case BinOp::Sub: ok = !__builtin_sub_overflow(x, y, &r); break;
            case BinOp::Mul: ok = !__builtin_mul_overflow(x, y, &r); break;
            case BinOp::And: r = x & y; ok = true; break;
            case BinOp::Or: r = x | y; ok = true; break;
            case BinOp::Xor: r = x ^ y; ok = true; break;
            case BinOp::FloorDiv:
              if (y != 0) {
                int64_t q = x / y;
                if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
                r = q;
                ok = true;
              }
              break;
            case BinOp::Mod:
              if (y != 0) {
                int64_t m = x % y;
                if (m != 0 && ((m < 0) != (y < 0))) m += y;
                r = m;
                ok = true;
              }
              break;
            case BinOp::RShift:
              if (y >= 0) {
                r = y >= 63 ? (x < 0 ? -1 : 0) : (x >> y);
                ok = true;
              }
              break;
            case BinOp::LShift:
              if (y >= 0 && y < 62) {
                r = x << y;
                ok = (r >> y) == x;
              }
              break;
            default: break;
          }
          if (ok && Value::fits_small(r)) {
            sp[-2] = Value::small_int(r);
            sp--;
            DISPATCH();
          }
        } else if (a.is_object() && b.is_object() && a.as_object()->type == &FloatType &&
                   b.as_object()->type == &FloatType) {
          double x = float_value(a), y = float_value(b), r;
          bool ok = true;
          switch (BinOp(op)) {
            case BinOp::Add: r = x + y; break;
            case BinOp::Sub: r = x - y; break;
            case BinOp::Mul: r = x * y; break;
            case BinOp::TrueDiv:
              if (y == 0.0) ok = false;
              else r = x / y;
              break;
            default: ok = false; r = 0; break;
          }
          if (ok) {
            if (a.as_object()->refcnt == 1) {
              static_cast<FloatObject*>(a.as_object())->value = r;
              decref(b);
            } else if (b.as_object()->refcnt == 1) {
              static_cast<FloatObject*>(b.as_object())->value = r;
              decref(a);
              sp[-2] = b;
            } else {
              Ref res = float_new(r);
              decref(a);
              decref(b);
              sp[-2] = res.release();
            }
            sp--;
            DISPATCH();
          }
        } else if ((a.is_small_int() && b.is_object() && b.as_object()->type == &FloatType) ||
                   (b.is_small_int() && a.is_object() && a.as_object()->type == &FloatType)) {
          double x = a.is_small_int() ? double(a.small_int_value()) : float_value(a);
          double y = b.is_small_int() ? double(b.small_int_value()) : float_value(b);
          double r = 0;
          bool ok = true;
          switch (BinOp(op)) {
            case BinOp::Add: r = x + y; break;
            case BinOp::Sub: r = x - y; break;
            case BinOp::Mul: r = x * y; break;
            case BinOp::TrueDiv:
              if (y == 0.0) ok = false;
              else r = x / y;
              break;
            default: ok = false; break;
          }
          if (ok) {
            Ref res = float_new(r);
            decref(a);
            decref(b);
            sp[-2] = res.release();
            sp--;
            DISPATCH();
          }
        }
        SAVE_IP();
        Ref r = oparg >= uint32_t(kInplace) ? inplace_op(a, b, BinOp(op)) : binary_op(a, b, BinOp(op));
        decref(b);
        decref(a);
        sp[-2] = r.release();
        sp--;
        DISPATCH();
      }
      TARGET(COMPARE_OP) {
        Value a = sp[-2], b = sp[-1];
        if (a.is_small_int() && b.is_small_int()) {
          int64_t x = a.small_int_value(), y = b.small_int_value();
          bool r;
          switch (CmpOp(oparg)) {
            case CmpOp::Lt: r = x < y; break;
            case CmpOp::Le: r = x <= y; break;
            case CmpOp::Eq: r = x == y; break;
            case CmpOp::Ne: r = x != y; break;
            case CmpOp::Gt: r = x > y; break;
            default: r = x >= y; break;
          }
          sp[-2] = r ? kTrue : kFalse;
          sp--;
          DISPATCH();
        }
        if (a.is_object() && b.is_object() && a.as_object()->type == &FloatType &&
            b.as_object()->type == &FloatType) {
          double x = float_value(a), y = float_value(b);
          bool r;
          switch (CmpOp(oparg)) {
            case CmpOp::Lt: r = x < y; break;
            case CmpOp::Le: r = x <= y; break;
            case CmpOp::Eq: r = x == y; break;
            case CmpOp::Ne: r = x != y; break;
            case CmpOp::Gt: r = x > y; break;
            default: r = x >= y; break;
          }
          decref(a);
          decref(b);
          sp[-2] = r ? kTrue : kFalse;
          sp--;
          DISPATCH();
        }
        SAVE_IP();
        Ref r = rich_compare(a, b, CmpOp(oparg));
        decref(b);
        decref(a);
        sp[-2] = r.release();
        sp--;
        DISPATCH();
      }
      TARGET(IS_OP) {
        bool r = (sp[-2] == sp[-1]) != (oparg != 0);
        decref(POP());
        decref(TOP());
        sp[-1] = r ? kTrue : kFalse;
        DISPATCH();
      }
      TARGET(CONTAINS_OP) {
        SAVE_IP();
        bool r = contains(sp[-1], sp[-2]) != (oparg != 0);
        decref(POP());
        decref(TOP());
        sp[-1] = r ? kTrue : kFalse;
        DISPATCH();
      }
      TARGET(BINARY_SUBSCR) {
        Value c = sp[-2], k = sp[-1];
        if (c.is_object()) {
          TypeObject* ct = c.as_object()->type;
          if (k.is_small_int() && ct == &ListType) {
            std::vector<Ref>& items = list_items(c);
            int64_t i = k.small_int_value();
            if (i < 0) i += int64_t(items.size());
            if (i >= 0 && i < int64_t(items.size())) {
              Value v = items[size_t(i)];
              incref(v);
              decref(c);
              sp[-2] = v;
              sp--;
              DISPATCH();
            }
          } else if (k.is_small_int() && ct == &TupleType) {
            int64_t i = k.small_int_value();
            int64_t n = int64_t(tuple_size(c));
            if (i < 0) i += n;
            if (i >= 0 && i < n) {
              Value v = tuple_item(c, size_t(i));
              incref(v);
              decref(c);
              sp[-2] = v;
              sp--;
              DISPATCH();
            }
          } else if (ct == &DictType) {
            Value v = dict_get(c, k);
            if (v) {
              incref(v);
              decref(k);
              decref(c);
              sp[-2] = v;
              sp--;
              DISPATCH();
            }
          }
        }
        SAVE_IP();
        Ref r = getitem(c, k);
        decref(k);
        decref(c);
        sp[-2] = r.release();
        sp--;
        DISPATCH();
      }
      TARGET(STORE_SUBSCR) {
        // [v c k]
        Value v = sp[-3], c = sp[-2], k = sp[-1];
        if (c.is_object() && c.as_object()->type == &ListType && k.is_small_int()) {
          std::vector<Ref>& items = list_items(c);
          int64_t i = k.small_int_value();
          if (i < 0) i += int64_t(items.size());
          if (i >= 0 && i < int64_t(items.size())) {
            items[size_t(i)] = Ref::steal(v);
            decref(c);
            sp -= 3;
            DISPATCH();
          }
        }
        SAVE_IP();
        if (c.is_object() && c.as_object()->type == &DictType) dict_set(c, k, v);
        else setitem(c, k, v);
        decref(k);
        decref(c);
        decref(v);
        sp -= 3;
        DISPATCH();
      }
      TARGET(DELETE_SUBSCR) {
        delitem(sp[-2], sp[-1]);
        decref(POP());
        decref(POP());
        DISPATCH();
      }

      // ---- control flow ----
      TARGET(JUMP) {
        JUMP_TO_ARG();
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_FALSE) {
        bool t;
        POP_TRUTH(t);
        if (!t) JUMP_TO_ARG();
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_TRUE) {
        bool t;
        POP_TRUTH(t);
        if (t) JUMP_TO_ARG();
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_NONE) {
        Value v = POP();
        bool t = is_none(v);
        decref(v);
        if (t) JUMP_TO_ARG();
        DISPATCH();
      }
      TARGET(POP_JUMP_IF_NOT_NONE) {
        Value v = POP();
        bool t = !is_none(v);
        decref(v);
        if (t) JUMP_TO_ARG();
        DISPATCH();
      }
      TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        bool t = v == kTrue ? true : v == kFalse ? false : (SAVE_IP(), is_true(v));
        if (!t) {
          JUMP_TO_ARG();
        } else {
          decref(POP());
        }
        DISPATCH();
      }
      TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        bool t = v == kTrue ? true : v == kFalse ? false : (SAVE_IP(), is_true(v));
        if (t) {
          JUMP_TO_ARG();
        } else {
          decref(POP());
        }
        DISPATCH();
      }
      TARGET(GET_ITER) {
        SAVE_IP();
        Value v = TOP();
        Ref it = get_iter(v);
        sp[-1] = it.release();
        decref(v);
        DISPATCH();
      }
      TARGET(FOR_ITER) {
        Value it = TOP();
        TypeObject* t = type_of(it);
        SAVE_IP();
        Ref nx = t->iternext && t != &GeneratorType ? t->iternext(it) : iter_next(it);
        if (nx) {
          PUSH(nx.release());
        } else {
          decref(POP());
          JUMPTO(oparg);
        }
        DISPATCH();
      }
      TARGET(UNPACK_SEQUENCE) {
        Value seq = TOP();
        size_t n = oparg;
        if (seq.is_object() && seq.as_object()->type == &TupleType && tuple_size(seq) == n) {
          sp--;
          for (size_t i = n; i > 0; i--) {
            Value v = tuple_item(seq, i - 1);
            incref(v);
            PUSH(v);
          }
          decref(seq);
          DISPATCH();
        }
        if (seq.is_object() && seq.as_object()->type == &ListType && list_items(seq).size() == n) {
          sp--;
          std::vector<Ref>& items = list_items(seq);
          for (size_t i = n; i > 0; i--) {
            Value v = items[i - 1];
            incref(v);
            PUSH(v);
          }
          decref(seq);
          DISPATCH();
        }
        SAVE_IP();
        if (seq.is_object() && (seq.as_object()->type == &TupleType || seq.as_object()->type == &ListType)) {
          size_t have = seq.as_object()->type == &TupleType ? tuple_size(seq) : list_items(seq).size();
          if (have < n) raisef(exc::ValueError, "not enough values to unpack (expected %zu, got %zu)", n, have);
          raisef(exc::ValueError, "too many values to unpack (expected %zu)", n);
        }
        // generic: items land above the sequence slot, then shift down over it
        unpack_iterable(seq, n, 0, false, sp + n);
        decref(seq);
        std::memmove(sp - 1, sp, sizeof(Value) * n);
        sp += n - 1;
        DISPATCH();
      }
      TARGET(UNPACK_EX) {
        SAVE_IP();
        Value seq = TOP();
        size_t before = oparg & 0xff, after = oparg >> 8;
        size_t total = before + after + 1;
        unpack_iterable(seq, before, after, true, sp + total);
        decref(seq);
        std::memmove(sp - 1, sp, sizeof(Value) * total);
        sp += total - 1;
        DISPATCH();
      }
      TARGET(RETURN_VALUE) {
        Value retval = POP();
        if (f->entry) {
          f->sp = sp;
          f->ip = ip;
          ts->frame = f->back;
          ts->py_depth--;
          if (f->gen) {
            if (yielded) *yielded = false;
          } else {
            frame_free(f);
          }
          return Ref::steal(retval);
        }
        Frame* done = f;
        f = done->back;
        ts->frame = f;
        ts->py_depth--;
        if (done->is_init) {
          if (!is_none(retval)) {
            Ref hold = Ref::steal(retval);
            frame_free(done);
            LOAD_FRAME();
            raisef(exc::TypeError, "__init__() should return None, not '%s'", std::string(type_name(hold)).c_str());
          }
          retval = done->init_self;
          done->init_self = Value();
        }
        done->sp = sp;
        done->ip = ip;  // a frame object that outlives the frame reports the return's line
        frame_free(done);
        LOAD_FRAME();
        PUSH(retval);
        DISPATCH();
      }
      TARGET(MAKE_FUNCTION) {
        Value code = POP();
        Ref fn = function_new(code, Value(f->globals));
        decref(code);
        auto* fo = fn.as<FunctionObject>();
        if (oparg & kFnClosure) fo->closure = Ref::steal(POP());
        if (oparg & kFnAnnotations) fo->annotations = Ref::steal(POP());
        if (oparg & kFnKwDefaults) fo->kwdefaults = Ref::steal(POP());
        if (oparg & kFnDefaults) fo->defaults = Ref::steal(POP());
        PUSH(fn.release());
        DISPATCH();
      }
      TARGET(LOAD_BUILD_CLASS) {
        Value bc = dict_get(Value(f->builtins), name("__build_class__"));
        if (!bc) raise(exc::NameError, "__build_class__ not found");
        incref(bc);
        PUSH(bc);
        DISPATCH();
      }
      TARGET(IMPORT_NAME) {
        // [level fromlist]
        Value fromlist = sp[-1], level = sp[-2];
        SAVE_FRAME();
        Ref m = import_name(names[oparg], Value(f->globals), f->locals ? Value(f->locals) : Value(None()), fromlist,
                            level.is_small_int() ? int(level.small_int_value()) : 0);
        decref(POP());
        decref(TOP());
        sp[-1] = m.release();
        DISPATCH();
      }
      TARGET(IMPORT_FROM) {
        SAVE_IP();
        Ref v = import_from(TOP(), names[oparg]);
        PUSH(v.release());
        DISPATCH();
      }
      TARGET(IMPORT_STAR) {
        Value loc = Value(f->locals);
        if (!loc) raise(exc::SystemError, "no locals found during 'import *'");
        import_star(TOP(), loc);
        decref(POP());
        DISPATCH();
      }
      TARGET(RAISE_VARARGS) {
        if (oparg == 0) {
          if (!ts->handled_exc || is_none(ts->handled_exc))
            raise(exc::RuntimeError, "No active exception to reraise");
          reraise = true;
          throw PyException{ts->handled_exc};
        }
        SAVE_FRAME();
        if (oparg == 1) {
          Value e = sp[-1];
          do_raise(e, Value());
        }
        do_raise(sp[-2], sp[-1]);
      }
      TARGET(RERAISE) {
        Ref e = Ref::steal(POP());
        reraise = true;
        throw PyException{std::move(e)};
      }
      TARGET(SETUP_FINALLY) {
        if (f->nblocks >= kMaxBlocks) raise(exc::SystemError, "too many nested blocks");
        Block& b = f->blocks[f->nblocks++];
        b.type = kBlockFinally;
        b.handler = int(oparg);
        b.level = int(sp - f->stack_base());
        b.saved = Value();
        DISPATCH();
      }
      TARGET(SETUP_WITH) {
        if (f->nblocks >= kMaxBlocks) raise(exc::SystemError, "too many nested blocks");
        Block& b = f->blocks[f->nblocks++];
        b.type = kBlockFinally;
        b.handler = int(oparg);
        b.level = int(sp - f->stack_base()) - 1;
        b.saved = Value();
        DISPATCH();
      }
      TARGET(POP_BLOCK) {
        f->nblocks--;
        DISPATCH();
      }
      TARGET(POP_EXCEPT) {
        Block& b = f->blocks[--f->nblocks];
        Value old = ts->handled_exc.release();
        ts->handled_exc = Ref::steal(b.saved);
        b.saved = Value();
        decref(old);
        DISPATCH();
      }
      TARGET(CHECK_EXC_MATCH) {
        bool m = exc_match(sp[-2], sp[-1]);
        decref(TOP());
        sp[-1] = m ? kTrue : kFalse;
        DISPATCH();
      }
      TARGET(BEFORE_WITH) {
        Value mgr = TOP();
        TypeObject* tp = type_of(mgr);
        Value enter = type_lookup(tp, name("__enter__"));
        if (!enter)
          raisef(exc::TypeError, "'%s' object does not support the context manager protocol",
                 std::string(tp->type_name()).c_str());
        Value exit = type_lookup(tp, name("__exit__"));
        if (!exit)
          raisef(exc::TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)",
                 std::string(tp->type_name()).c_str());
        Ref bound_exit;
        if (type_of(exit)->descr_get) bound_exit = type_of(exit)->descr_get(exit, mgr, Value(tp));
        else bound_exit = Ref(exit);
        Ref bound_enter;
        if (type_of(enter)->descr_get) bound_enter = type_of(enter)->descr_get(enter, mgr, Value(tp));
        else bound_enter = Ref(enter);
        SAVE_FRAME();
        Ref res = call(bound_enter, nullptr, 0);
        sp[-1] = bound_exit.release();
        decref(mgr);
        PUSH(res.release());
        DISPATCH();
      }
      TARGET(WITH_EXCEPT_START) {
        // [exit .. exc]: exit sits right below exc (the SETUP_WITH level keeps it)
        Value e = sp[-1];
        Value exit = sp[-2];
        Ref tb = exc_traceback(e);
        Value args[3] = {Value(type_of(e)), e, tb ? Value(tb) : None()};
        SAVE_FRAME();
        Ref res = call(exit, args, 3);
        PUSH(res.release());
        DISPATCH();
      }
      TARGET(LOAD_ASSERTION_ERROR) {
        Value v = Value(static_cast<Object*>(exc::AssertionError));
        incref(v);
        PUSH(v);
        DISPATCH();
      }
      TARGET(SETUP_ANNOTATIONS) {
        Value loc = Value(f->locals);
        if (!loc) raise(exc::SystemError, "no locals found when setting up annotations");
        if (is_exact_dict(loc)) {
          if (!dict_get(loc, name("__annotations__"))) {
            Ref d = dict_new();
            dict_set(loc, name("__annotations__"), d);
          }
        } else {
          bool have = true;
          try {
            Ref v = getitem(loc, name("__annotations__"));
          } catch (PyException& e) {
            if (!exception_matches(e.value, exc::KeyError)) throw;
            have = false;
          }
          if (!have) {
            Ref d = dict_new();
            setitem(loc, name("__annotations__"), d);
          }
        }
        DISPATCH();
      }
      TARGET(PRINT_EXPR) {
        Value v = TOP();
        Ref hook;
        if (ts->interp && ts->interp->sys) hook = getattr_opt(ts->interp->sys, name("displayhook"));
        if (!hook) raise(exc::RuntimeError, "lost sys.displayhook");
        SAVE_FRAME();
        Ref r = call(hook, &v, 1);
        decref(POP());
        DISPATCH();
      }
      TARGET(YIELD_VALUE) {
        Value v = POP();
        SAVE_FRAME();
        ts->frame = f->back;
        ts->py_depth--;
        if (yielded) *yielded = true;
        return Ref::steal(v);
      }
      TARGET(GET_YIELD_FROM_ITER) {
        SAVE_IP();
        Value v = TOP();
        if (!is_generator(v)) {
          Ref it = get_iter(v);
          sp[-1] = it.release();
          decref(v);
        }
        DISPATCH();
      }
      TARGET(SEND) {
        Value sub = sp[-2], v = sp[-1];
        SAVE_FRAME();
        Ref result;
        bool returned = false;
        if (is_generator(sub)) {
          result = generator_send(static_cast<GeneratorObject*>(sub.as_object()), v, Value(), &returned);
        } else if (is_none(v)) {
          Ref ret;
          result = iter_next_returning(sub, &ret);
          if (!result) {
            returned = true;
            result = ret ? std::move(ret) : Ref(None());
          }
        } else {
          try {
            result = call_method(sub, "send", {v});
          } catch (PyException& e) {
            if (!exception_matches(e.value, exc::StopIteration)) throw;
            returned = true;
            result = getattr(e.value, name("value"));
          }
        }
        if (returned) {
          decref(POP());
          decref(TOP());
          sp[-1] = result.release();
          JUMPTO(oparg);
        } else {
          decref(TOP());
          sp[-1] = result.release();
        }
        DISPATCH();
      }
      TARGET(GET_AWAITABLE)
      TARGET(GET_AITER)
      TARGET(GET_ANEXT)
      TARGET(END_ASYNC_FOR)
      TARGET(BEFORE_ASYNC_WITH)
      TARGET(MATCH_MAPPING)
      TARGET(MATCH_SEQUENCE)
      TARGET(MATCH_KEYS)
      TARGET(MATCH_CLASS) {
        raisef(exc::SystemError, "opcode %s is not supported yet", opcode_name(int(ip[-1] & 0xff)));
      }
      TARGET(GET_LEN) {
        int64_t n = length(TOP());
        PUSH(int_from_i64(n).release());
        DISPATCH();
      }
    } catch (PyException& e) {
      cur_exc = std::move(e.value);
    } catch (std::bad_alloc&) {
      cur_exc = new_exception(exc::MemoryError, "");
    }

  exception_unwind:
    // The exception `cur_exc` was raised by the instruction before ip in frame f.
    f->ip = ip;
    f->sp = sp;
    if (!reraise) {
      if (!from_callee) {
        Ref tb = exc_traceback(cur_exc);
        if (!tb || is_none(tb)) chain_exception_context(cur_exc);
      }
      traceback_add(cur_exc, f);
    }
    reraise = false;
    from_callee = false;
    {
      Value* base = f->stack_base();
      bool handled = false;
      while (f->nblocks > 0) {
        Block b = f->blocks[--f->nblocks];
        Value* level = base + b.level;
        while (sp > level) decref(*--sp);
        if (b.type == kBlockExceptHandler) {
          Value old = ts->handled_exc.release();
          ts->handled_exc = Ref::steal(b.saved);
          f->blocks[f->nblocks].saved = Value();
          decref(old);
          continue;
        }
        Block& h = f->blocks[f->nblocks++];
        h.type = kBlockExceptHandler;
        h.level = int(level - base);
        h.handler = 0;
        h.saved = ts->handled_exc.release();
        ts->handled_exc = cur_exc;
        PUSH(cur_exc.release());
        JUMPTO(b.handler);
        handled = true;
        break;
      }
      if (handled) continue;
      // No handler: the frame exits with the exception.
      while (sp > base) decref(*--sp);
      f->sp = sp;
      Frame* done = f;
      ts->frame = done->back;
      ts->py_depth--;
      if (done->entry) {
        if (!done->gen) frame_free(done);
        throw PyException{std::move(cur_exc)};
      }
      f = done->back;
      frame_free(done);
      LOAD_FRAME();
      // The CALL that entered the callee is the failing instruction of the caller.
      from_callee = true;
      goto exception_unwind;
    }
  }
#undef LOAD_FRAME
#undef SAVE_FRAME
#undef SAVE_IP
#undef DISPATCH
#undef TARGET
}

}  // namespace minipy
