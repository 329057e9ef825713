// `object` and `type`: the root of every class, the metaclass of every class, and the singleton
// types of None, NotImplemented and Ellipsis. Attribute lookup along the MRO (type_lookup, with a
// method cache) lives here too, because everything else depends on it.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <unordered_map>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/mappingproxy.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_internal.h"
#include "runtime/type_object.h"
#include "runtime/warn.h"

namespace minipy {

TypeObject ObjectType, TypeType, NoneType, NotImplementedType, EllipsisType;

Ref (*g_current_module_name_hook)() = nullptr;
TypeObject* g_function_type = nullptr;

// ---- small helpers ------------------------------------------------------------------------------

std::string address_string(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

int64_t hash_pointer(const void* p) {
  uintptr_t y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(void*) - 4));  // the low bits are always zero: rotate them out
  int64_t h = int64_t(y);
  return h == -1 ? -2 : h;
}

static std::string_view short_name(TypeObject* t) {
  if (t->has_flag(kTypeHeapType)) return t->heap_name;
  std::string_view n = t->name ? t->name : "";
  size_t dot = n.rfind('.');
  return dot == std::string_view::npos ? n : n.substr(dot + 1);
}

std::string type_qualname(TypeObject* t) {
  if (t->has_flag(kTypeHeapType)) return t->heap_qualname.empty() ? t->heap_name : t->heap_qualname;
  return std::string(short_name(t));
}

std::string type_module_name(TypeObject* t) {
  if (t->has_flag(kTypeHeapType)) {
    if (t->dict) {
      Value m = dict_get_str(t->dict, "__module__");
      if (m && is_str(m)) return std::string(str_view(m));
    }
    return "builtins";
  }
  std::string_view n = t->name ? t->name : "";
  size_t dot = n.rfind('.');
  return dot == std::string_view::npos ? "builtins" : std::string(n.substr(0, dot));
}

std::string type_full_name(TypeObject* t) {
  std::string mod = type_module_name(t);
  if (mod == "builtins") return type_qualname(t);
  return mod + "." + type_qualname(t);
}

// ---- versions, subclasses, the method cache ------------------------------------------------------

static uint64_t g_next_version = 1;
uint64_t next_type_version() { return g_next_version++; }

static std::unordered_map<TypeObject*, std::vector<TypeObject*>>& subclass_map() {
  static auto* m = new std::unordered_map<TypeObject*, std::vector<TypeObject*>>();
  return *m;
}
void register_subclass(TypeObject* base, TypeObject* sub) { subclass_map()[base].push_back(sub); }
void unregister_subclass(TypeObject* base, TypeObject* sub) {
  auto it = subclass_map().find(base);
  if (it == subclass_map().end()) return;
  auto& v = it->second;
  v.erase(std::remove(v.begin(), v.end(), sub), v.end());
}

Ref type_subclasses(TypeObject* t) {
  Ref list = list_new();
  auto it = subclass_map().find(t);
  if (it != subclass_map().end())
    for (TypeObject* s : it->second) list_append(list, type_value(s));
  return list;
}

static void bump_versions(TypeObject* t, int depth = 0) {
  t->version = next_type_version();
  if (depth > 1000) return;
  auto it = subclass_map().find(t);
  if (it == subclass_map().end()) return;
  std::vector<TypeObject*> subs = it->second;
  for (TypeObject* s : subs) bump_versions(s, depth + 1);
}

static void update_slots_deep(TypeObject* t, int depth = 0) {
  if (t->has_flag(kTypeHeapType)) update_all_slots(t);
  if (depth > 1000) return;
  auto it = subclass_map().find(t);
  if (it == subclass_map().end()) return;
  std::vector<TypeObject*> subs = it->second;
  for (TypeObject* s : subs) update_slots_deep(s, depth + 1);
}

