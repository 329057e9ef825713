// Generators: send/throw/close over a heap frame, `yield from` delegation, close() on release.
#include "interp/generator.h"

#include <cstdio>

#include "interp/frame_object.h"
#include "interp/opcodes.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject GeneratorType;

Ref generator_new(Frame* frame, Value name, Value qualname) {
  Ref r = new_object<GeneratorObject>(&GeneratorType);
  auto* g = r.as<GeneratorObject>();
  g->frame = frame;
  frame->gen = g;
  g->code = Ref(Value(static_cast<Object*>(frame->code)));
  g->name = Ref(name);
  g->qualname = Ref(qualname);
  return r;
}

static GeneratorObject* as_gen(Value v) { return static_cast<GeneratorObject*>(v.as_object()); }

static bool frame_in_handler(Frame* f) {
  for (int i = 0; i < f->nblocks; i++)
    if (f->blocks[i].type == kBlockExceptHandler) return true;
  return false;
}

static void gen_finish(GeneratorObject* gen) {
  Frame* f = gen->frame;
  gen->frame = nullptr;
  if (f) frame_free(f);
}

Ref generator_send(GeneratorObject* gen, Value value, Value exc, bool* returned) {
  if (gen->running) raise(exc::ValueError, "generator already executing");
  if (!gen->frame) {
    if (exc) {
      throw PyException{Ref(exc)};
    }
    *returned = true;
    return Ref(None());
  }
  if (!gen->started && !exc && value && !is_none(value))
    raise(exc::TypeError, "can't send non-None value to a just-started generator");
  Frame* f = gen->frame;
  if (gen->started && !exc) {
    Value v = value ? value : None();
    incref(v);
    *f->sp++ = v;
  }
  gen->started = true;
  gen->running = true;
  ThreadState* ts = tstate();
  Ref outer = ts->handled_exc;
  if (gen->exc_state) ts->handled_exc = std::move(gen->exc_state);
  bool yielded = false;
  Ref r;
  Ref hold(Value(static_cast<Object*>(gen)));  // the generator must outlive its own frame's run
  try {
    r = eval_frame(f, exc, &yielded);
  } catch (PyException& e) {
    gen->running = false;
    ts->handled_exc = std::move(outer);
    gen_finish(gen);
    if (exception_matches(e.value, exc::StopIteration)) {
      Ref re = new_exception(exc::RuntimeError, "generator raised StopIteration");
      exc_set_cause(re, e.value);
      exc_set_context(re, e.value);
      exc_set_suppress_context(re, true);
      throw PyException{std::move(re)};
    }
    throw;
  }
  gen->running = false;
  if (yielded) {
    if (frame_in_handler(f)) gen->exc_state = std::move(ts->handled_exc);
    ts->handled_exc = std::move(outer);
    *returned = false;
    return r;
  }
  ts->handled_exc = std::move(outer);
  gen_finish(gen);
  *returned = true;
  return r;
}

// The sub-iterator a suspended generator delegates to (`yield from`), or null.
static Value gen_yieldfrom(GeneratorObject* gen) {
  Frame* f = gen->frame;
  if (!f || !gen->started || gen->running) return Value();
  const uint32_t* first = f->code->code.data();
  int lasti = int(f->ip - first) - 1;
  if (lasti < 1) return Value();
  if (instr_op(first[lasti]) != YIELD_VALUE || instr_op(first[lasti - 1]) != SEND) return Value();
  return f->sp[-1];
}

static Ref gen_throw_inst(GeneratorObject* gen, Value exc, bool* returned);

static void close_iter(Value yf) {
  if (is_generator(yf)) {
    Ref e = new_exception(exc::GeneratorExit, "");
    bool returned = false;
    GeneratorObject* g = as_gen(yf);
    if (!g->frame) return;
    if (!g->started) {
      gen_finish(g);
      return;
    }
    try {
      Ref r = gen_throw_inst(g, e, &returned);
      if (!returned) raise(exc::RuntimeError, "generator ignored GeneratorExit");
    } catch (PyException& ex) {
      if (exception_matches(ex.value, exc::GeneratorExit) || exception_matches(ex.value, exc::StopIteration)) return;
      throw;
    }
    return;
  }
  Ref meth = getattr_opt(yf, name("close"));
  if (meth) call(meth, nullptr, 0);
}

