// super(): zero-argument form from the calling frame, two-argument form, MRO lookup after the
// given class, descriptors bound to the instance.
#include <string>

#include "interp/frame.h"
#include "interp/vm.h"
#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/dict_object.h"
#include "runtime/gc.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject SuperType;

struct SuperObject : Object {
  Ref thisclass; // the class after which lookup starts
  Ref obj;       // the instance or class, or null (unbound super)
  Ref obj_type;  // the type the MRO is taken from
};

static SuperObject* as_super(Value v) { return static_cast<SuperObject*>(v.as_object()); }
static bool is_type(Value v) { return v.is_object() && isinstance(v, &TypeType); }
static TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }

static Ref supercheck(Value type, Value obj) {
  if (is_type(obj) && is_subtype(as_type(obj), as_type(type))) return Ref(obj);
  if (is_subtype(type_of(obj), as_type(type))) return Ref(Value(static_cast<Object*>(type_of(obj))));
  Ref cls = getattr_opt(obj, name("__class__"));
  if (cls && is_type(cls) && cls.get() != Value(static_cast<Object*>(type_of(obj))) &&
      is_subtype(as_type(cls), as_type(type)))
    return cls;
  raise(exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

static void super_fill(SuperObject* su, Value type, Value obj) {
  if (!is_type(type))
    raisef(exc::TypeError, "super() argument 1 must be a type, not %s", std::string(type_name(type)).c_str());
  Ref ot;
  if (obj && !is_none(obj)) ot = supercheck(type, obj);
  su->thisclass = Ref(type);
  su->obj = obj && !is_none(obj) ? Ref(obj) : Ref();
  su->obj_type = std::move(ot);
}

static void super_zero_args(SuperObject* su) {
  Frame* f = current_frame();
  if (!f) raise(exc::RuntimeError, "super(): no current frame");
  CodeObject* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCoVarargs)) raise(exc::RuntimeError, "super(): no arguments");
  Value first = f->localsplus[0];
  if (!first) {
    for (int i = 0; i < co->ncells() && i < int(co->cell2arg.size()); i++) {
      if (co->cell2arg[i] == 0) {
        first = static_cast<CellObject*>(f->localsplus[co->nlocals() + i].as_object())->contents;
        break;
      }
    }
  }
  if (!first && (co->flags & kCoVarargs) && co->argcount == 0) {
    Value t = f->localsplus[co->kwonlyargcount];
    if (t && is_tuple(t) && tuple_size(t) > 0) first = tuple_item(t, 0);
  }
  if (!first) raise(exc::RuntimeError, "super(): arg[0] deleted");
  Value cls;
  bool found = false;
  for (int i = 0; i < co->nfrees(); i++) {
    if (str_view(co->freevars[i]) == "__class__") {
      Value cell = f->localsplus[co->nlocals() + co->ncells() + i];
      found = true;
      if (cell && cell.is_object() && cell.as_object()->type == &CellType)
        cls = static_cast<CellObject*>(cell.as_object())->contents;
      break;
    }
  }
  if (!found) raise(exc::RuntimeError, "super(): __class__ cell not found");
  if (!cls) raise(exc::RuntimeError, "super(): empty __class__ cell");
  if (!is_type(cls))
    raisef(exc::RuntimeError, "super(): __class__ is not a type (%s)", std::string(type_name(cls)).c_str());
  super_fill(su, cls, first);
}

static Ref super_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && tuple_size(kwnames)) raise(exc::TypeError, "super() takes no keyword arguments");
  if (nargs > 2) raisef(exc::TypeError, "super() expected at most 2 arguments, got %zu", nargs);
  Ref r = new_object<SuperObject>(type);
  auto* su = r.as<SuperObject>();
  if (nargs == 0) super_zero_args(su);
  else super_fill(su, args[0], nargs > 1 ? args[1] : Value());
  return r;
}

static void super_init(Value self, const Value* args, size_t nargs, Value kwnames) {}

static Ref super_getattr(Value self, Value n) {
  auto* su = as_super(self);
  if (su->obj_type && !(is_str(n) && str_view(n) == "__class__")) {
    TypeObject* start = su->obj_type.as<TypeObject>();
    Value mro = start->mro;
    if (mro && is_tuple(mro)) {
      size_t sz = tuple_size(mro), i = 0;
      for (; i + 1 < sz; i++)
        if (tuple_item(mro, i) == su->thisclass.get()) break;
      for (i++; i < sz; i++) {
        TypeObject* t = as_type(tuple_item(mro, i));
        if (!t->dict) continue;
        Value res = dict_get(t->dict, n);
        if (!res) continue;
        TypeObject* rt = type_of(res);
        if (rt->descr_get)
          return rt->descr_get(res, su->obj.get() == su->obj_type.get() ? Value() : Value(su->obj), su->obj_type);
        return Ref(res);
      }
    }
  }
  return generic_getattr(self, n);
}

static Ref super_descr_get(Value self, Value obj, Value type) {
  auto* su = as_super(self);
  if (!obj || is_none(obj) || su->obj) return Ref(self);
  Ref r = new_object<SuperObject>(type_of(self));
  super_fill(r.as<SuperObject>(), su->thisclass, obj);
  return r;
}

static Ref super_repr(Value self) {
  auto* su = as_super(self);
  std::string t = su->thisclass ? "<class '" + std::string(su->thisclass.as<TypeObject>()->type_name()) + "'>" : "NULL";
  if (su->obj_type)
    return str_new("<super: " + t + ", <" + std::string(su->obj_type.as<TypeObject>()->type_name()) + " object>>");
  return str_new("<super: " + t + ", NULL>");
}

static Ref get_thisclass(Value s) { return as_super(s)->type ? Ref(as_super(s)->type) : Ref(None()); }
static Ref get_self(Value s) { return as_super(s)->obj ? Ref(as_super(s)->obj) : Ref(None()); }
static Ref get_self_class(Value s) { return as_super(s)->obj_type ? Ref(as_super(s)->obj_type) : Ref(None()); }

static void super_traverse(Object* o, VisitFn visit, void* arg) {
  auto* su = static_cast<SuperObject*>(o);
  if (su->thisclass) visit(su->thisclass, arg);
  if (su->obj) visit(su->obj, arg);
  if (su->obj_type) visit(su->obj_type, arg);
}
static void super_clear(Object* o) {
  auto* su = static_cast<SuperObject*>(o);
  su->obj.reset();
  su->obj_type.reset();
  su->thisclass.reset();
}
static void super_dealloc(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
  dealloc_as<SuperObject>(o);
}

static const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", get_thisclass}, {"__self__", get_self}, {"__self_class__", get_self_class}, {},
};

static void init_super_type() {
  TypeObject& t = SuperType;
  t.name = "super";
  t.basicsize = sizeof(SuperObject);
  t.flags = kTypeGC | kTypeBaseType;
  t.dealloc = super_dealloc;
  t.traverse = super_traverse;
  t.clear = super_clear;
  t.new_ = super_new;
  t.init = super_init;
  t.getattr = super_getattr;
  t.descr_get = super_descr_get;
  t.repr = super_repr;
  t.getsets = kSuperGetSets;
  t.base = &ObjectType;
  static_type_declare(&t);
}

static TypeInitHook hook(&init_super_type);
static BuiltinType reg("super", &SuperType);

}  // namespace minipy