void type_modified(TypeObject* t, Value name) {
  bump_versions(t);
  if (name) {
    std::string_view n = str_view(name);
    if (!(n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__")) return;
  }
  update_slots_deep(t);
}

namespace {
struct CacheEntry {
  uint64_t version;
  uintptr_t name;
  Value value;
};
constexpr size_t kCacheSize = 4096;
CacheEntry g_cache[kCacheSize];
}  // namespace

static Value lookup_uncached(TypeObject* type, Value name) {
  Value mro = type->mro;
  if (!mro) {  // during start-up: walk the base chain
    for (TypeObject* t = type; t; t = t->base)
      if (t->dict)
        if (Value v = dict_get(t->dict, name)) return v;
    return Value();
  }
  size_t n = tuple_size(mro);
  for (size_t i = 0; i < n; ++i) {
    Value item = tuple_item(mro, i);
    if (!item) continue;  // an MRO tuple emptied by the collector (its type is garbage)
    TypeObject* t = as_type(item);
    if (!t->dict) continue;
    if (Value v = dict_get(t->dict, name)) return v;
  }
  return Value();
}

Value type_lookup(TypeObject* type, Value name) {
  if (type->version && name.is_object() && static_cast<StrObject*>(name.as_object())->interned &&
      name.as_object()->type == &StrType) {
    uintptr_t bits = name.bits();
    size_t h = ((bits >> 4) ^ (type->version * 0x9E3779B97F4A7C15ull >> 20)) & (kCacheSize - 1);
    CacheEntry& e = g_cache[h];
    if (e.version == type->version && e.name == bits) return e.value;
    Value v = lookup_uncached(type, name);
    e.version = type->version;
    e.name = bits;
    e.value = v;
    return v;
  }
  return lookup_uncached(type, name);
}

// ---- object -------------------------------------------------------------------------------------

Ref object_repr(Value self) {
  TypeObject* t = type_of(self);
  std::string s = "<" + type_full_name(t) + " object at " + address_string(self.as_object()) + ">";
  return str_new(s);
}

Ref object_str(Value self) {
  UnarySlot r = type_of(self)->repr;
  return r ? r(self) : object_repr(self);
}

int64_t object_hash(Value self) { return hash_pointer(self.as_object()); }

// hash_not_implemented (declared in type_object.h) is defined once, in containers_util.cpp.

Ref object_richcompare(Value a, Value b, CmpOp op) {
  switch (op) {
    case CmpOp::Eq:
      return Ref(a == b ? True() : NotImplemented());
    case CmpOp::Ne: {
      // By default __ne__ delegates to __eq__ and inverts its result.
      RichCmpSlot eq = type_of(a)->richcompare;
      if (!eq) return Ref(NotImplemented());
      Ref r = eq(a, b, CmpOp::Eq);
      if (r.get() == NotImplemented()) return r;
      return Ref(bool_value(!is_true(r)));
    }
    default:
      return Ref(NotImplemented());
  }
}

static bool excess_args(size_t nargs, Value kwnames) {
  return nargs > 0 || (kwnames && tuple_size(kwnames) > 0);
}

Ref object_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (excess_args(nargs, kwnames)) {
    if (type->new_ != object_new)
      raise(exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (type->init == object_init)
      raisef(exc::TypeError, "%s() takes no arguments", std::string(type->type_name()).c_str());
  }
  if (type->has_flag(kTypeAbstract)) {
    Value abstract = type->dict ? dict_get_str(type->dict, "__abstractmethods__") : Value();
    std::string names;
    size_t count = 0;
    if (abstract) {
      Ref lst = list_from_iterable(abstract);
      list_sort(lst, Value(), false);
      for (auto& n : list_items(lst)) {
        if (count++) names += ", ";
        names += str_utf8(n);
      }
    }
    raisef(exc::TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
           std::string(type->type_name()).c_str(), count == 1 ? "" : "s", names.c_str());
  }
  return new_object<Object>(type);
}

void object_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!excess_args(nargs, kwnames)) return;
  TypeObject* type = type_of(self);
  if (type->init != object_init)
    raise(exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
  if (type->new_ == object_new)
    raisef(exc::TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)",
           std::string(type->type_name()).c_str());
}