// Resume after the delegated iterator finished with `val`: drop it and continue after the SEND.
static Ref resume_after_delegate(GeneratorObject* gen, Value val, bool* returned) {
  Frame* f = gen->frame;
  const uint32_t* first = f->code->code.data();
  int lasti = int(f->ip - first) - 1;
  uint32_t target = instr_arg(first[lasti - 1]);
  Value sub = *--f->sp;
  decref(sub);
  f->ip = first + target;
  return generator_send(gen, val, Value(), returned);
}

static Ref gen_throw_inst(GeneratorObject* gen, Value exc, bool* returned) {
  Value yf = gen_yieldfrom(gen);
  if (yf) {
    Ref hold(yf);
    if (exception_matches(exc, exc::GeneratorExit)) {
      gen->running = true;
      try {
        close_iter(yf);
      } catch (PyException& e) {
        gen->running = false;
        return generator_send(gen, Value(), e.value, returned);
      }
      gen->running = false;
      return generator_send(gen, Value(), exc, returned);
    }
    Ref ret;
    bool sub_returned = false;
    try {
      gen->running = true;
      if (is_generator(yf)) {
        ret = gen_throw_inst(as_gen(yf), exc, &sub_returned);
      } else {
        Ref meth = getattr_opt(yf, name("throw"));
        if (!meth) {
          gen->running = false;
          return generator_send(gen, Value(), exc, returned);
        }
        Value a[1] = {exc};
        ret = call(meth, a, 1);
      }
      gen->running = false;
    } catch (PyException& e) {
      gen->running = false;
      if (exception_matches(e.value, exc::StopIteration)) {
        Ref val = getattr_opt(e.value, name("value"));
        return resume_after_delegate(gen, val ? Value(val) : None(), returned);
      }
      return generator_send(gen, Value(), e.value, returned);
    }
    if (sub_returned) return resume_after_delegate(gen, ret, returned);
    *returned = false;
    return ret;
  }
  return generator_send(gen, Value(), exc, returned);
}

static Ref stop_iteration_with(Value v) {
  if (is_none(v)) return new_exception(exc::StopIteration, "");
  return new_exception_args(exc::StopIteration, &v, 1);
}

// ---- methods ----

static Ref gen_iternext(Value self) {
  bool returned = false;
  Ref r = generator_send(as_gen(self), None(), Value(), &returned);
  if (returned) {
    if (!is_none(r)) iter_report_return(self.as_object(), r);  // for next() / __next__
    return Ref();
  }
  return r;
}

static Ref gen_send(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("send", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "send() takes exactly one argument (%zu given)", nargs);
  bool returned = false;
  Ref r = generator_send(as_gen(self), args[0], Value(), &returned);
  if (returned) throw PyException{stop_iteration_with(r)};
  return r;
}

static Ref gen_throw(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("throw", kwnames);
  if (nargs < 1 || nargs > 3) raisef(exc::TypeError, "throw expected at least 1 argument, got %zu", nargs);
  Value typ = args[0];
  Value val = nargs > 1 ? args[1] : Value();
  Value tb = nargs > 2 ? args[2] : Value();
  if (tb && is_none(tb)) tb = Value();
  Ref inst;
  bool is_class = typ.is_object() && isinstance(typ, &TypeType) &&
                  is_subtype(static_cast<TypeObject*>(typ.as_object()), exc::BaseException);
  if (is_class) {
    if (val && !is_none(val) && isinstance(val, static_cast<TypeObject*>(typ.as_object()))) {
      inst = Ref(val);
    } else if (!val || is_none(val)) {
      inst = call(typ, nullptr, 0);
    } else if (is_tuple(val)) {
      inst = call(typ, tuple_items(val), tuple_size(val));
    } else {
      inst = call(typ, &val, 1);
    }
  } else if (is_subtype(type_of(typ), exc::BaseException)) {
    if (val && !is_none(val)) raise(exc::TypeError, "instance exception may not have a separate value");
    inst = Ref(typ);
  } else {
    raisef(exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
           std::string(type_name(typ)).c_str());
  }
  if (tb) exc_set_traceback(inst, tb);
  bool returned = false;
  Ref r = gen_throw_inst(as_gen(self), inst, &returned);
  if (returned) throw PyException{stop_iteration_with(r)};
  return r;
}

