// The `function` type.
#include "interp/function.h"

#include <cstddef>
#include <cstdio>

#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/gc.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace minipy {

TypeObject FunctionType;

Ref builtins_for_globals(Value globals) {
  Value b = dict_get(globals, name("__builtins__"));
  if (b) {
    if (b.is_object() && b.as_object()->type == &ModuleType) return Ref(module_dict(b));
    if (is_dict(b)) return Ref(b);
  }
  ThreadState* ts = tstate();
  if (ts && ts->interp && ts->interp->builtins) return ts->interp->builtins;
  return dict_new();
}

Ref function_new(Value code, Value globals) {
  Ref r = new_object<FunctionObject>(&FunctionType);
  auto* fn = r.as<FunctionObject>();
  auto* co = static_cast<CodeObject*>(code.as_object());
  fn->code = Ref(code);
  fn->globals = Ref(globals);
  fn->builtins = builtins_for_globals(globals);
  fn->name = co->name ? Ref(co->name) : Ref(name("<unknown>"));
  fn->qualname = co->qualname ? Ref(co->qualname) : Ref(fn->name);
  Value modname = dict_get(globals, name("__name__"));
  fn->module = modname ? Ref(modname) : Ref(None());
  fn->doc = (!co->consts.empty() && is_str(co->consts[0])) ? Ref(co->consts[0]) : Ref(None());
  return r;
}

static FunctionObject* as_fn(Value v) { return static_cast<FunctionObject*>(v.as_object()); }

static void function_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  auto* fn = static_cast<FunctionObject*>(o);
  fn->dict.reset();  // the instance-dict slot is released by dealloc_common_tail otherwise
  dealloc_as<FunctionObject>(o);
}

static void function_traverse(Object* o, VisitFn visit, void* arg) {
  auto* fn = static_cast<FunctionObject*>(o);
  for (Ref* r : {&fn->code, &fn->globals, &fn->builtins, &fn->name, &fn->qualname, &fn->module, &fn->doc,
                 &fn->defaults, &fn->kwdefaults, &fn->closure, &fn->annotations, &fn->dict})
    if (*r) visit(*r, arg);
}

static void function_clear(Object* o) {
  auto* fn = static_cast<FunctionObject*>(o);
  for (Ref* r : {&fn->defaults, &fn->kwdefaults, &fn->closure, &fn->annotations, &fn->dict, &fn->module,
                 &fn->doc})
    r->reset();
  // globals/code stay: other code may still call the function while the collector breaks cycles.
}

static Ref function_repr(Value self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.as_object()));
  std::string s = "<function ";
  s += str_view(as_fn(self)->qualname);
  s += buf;
  return str_new(s);
}

static Ref function_descr_get(Value descr, Value obj, Value type) {
  if (obj.is_null() || is_none(obj) && false) return Ref(descr);
  return method_new(descr, obj);
}

static Ref function_call_slot(Value callable, const Value* args, size_t nargs, Value kwnames) {
  return call_function(callable, args, nargs, kwnames);
}

// ---- attributes ----

static Ref get_code(Value self) { return as_fn(self)->code; }
static void set_code(Value self, Value v) {
  if (v.is_null() || !v.is_object() || v.as_object()->type != &CodeType)
    raise(exc::TypeError, "__code__ must be set to a code object");
  as_fn(self)->code = Ref(v);
}
static Ref get_globals(Value self) { return as_fn(self)->globals; }
static Ref get_name(Value self) { return as_fn(self)->name; }
static void set_name(Value self, Value v) {
  if (v.is_null() || !is_str(v)) raise(exc::TypeError, "__name__ must be set to a string object");
  as_fn(self)->name = Ref(v);
}
static Ref get_qualname(Value self) { return as_fn(self)->qualname; }
static void set_qualname(Value self, Value v) {
  if (v.is_null() || !is_str(v)) raise(exc::TypeError, "__qualname__ must be set to a string object");
  as_fn(self)->qualname = Ref(v);
}
static Ref get_module(Value self) { return as_fn(self)->module; }
static void set_module(Value self, Value v) { as_fn(self)->module = v.is_null() ? Ref(None()) : Ref(v); }
static Ref get_doc(Value self) { return as_fn(self)->doc; }
static void set_doc(Value self, Value v) { as_fn(self)->doc = v.is_null() ? Ref(None()) : Ref(v); }
static Ref get_defaults(Value self) {
  auto* fn = as_fn(self);
  return fn->defaults ? Ref(fn->defaults) : Ref(None());
}
static void set_defaults(Value self, Value v) {
  if (v.is_null() || is_none(v)) { as_fn(self)->defaults.reset(); return; }
  if (!is_tuple(v)) raise(exc::TypeError, "__defaults__ must be set to a tuple object");
  as_fn(self)->defaults = Ref(v);
}
static Ref get_kwdefaults(Value self) {
  auto* fn = as_fn(self);
  return fn->kwdefaults ? Ref(fn->kwdefaults) : Ref(None());
}
static void set_kwdefaults(Value self, Value v) {
  if (v.is_null() || is_none(v)) { as_fn(self)->kwdefaults.reset(); return; }
  if (!is_dict(v)) raise(exc::TypeError, "__kwdefaults__ must be set to a dict object");
  as_fn(self)->kwdefaults = Ref(v);
}
static Ref get_closure(Value self) {
  auto* fn = as_fn(self);
  return fn->closure ? Ref(fn->closure) : Ref(None());
}
static Ref get_annotations(Value self) {
  auto* fn = as_fn(self);
  if (!fn->annotations) fn->annotations = dict_new();
  return fn->annotations;
}
static void set_annotations(Value self, Value v) {
  if (v.is_null() || is_none(v)) { as_fn(self)->annotations.reset(); return; }
  if (!is_dict(v)) raise(exc::TypeError, "__annotations__ must be set to a dict object");
  as_fn(self)->annotations = Ref(v);
}
static Ref get_dict(Value self) {
  auto* fn = as_fn(self);
  if (!fn->dict) fn->dict = dict_new();
  return fn->dict;
}
static void set_dict(Value self, Value v) {
  if (v.is_null()) raise(exc::TypeError, "cannot delete __dict__");
  if (!is_dict(v)) raise(exc::TypeError, "__dict__ must be set to a dictionary, not a '" + std::string(type_name(v)) + "'");
  as_fn(self)->dict = Ref(v);
}
static Ref get_builtins(Value self) { return as_fn(self)->builtins; }

static const GetSetDef kFunctionGetSets[] = {
    {"__code__", get_code, set_code},
    {"__globals__", get_globals},
    {"__builtins__", get_builtins},
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__module__", get_module, set_module},
    {"__doc__", get_doc, set_doc},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__closure__", get_closure},
    {"__annotations__", get_annotations, set_annotations},
    {"__dict__", get_dict, set_dict},
    {},
};

static void init_function_type() {
  TypeObject& t = FunctionType;
  t.name = "function";
  t.basicsize = sizeof(FunctionObject);
  t.dictoffset = offsetof(FunctionObject, dict);
  t.flags = kTypeGC;
  t.dealloc = function_dealloc;
  t.traverse = function_traverse;
  t.clear = function_clear;
  t.repr = function_repr;
  t.descr_get = function_descr_get;
  t.call = function_call_slot;
  t.getsets = kFunctionGetSets;
  t.base = &ObjectType;
  static_type_declare(&t);
}

static TypeInitHook hook(&init_function_type);

}  // namespace minipy