static Ref object_get_class(Value self) { return Ref(type_value(type_of(self))); }

static void object_set_class(Value self, Value v) {
  if (!v) raise(exc::TypeError, "can't delete __class__ attribute");
  if (!is_type(v))
    raisef(exc::TypeError, "__class__ must be set to a class, not '%s' object",
           std::string(type_name(v)).c_str());
  TypeObject* old = type_of(self);
  TypeObject* nt = as_type(v);
  if (!old->has_flag(kTypeHeapType) || !nt->has_flag(kTypeHeapType))
    raise(exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  // CPython also refuses when a variable-size base (int, bytes, tuple) got a __dict__ added: its
  // layout check cannot tell two such subclasses apart.
  TypeObject* sb = old;
  while (sb && sb->has_flag(kTypeHeapType)) sb = sb->base;
  bool varsize_dict = sb && sb->has_flag(kTypeVarSize) && old != nt &&
                      (old->dictoffset != sb->dictoffset || nt->dictoffset != sb->dictoffset);
  if (old->basicsize != nt->basicsize || old->dictoffset != nt->dictoffset ||
      old->has_flag(kTypeGC) != nt->has_flag(kTypeGC) || varsize_dict) {
    raisef(exc::TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
           std::string(nt->type_name()).c_str(), std::string(old->type_name()).c_str());
  }
  incref(v);
  self.as_object()->type = nt;
  decref(type_value(old));
}

static Ref object_format(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("__format__", kwnames);
  check_nargs("__format__", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "__format__() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  if (str_length(args[0]) > 0)
    raisef(exc::TypeError, "unsupported format string passed to %s.__format__",
           std::string(type_name(self)).c_str());
  return str_of(self);
}

// Collect the attribute names of a class and its bases into `into` (a dict used as a set).
static void merge_class_dict(Value into, TypeObject* t, int depth = 0) {
  if (depth > 200) return;
  if (t->dict) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, pos, k, v)) dict_set(into, k, None());
  }
  if (t->bases) {
    size_t n = tuple_size(t->bases);
    for (size_t i = 0; i < n; ++i) merge_class_dict(into, as_type(tuple_item(t->bases, i)), depth + 1);
  }
}

static Ref dict_keys_list(Value d) {
  Ref list = list_new(dict_size(d));
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) list_append(list, k);
  return list;
}

static Ref object_dir(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__dir__", nargs, 0, 0);
  Ref names = dict_new();
  if (Value d = instance_dict(self, false)) {
    if (is_dict(d)) dict_update(names, d);
  }
  merge_class_dict(names, type_of(self));
  return dict_keys_list(names);
}

static Ref object_init_subclass(Value cls, const Value* args, size_t nargs, Value kwnames) {
  if (nargs) raisef(exc::TypeError, "%s.__init_subclass__() takes no arguments (%zu given)",
                    std::string(as_type(cls)->type_name()).c_str(), nargs);
  if (kwnames && tuple_size(kwnames))
    raisef(exc::TypeError, "%s.__init_subclass__() takes no keyword arguments",
           std::string(as_type(cls)->type_name()).c_str());
  return Ref(None());
}

static Ref object_subclasshook(Value cls, const Value* args, size_t nargs, Value kwnames) {
  return Ref(NotImplemented());
}

static Ref object_sizeof(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__sizeof__", nargs, 0, 0);
  return int_from_i64(int64_t(type_of(self)->basicsize ? type_of(self)->basicsize : 16));
}

static Ref object_reduce_ex(Value self, const Value* args, size_t nargs, Value kwnames) {
  raisef(exc::TypeError, "cannot pickle '%s' object", std::string(type_name(self)).c_str());
}

static const MethodDef kObjectMethods[] = {
    {"__format__", object_format},
    {"__dir__", object_dir},
    {"__init_subclass__", object_init_subclass, kMethodClass},
    {"__subclasshook__", object_subclasshook, kMethodClass},
    {"__sizeof__", object_sizeof},
    {"__reduce_ex__", object_reduce_ex},
    {"__reduce__", object_reduce_ex},
    {nullptr, nullptr}};