static Ref gen_close_impl(GeneratorObject* gen) {
  if (!gen->frame) return Ref(None());
  if (!gen->started) {
    gen_finish(gen);
    return Ref(None());
  }
  Ref e = new_exception(exc::GeneratorExit, "");
  bool returned = false;
  try {
    Ref r = gen_throw_inst(gen, e, &returned);
  } catch (PyException& ex) {
    if (exception_matches(ex.value, exc::GeneratorExit) || exception_matches(ex.value, exc::StopIteration))
      return Ref(None());
    throw;
  }
  if (!returned) raise(exc::RuntimeError, "generator ignored GeneratorExit");
  return Ref(None());
}

static Ref gen_close(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("close", kwnames);
  if (nargs) raisef(exc::TypeError, "close() takes no arguments (%zu given)", nargs);
  return gen_close_impl(as_gen(self));
}

static Ref gen_iter(Value self) { return Ref(self); }

static Ref gen_repr(Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.as_object()));
  return str_new("<generator object " + std::string(str_view(as_gen(self)->qualname)) + buf);
}

static void gen_dealloc(Object* o) {
  auto* g = static_cast<GeneratorObject*>(o);
  if (g->frame && g->started && !g->running) {
    // Run finally blocks of an abandoned generator, as CPython does on release.
    o->refcnt = 1;  // resurrect while closing
    try {
      Ref r = gen_close_impl(g);
    } catch (PyException& e) {
      write_unraisable(e.value, Value(o));
    } catch (...) {
    }
    if (--o->refcnt != 0) return;  // resurrected by the finally code
  }
  if (gc_is_tracked(o)) gc_untrack(o);
  gen_finish(g);
  dealloc_as<GeneratorObject>(o);
}

static void gen_traverse(Object* o, VisitFn visit, void* arg) {
  auto* g = static_cast<GeneratorObject*>(o);
  if (g->frame && !g->running) frame_traverse(g->frame, visit, arg);
  if (g->code) visit(g->code, arg);
  if (g->exc_state) visit(g->exc_state, arg);
}

static void gen_clear(Object* o) {
  auto* g = static_cast<GeneratorObject*>(o);
  if (g->running) return;
  Frame* f = g->frame;
  g->frame = nullptr;
  if (f) frame_free(f);
  g->exc_state.reset();
}

static Ref get_name(Value self) { return as_gen(self)->name; }
static void set_name(Value self, Value v) {
  if (v.is_null() || !is_str(v)) raise(exc::TypeError, "__name__ must be set to a string object");
  as_gen(self)->name = Ref(v);
}
static Ref get_qualname(Value self) { return as_gen(self)->qualname; }
static void set_qualname(Value self, Value v) {
  if (v.is_null() || !is_str(v)) raise(exc::TypeError, "__qualname__ must be set to a string object");
  as_gen(self)->qualname = Ref(v);
}
static Ref get_running(Value self) { return Ref(bool_value(as_gen(self)->running)); }
static Ref get_code(Value self) { return as_gen(self)->code; }
static Ref get_yieldfrom(Value self) {
  Value y = gen_yieldfrom(as_gen(self));
  return y ? Ref(y) : Ref(None());
}
static Ref get_frame(Value self) {
  auto* g = as_gen(self);
  if (!g->frame) return Ref(None());
  return frame_object_for(g->frame);
}
static Ref get_suspended(Value self) {
  auto* g = as_gen(self);
  return Ref(bool_value(g->frame && g->started && !g->running));
}

static const MethodDef kGenMethods[] = {
    {"send", gen_send},
    {"throw", gen_throw},
    {"close", gen_close},
    {},
};
static const GetSetDef kGenGetSets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"gi_running", get_running},
    {"gi_code", get_code},
    {"gi_yieldfrom", get_yieldfrom},
    {"gi_frame", get_frame},
    {"gi_suspended", get_suspended},
    {},
};

static void init_generator_type() {
  TypeObject& t = GeneratorType;
  t.name = "generator";
  t.basicsize = sizeof(GeneratorObject);
  t.flags = kTypeGC;
  t.dealloc = gen_dealloc;
  t.traverse = gen_traverse;
  t.clear = gen_clear;
  t.repr = gen_repr;
  t.iter = gen_iter;
  t.iternext = gen_iternext;
  t.methods = kGenMethods;
  t.getsets = kGenGetSets;
  t.base = &ObjectType;
  static_type_declare(&t);
}

static TypeInitHook hook(&init_generator_type);

}  // namespace minipy