static const GetSetDef kObjectGetSets[] = {
    {"__class__", object_get_class, object_set_class},
    {nullptr, nullptr}};

// ---- type ---------------------------------------------------------------------------------------

static Ref type_repr(Value self) {
  TypeObject* t = as_type(self);
  return str_new("<class '" + type_full_name(t) + "'>");
}

static Ref type_call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  TypeObject* type = as_type(callable);
  bool has_kw = kwnames && tuple_size(kwnames) > 0;
  if (type == &TypeType) {
    if (nargs == 1 && !has_kw) return Ref(type_value(type_of(args[0])));
    if (nargs != 3 && nargs + (has_kw ? tuple_size(kwnames) : 0) != 3 && !(nargs == 3))
      raise(exc::TypeError, "type() takes 1 or 3 arguments");
  }
  if (!type->new_)
    raisef(exc::TypeError, "cannot create '%s' instances", std::string(type->type_name()).c_str());
  Ref obj = type->new_(type, args, nargs, kwnames);
  if (!obj) return obj;
  TypeObject* ot = type_of(obj);
  if (ot != type && !is_subtype(ot, type)) return obj;
  if (ot->init) ot->init(obj, args, nargs, kwnames);
  return obj;
}

static void type_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 1 && nargs != 3) raise(exc::TypeError, "type.__init__() takes 1 or 3 arguments");
}

static Ref type_getattro(Value tp, Value name) {
  TypeObject* type = as_type(tp);
  TypeObject* meta = type_of(tp);
  Ref meta_attr(type_lookup(meta, name));
  DescrGetSlot meta_get = nullptr;
  if (meta_attr) {
    TypeObject* mt = type_of(meta_attr);
    meta_get = mt->descr_get;
    if (meta_get && mt->descr_set) return meta_get(meta_attr, tp, type_value(meta));
  }
  Ref attr(type_lookup(type, name));
  if (attr) {
    DescrGetSlot g = type_of(attr)->descr_get;
    if (g) return g(attr, Value(), tp);
    return attr;
  }
  if (meta_get) return meta_get(meta_attr, tp, type_value(meta));
  return meta_attr;
}

static void type_setattro(Value tp, Value name, Value v) {
  TypeObject* type = as_type(tp);
  if (!is_str(name))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", std::string(type_name(name)).c_str());
  if (!type->has_flag(kTypeHeapType)) {
    raisef(exc::TypeError, "cannot set '%s' attribute of immutable type '%s'",
           std::string(str_view(name)).c_str(), std::string(type->type_name()).c_str());
  }
  TypeObject* meta = type_of(tp);
  Ref meta_attr(type_lookup(meta, name));
  if (meta_attr) {
    DescrSetSlot s = type_of(meta_attr)->descr_set;
    if (s) {
      s(meta_attr, tp, v);
      type_modified(type, name);
      return;
    }
  }
  Ref key = intern_str(name);
  if (v) {
    dict_set(type->dict, key, v);
  } else if (!dict_del(type->dict, key)) {
    raise_attribute_error(tp, name,
                          "type object '" + std::string(type->type_name()) + "' has no attribute '" +
                              std::string(str_view(name)) + "'");
  }
  type_modified(type, key);
}

static void type_dealloc(Object* o) {
  TypeObject* t = static_cast<TypeObject*>(o);
  // Out of the collector's list before the namespace goes: dropping it can run Python code.
  if (gc_is_tracked(o)) gc_untrack(o);
  // The collector may have cleared `bases` (tuple clear empties the items): then search every
  // subclass list rather than leave a dangling entry behind.
  bool bases_intact = bool(t->bases);
  for (size_t i = 0, n = bases_intact ? tuple_size(t->bases) : 0; i < n; ++i)
    if (!tuple_item(t->bases, i)) bases_intact = false;
  if (bases_intact) {
    for (size_t i = 0, n = tuple_size(t->bases); i < n; ++i) unregister_subclass(as_type(tuple_item(t->bases, i)), t);
  } else {
    for (auto& [base, subs] : subclass_map()) subs.erase(std::remove(subs.begin(), subs.end(), t), subs.end());
  }
  subclass_map().erase(t);
  forget_slot_offsets(t);
  // A heap type owns a reference to its solid base (taken in type_new_impl), released last: the
  // instances of this type that are freed during ~TypeObject still walk the `base` chain.
  TypeObject* base = t->has_flag(kTypeHeapType) ? t->base : nullptr;
  t->~TypeObject();
  dealloc_common_tail(o);
  if (base && base->has_flag(kTypeHeapType)) decref(type_value(base));
}

// Only heap types reach these two: static types have no GcHeader and are never tracked.
// A class is always in a cycle (its __mro__ starts with itself; its methods' __globals__ usually
// hold it), so reclaiming classes is the collector's job, as in CPython.
static void type_traverse(Object* o, VisitFn visit, void* arg) {
  TypeObject* t = static_cast<TypeObject*>(o);
  if (t->dict) visit(t->dict, arg);
  if (t->base) visit(type_value(t->base), arg);
  if (t->bases) visit(t->bases, arg);
  if (t->mro) visit(t->mro, arg);
}

static void type_clear(Object* o) {
  TypeObject* t = static_cast<TypeObject*>(o);
  // Invalidate cached lookups first so nothing reaches a destroyed method through the cache.
  // Lookups on a type without an MRO walk the `base` chain, which `bases` keeps alive.
  bump_versions(t);
  if (t->dict) dict_clear(t->dict);
  t->mro.reset();
}

static Ref type_get_name(Value self) { return str_new(short_name(as_type(self))); }
static void type_set_name(Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!t->has_flag(kTypeHeapType))
    raisef(exc::TypeError, "cannot set '__name__' attribute of immutable type '%s'", std::string(t->type_name()).c_str());
  if (!v) raisef(exc::TypeError, "cannot delete '__name__' attribute of immutable type '%s'", std::string(t->type_name()).c_str());
  if (!is_str(v))
    raisef(exc::TypeError, "can only assign string to %s.__name__, not '%s'", std::string(t->type_name()).c_str(),
           std::string(type_name(v)).c_str());
  std::string old = t->heap_name;
  if (t->heap_qualname.empty()) t->heap_qualname = old;
  t->heap_name = std::string(str_view(v));
}
static Ref type_get_qualname(Value self) { return str_new(type_qualname(as_type(self))); }
static void type_set_qualname(Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!t->has_flag(kTypeHeapType))
    raisef(exc::TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", std::string(t->type_name()).c_str());
  if (!v || !is_str(v))
    raisef(exc::TypeError, "can only assign string to %s.__qualname__, not '%s'", std::string(t->type_name()).c_str(),
           v ? std::string(type_name(v)).c_str() : "NoneType");
  t->heap_qualname = std::string(str_view(v));
}
static Ref type_get_module(Value self) {
  TypeObject* t = as_type(self);
  if (t->has_flag(kTypeHeapType)) {
    Value m = t->dict ? dict_get_str(t->dict, "__module__") : Value();
    if (!m) raise_attribute_error(self, name("__module__"), "__module__");
    return Ref(m);
  }
  return str_new(type_module_name(t));
}
static void type_set_module(Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!t->has_flag(kTypeHeapType))
    raisef(exc::TypeError, "cannot set '__module__' attribute of immutable type '%s'", std::string(t->type_name()).c_str());
  if (!v) raisef(exc::TypeError, "cannot delete '__module__' attribute of immutable type '%s'", std::string(t->type_name()).c_str());
  dict_set_str(t->dict, "__module__", v);
  type_modified(t);
}
static Ref type_get_mro(Value self) {
  Value m = as_type(self)->mro;
  return Ref(m ? m : None());
}
static Ref type_get_bases(Value self) {
  Value b = as_type(self)->bases;
  return b ? Ref(b) : empty_tuple();
}
static Ref type_get_base(Value self) {
  TypeObject* b = as_type(self)->base;
  return Ref(b ? type_value(b) : None());
}
// A read-only view: class namespaces change only through type_setattro, which keeps the
// method cache and the dunder slots in step.
static Ref type_get_dict(Value self) {
  Value d = as_type(self)->dict;
  return d ? mappingproxy_new(d) : Ref(None());
}
static Ref type_get_doc(Value self) {
  TypeObject* t = as_type(self);
  if (t->dict) {
    Value d = dict_get_str(t->dict, "__doc__");
    if (d) {
      DescrGetSlot g = type_of(d)->descr_get;
      if (g && t->has_flag(kTypeHeapType)) return g(d, Value(), self);
      return Ref(d);
    }
  }
  return Ref(None());
}
static void type_set_doc(Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!t->has_flag(kTypeHeapType))
    raisef(exc::TypeError, "cannot set '__doc__' attribute of immutable type '%s'", std::string(t->type_name()).c_str());
  dict_set_str(t->dict, "__doc__", v ? v : None());
  type_modified(t);
}
static Ref type_get_abstractmethods(Value self) {
  TypeObject* t = as_type(self);
  Value v = (t != &TypeType && t->dict) ? dict_get_str(t->dict, "__abstractmethods__") : Value();
  if (!v) raise_attribute_error(self, name("__abstractmethods__"), "__abstractmethods__");
  return Ref(v);
}
static void type_set_abstractmethods(Value self, Value v) {
  TypeObject* t = as_type(self);
  if (!t->has_flag(kTypeHeapType)) raise(exc::TypeError, "cannot set '__abstractmethods__' attribute of immutable type");
  bool abstract = false;
  if (v) {
    dict_set_str(t->dict, "__abstractmethods__", v);
    abstract = is_true(v);
  } else {
    if (!dict_get_str(t->dict, "__abstractmethods__"))
      raise_attribute_error(self, name("__abstractmethods__"), "__abstractmethods__");
    Ref key = str_new("__abstractmethods__");
    dict_del(t->dict, key);
  }
  if (abstract) t->flags |= kTypeAbstract; else t->flags &= ~kTypeAbstract;
  type_modified(t);
}

static const GetSetDef kTypeGetSets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro},
    {"__bases__", type_get_bases},
    {"__base__", type_get_base},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {nullptr, nullptr}};

static Ref type_mro_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("mro", nargs, 0, 0);
  Value m = as_type(self)->mro;
  return m ? list_from_iterable(m) : list_new();
}
static Ref type_subclasses_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__subclasses__", nargs, 0, 0);
  return type_subclasses(as_type(self));
}
static Ref type_instancecheck(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__instancecheck__", nargs, 1, 1);
  return Ref(bool_value(isinstance(args[0], as_type(self))));
}
static Ref type_subclasscheck(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__subclasscheck__", nargs, 1, 1);
  if (!is_type(args[0])) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  return Ref(bool_value(is_subtype(as_type(args[0]), as_type(self))));
}
static Ref type_prepare(Value self, const Value* args, size_t nargs, Value kwnames) { return dict_new(); }
static Ref type_dir(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__dir__", nargs, 0, 0);
  Ref names = dict_new();
  merge_class_dict(names, as_type(self));
  return dict_keys_list(names);
}
static Ref type_sizeof(Value self, const Value* args, size_t nargs, Value kwnames) {
  return int_from_i64(int64_t(sizeof(TypeObject)));
}

static const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method},
    {"__subclasses__", type_subclasses_method},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {"__prepare__", type_prepare, kMethodClass},
    {"__dir__", type_dir},
    {"__sizeof__", type_sizeof},
    {nullptr, nullptr}};


// ---- None, NotImplemented, Ellipsis -------------------------------------------------------------

static Ref none_repr(Value) { return str_from_ascii("None"); }
static bool none_bool(Value) { return false; }
static int64_t none_hash(Value v) { return hash_pointer(v.as_object()); }
static Ref none_new(TypeObject*, const Value*, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames))) raise(exc::TypeError, "NoneType takes no arguments");
  return Ref(None());
}
static Ref notimpl_repr(Value) { return str_from_ascii("NotImplemented"); }
static Ref notimpl_new(TypeObject*, const Value*, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames))) raise(exc::TypeError, "NotImplementedType takes no arguments");
  return Ref(NotImplemented());
}
static bool notimpl_bool(Value) {
  // 3.11 only warns (a DeprecationWarning, shown by default for __main__ code); the value is true.
  warn(exc::DeprecationWarning, "NotImplemented should not be used in a boolean context");
  return true;
}
static Ref ellipsis_repr(Value) { return str_from_ascii("Ellipsis"); }
static Ref ellipsis_new(TypeObject*, const Value*, size_t nargs, Value kwnames) {
  if (nargs || (kwnames && tuple_size(kwnames))) raise(exc::TypeError, "EllipsisType takes no arguments");
  return Ref(Ellipsis());
}
static Ref singleton_reduce(Value self, const Value*, size_t, Value) {
  return str_from_ascii(self == NotImplemented() ? "NotImplemented" : "Ellipsis");
}
static const MethodDef kSingletonMethods[] = {{"__reduce__", singleton_reduce}, {nullptr, nullptr}};

static void no_dealloc(Object*) {}  // immortal singletons are never freed

void init_object_type() {
  ObjectType.name = "object";
  ObjectType.flags = kTypeBaseType;
  ObjectType.basicsize = sizeof(Object);
  ObjectType.dealloc = dealloc_as<Object>;
  ObjectType.new_ = object_new;
  ObjectType.init = object_init;
  ObjectType.repr = object_repr;
  ObjectType.str = object_str;
  ObjectType.hash = object_hash;
  ObjectType.richcompare = object_richcompare;
  ObjectType.getattr = generic_getattr;
  ObjectType.setattr = generic_setattr;
  ObjectType.methods = kObjectMethods;
  ObjectType.getsets = kObjectGetSets;
  static_type_declare(&ObjectType);

  TypeType.name = "type";
  TypeType.base = &ObjectType;
  TypeType.flags = kTypeBaseType | kTypeTypeSubclass | kTypeGC | kTypeVarSize;  // GC for heap types only
  TypeType.traverse = type_traverse;
  TypeType.clear = type_clear;
  TypeType.basicsize = sizeof(TypeObject);
  TypeType.dealloc = type_dealloc;
  TypeType.new_ = type_new_slot;
  TypeType.init = type_init;
  TypeType.call = type_call;
  TypeType.repr = type_repr;
  TypeType.getattr = type_getattro;
  TypeType.setattr = type_setattro;
  TypeType.methods = kTypeMethods;
  TypeType.getsets = kTypeGetSets;
  static_type_declare(&TypeType);

  NoneType.name = "NoneType";
  NoneType.basicsize = sizeof(NoneObject);
  NoneType.dealloc = no_dealloc;
  NoneType.repr = none_repr;
  NoneType.nb_bool = none_bool;
  NoneType.hash = none_hash;
  NoneType.new_ = none_new;
  static_type_declare(&NoneType);

  NotImplementedType.name = "NotImplementedType";
  NotImplementedType.basicsize = sizeof(Object);
  NotImplementedType.dealloc = no_dealloc;
  NotImplementedType.repr = notimpl_repr;
  NotImplementedType.nb_bool = notimpl_bool;
  NotImplementedType.new_ = notimpl_new;
  NotImplementedType.methods = kSingletonMethods;
  static_type_declare(&NotImplementedType);

  EllipsisType.name = "ellipsis";
  EllipsisType.basicsize = sizeof(Object);
  EllipsisType.dealloc = no_dealloc;
  EllipsisType.repr = ellipsis_repr;
  EllipsisType.new_ = ellipsis_new;
  EllipsisType.methods = kSingletonMethods;
  static_type_declare(&EllipsisType);
}

}  // namespace minipy
