// The functools module (the commonly used part): reduce, partial, update_wrapper/wraps,
// total_ordering, cmp_to_key, lru_cache/cache and cached_property, with CPython's semantics.
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/mappingproxy.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

TypeObject PartialType, KeyWrapperType, LruCacheWrapperType, CachedPropertyType, CacheInfoType;

namespace {

std::string tn(Value v) { return std::string(type_name(v)); }
size_t nkw(Value kwnames) { return kwnames ? tuple_size(kwnames) : 0; }

// ---- reduce ------------------------------------------------------------------------------------

Ref f_reduce(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("reduce", kwnames);
  check_nargs("reduce", nargs, 2, 3);
  Ref it = get_iter(args[1]);
  Ref acc = nargs == 3 ? Ref(args[2]) : Ref();
  while (Ref x = iter_next(it)) {
    if (!acc) {
      acc = x;
      continue;
    }
    acc = call(args[0], {acc, x});
  }
  if (!acc) raise(exc::TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

// ---- partial -----------------------------------------------------------------------------------

struct PartialObject : Object {
  Ref func, args, kw;  // tuple, dict
};
PartialObject* as_partial(Value v) { return static_cast<PartialObject*>(v.as_object()); }

Ref partial_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (nargs < 1) raise(exc::TypeError, "type 'partial' takes at least one argument");
  if (!is_callable(args[0])) raise(exc::TypeError, "the first argument must be callable");
  Ref self = new_object<PartialObject>(type);
  auto* p = as_partial(self);
  Value func = args[0];
  Ref pargs = tuple_from_array(args + 1, nargs - 1);
  Ref kw = dict_new();
  // partial(partial(f, 1), 2) flattens.
  if (type_of(func) == &PartialType) {
    auto* inner = as_partial(func);
    std::vector<Value> all;
    for (size_t i = 0; i < tuple_size(inner->args); ++i) all.push_back(tuple_item(inner->args, i));
    for (size_t i = 1; i < nargs; ++i) all.push_back(args[i]);
    pargs = tuple_from_array(all.data(), all.size());
    dict_update(kw, inner->kw);
    func = inner->func;
  }
  for (size_t i = 0; i < nkw(kwnames); ++i) dict_set(kw, tuple_item(kwnames, i), args[nargs + i]);
  p->func = Ref(func);
  p->args = pargs;
  p->kw = kw;
  return self;
}

Ref partial_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* p = as_partial(self);
  Ref func = p->func, pargs = p->args, pkw = p->kw;
  std::vector<Value> all;
  for (size_t i = 0; i < tuple_size(pargs); ++i) all.push_back(tuple_item(pargs, i));
  for (size_t i = 0; i < nargs; ++i) all.push_back(args[i]);
  size_t npos = all.size();
  Ref merged = dict_copy(pkw);
  for (size_t i = 0; i < nkw(kwnames); ++i) dict_set(merged, tuple_item(kwnames, i), args[nargs + i]);
  std::vector<Value> names;
  size_t pos = 0;
  Value k, v;
  while (dict_next(merged, pos, k, v)) {
    names.push_back(k);
    all.push_back(v);
  }
  Ref kwn = names.empty() ? Ref() : tuple_from_array(names.data(), names.size());
  return call(func, all.data(), npos, kwn);
}

Ref partial_repr(Value self) {
  auto* p = as_partial(self);
  std::string s = (type_of(self) == &PartialType ? std::string("functools.partial") : type_full_name(type_of(self))) +
                  "(" + repr_utf8(p->func);
  for (size_t i = 0; i < tuple_size(p->args); ++i) s += ", " + repr_utf8(tuple_item(p->args, i));
  size_t pos = 0;
  Value k, v;
  while (dict_next(p->kw, pos, k, v)) s += ", " + str_utf8(k) + "=" + repr_utf8(v);
  return str_new(s + ")");
}
Ref partial_func(Value self) { return as_partial(self)->func; }
Ref partial_args(Value self) { return as_partial(self)->args; }
Ref partial_keywords(Value self) { return as_partial(self)->kw; }
const GetSetDef kPartialGetSets[] = {
    {"func", partial_func}, {"args", partial_args}, {"keywords", partial_keywords},
    {"__dict__", [](Value s) { return Ref(instance_dict(s, true)); }}, {nullptr, nullptr}};
void partial_traverse(Object* o, VisitFn visit, void* arg) {
  auto* p = static_cast<PartialObject*>(o);
  for (Ref* r : {&p->func, &p->args, &p->kw})
    if (*r) visit(*r, arg);
  if (Ref* d = instance_dict_slot(o); d && *d) visit(*d, arg);
}
void partial_clear(Object* o) {
  auto* p = static_cast<PartialObject*>(o);
  for (Ref* r : {&p->func, &p->args, &p->kw}) r->reset();
  if (Ref* d = instance_dict_slot(o)) d->reset();
}

// ---- update_wrapper / wraps -----------------------------------------------------------------

void do_update_wrapper(Value wrapper, Value wrapped) {
  for (const char* a : {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
    Ref v = getattr_opt(wrapped, name(a));
    if (v) setattr(wrapper, name(a), v);
  }
  Ref wd = getattr_opt(wrapped, name("__dict__"));
  Ref md = getattr_opt(wrapper, name("__dict__"));
  // A class's __dict__ is a mappingproxy: update from the namespace it shows.
  if (wd && type_of(wd) == &MappingProxyType) wd = Ref(static_cast<MappingProxyObject*>(wd.obj())->mapping);
  if (wd && md && is_dict(wd) && is_dict(md)) dict_update(md, wd);
  setattr(wrapper, name("__wrapped__"), wrapped);
}

Ref f_update_wrapper(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("update_wrapper", "wrapper, wrapped, assigned=None, updated=None");
  Value a[4];
  spec.bind(args, nargs, kwnames, a);
  do_update_wrapper(a[0], a[1]);
  return Ref(a[0]);
}

Ref wraps_apply(Value wrapped, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("wraps", nargs, 1, 1);
  do_update_wrapper(args[0], wrapped);
  return Ref(args[0]);
}
const MethodDef kWrapsApply = {"update_wrapper", wraps_apply};

Ref f_wraps(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("wraps", "wrapped, assigned=None, updated=None");
  Value a[3];
  spec.bind(args, nargs, kwnames, a);
  return native_function_new(&kWrapsApply, a[0], Value());
}

// ---- total_ordering ---------------------------------------------------------------------------

Ref root_call(Value self, const char* op, Value other) {
  Value args[1] = {other};
  Ref r = call_special(self, name(op), args, 1);
  return r ? r : Ref(NotImplemented());
}
bool ni(const Ref& r) { return r.get() == NotImplemented(); }

#define DERIVED(fname, root, expr)                                                   \
  Ref fname(Value self, const Value* args, size_t nargs, Value kwnames) {            \
    check_nargs(#fname, nargs, 1, 1);                                                \
    Value other = args[0];                                                           \
    Ref r = root_call(self, root, other);                                            \
    if (ni(r)) return r;                                                             \
    bool op_result = is_true(r);                                                     \
    (void)op_result;                                                                 \
    return Ref(bool_value(expr));                                                    \
  }
DERIVED(gt_from_lt, "__lt__", !op_result && !equals(self, other))
DERIVED(le_from_lt, "__lt__", op_result || equals(self, other))
DERIVED(ge_from_lt, "__lt__", !op_result)
DERIVED(ge_from_le, "__le__", !op_result || equals(self, other))
DERIVED(lt_from_le, "__le__", op_result && !equals(self, other))
DERIVED(gt_from_le, "__le__", !op_result)
DERIVED(lt_from_gt, "__gt__", !op_result && !equals(self, other))
DERIVED(ge_from_gt, "__gt__", op_result || equals(self, other))
DERIVED(le_from_gt, "__gt__", !op_result)
DERIVED(le_from_ge, "__ge__", !op_result || equals(self, other))
DERIVED(gt_from_ge, "__ge__", op_result && !equals(self, other))
DERIVED(lt_from_ge, "__ge__", !op_result)
#undef DERIVED

const MethodDef kFromLt[] = {{"__gt__", gt_from_lt}, {"__le__", le_from_lt}, {"__ge__", ge_from_lt}, {}};
const MethodDef kFromLe[] = {{"__ge__", ge_from_le}, {"__lt__", lt_from_le}, {"__gt__", gt_from_le}, {}};
const MethodDef kFromGt[] = {{"__lt__", lt_from_gt}, {"__ge__", ge_from_gt}, {"__le__", le_from_gt}, {}};
const MethodDef kFromGe[] = {{"__le__", le_from_ge}, {"__gt__", gt_from_ge}, {"__lt__", lt_from_ge}, {}};

Ref f_total_ordering(Value, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("total_ordering", nargs, 1, 1);
  Value cls = args[0];
  if (!is_type(cls)) raise(exc::TypeError, "total_ordering expects a class");
  const char* ops[] = {"__lt__", "__le__", "__gt__", "__ge__"};
  const MethodDef* tables[] = {kFromLt, kFromLe, kFromGt, kFromGe};
  bool defined[4];
  for (int i = 0; i < 4; ++i) {
    Ref mine = getattr_opt(cls, name(ops[i]));
    Ref base = getattr_opt(type_value(&ObjectType), name(ops[i]));
    defined[i] = mine && mine.get() != base.get();
  }
  // CPython picks max(roots) by name: __lt__ > __le__ > __gt__ > __ge__.
  int root = -1;
  for (int i = 0; i < 4 && root < 0; ++i)
    if (defined[i]) root = i;
  if (root < 0) raise(exc::ValueError, "must define at least one ordering operation: < > <= >=");
  for (const MethodDef* d = tables[root]; d->name; ++d) {
    int idx = 0;
    while (std::string_view(ops[idx]) != d->name) ++idx;
    if (defined[idx]) continue;
    setattr(cls, name(d->name), method_descriptor_new(as_type(cls), d));
  }
  return Ref(cls);
}

// ---- cmp_to_key --------------------------------------------------------------------------------

struct KeyWrapperObject : Object {
  Ref cmp, obj;
};
Ref keywrapper_richcompare(Value a, Value b, CmpOp op) {
  if (type_of(b) != &KeyWrapperType) raise(exc::TypeError, "other argument must be K instance");
  auto* x = static_cast<KeyWrapperObject*>(a.as_object());
  auto* y = static_cast<KeyWrapperObject*>(b.as_object());
  Ref r = call(x->cmp, {x->obj, y->obj});
  Ref zero = int_from_i64(0);
  return rich_compare(r, zero, op);
}
Ref keywrapper_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("K", kwnames);
  check_nargs("K", nargs, 1, 1);
  Ref k = new_object<KeyWrapperObject>(&KeyWrapperType);
  auto* w = static_cast<KeyWrapperObject*>(k.obj());
  w->cmp = static_cast<KeyWrapperObject*>(self.as_object())->cmp;
  w->obj = Ref(args[0]);
  return k;
}
Ref keywrapper_obj(Value self) { return static_cast<KeyWrapperObject*>(self.as_object())->obj; }
const GetSetDef kKeyWrapperGetSets[] = {{"obj", keywrapper_obj}, {nullptr, nullptr}};
void keywrapper_traverse(Object* o, VisitFn visit, void* arg) {
  auto* w = static_cast<KeyWrapperObject*>(o);
  if (w->cmp) visit(w->cmp, arg);
  if (w->obj) visit(w->obj, arg);
}
void keywrapper_clear(Object* o) {
  auto* w = static_cast<KeyWrapperObject*>(o);
  w->cmp.reset();
  w->obj.reset();
}
Ref f_cmp_to_key(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("cmp_to_key", "mycmp");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  // The returned callable is a KeyWrapper without an object: calling it wraps one.
  Ref k = new_object<KeyWrapperObject>(&KeyWrapperType);
  static_cast<KeyWrapperObject*>(k.obj())->cmp = Ref(a[0]);
  return k;
}

// ---- lru_cache / cache -------------------------------------------------------------------------

struct LruObject : Object {
  Ref func, cache;  // dict: key -> result, in recency order (oldest first)
  int64_t maxsize;  // -1: unbounded
  bool typed;
  int64_t hits, misses;
};
LruObject* as_lru(Value v) { return static_cast<LruObject*>(v.as_object()); }

Ref make_key(const Value* args, size_t nargs, Value kwnames, bool typed) {
  std::vector<Value> parts(args, args + nargs);
  static Ref mark = tuple_from({});  // separates positional from keyword parts
  size_t n = nkw(kwnames);
  if (n) {
    parts.push_back(mark);
    for (size_t i = 0; i < n; ++i) {
      parts.push_back(tuple_item(kwnames, i));
      parts.push_back(args[nargs + i]);
    }
  }
  if (typed)
    for (size_t i = 0; i < nargs; ++i) parts.push_back(type_value(type_of(args[i])));
  if (parts.size() == 1 && !n && !typed && (is_exact_str(parts[0]) || parts[0].is_small_int())) return Ref(parts[0]);
  return tuple_from_array(parts.data(), parts.size());
}

Ref lru_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* c = as_lru(self);
  Ref keep(self);
  if (c->maxsize == 0) {
    c->misses++;
    return call(c->func, args, nargs, kwnames);
  }
  Ref key = make_key(args, nargs, kwnames, c->typed);
  Ref cache = c->cache;
  if (Value hit = dict_get(cache, key)) {
    Ref result(hit);
    c->hits++;
    if (c->maxsize > 0) {  // move to the most-recent end
      dict_del(cache, key);
      dict_set(cache, key, result);
    }
    return result;
  }
  c->misses++;
  Ref result = call(c->func, args, nargs, kwnames);
  if (!dict_get(cache, key)) {
    if (c->maxsize > 0 && int64_t(dict_size(cache)) >= c->maxsize) {
      size_t pos = 0;
      Value k, v;
      if (dict_next(cache, pos, k, v)) {
        Ref oldest(k);
        dict_del(cache, oldest);
      }
    }
    dict_set(cache, key, result);
  }
  return result;
}

Ref lru_get(Value self, Value obj, Value type) {
  if (!obj) return Ref(self);
  return method_new(self, obj);
}

Ref lru_cache_info(Value self, const Value*, size_t nargs, Value) {
  check_nargs("cache_info", nargs, 0, 0);
  auto* c = as_lru(self);
  Ref info = new_object<LruObject>(&CacheInfoType);  // reuse the layout: hits, misses, maxsize, size
  auto* i = as_lru(info);
  i->hits = c->hits;
  i->misses = c->misses;
  i->maxsize = c->maxsize;
  i->typed = false;
  i->cache = Ref(int_from_i64(int64_t(dict_size(c->cache))));
  return info;
}
Ref lru_cache_clear(Value self, const Value*, size_t nargs, Value) {
  check_nargs("cache_clear", nargs, 0, 0);
  auto* c = as_lru(self);
  dict_clear(c->cache);
  c->hits = c->misses = 0;
  return Ref(None());
}
const MethodDef kLruMethods[] = {{"cache_info", lru_cache_info}, {"cache_clear", lru_cache_clear}, {nullptr, nullptr}};
Ref lru_repr(Value self) {
  return str_new("<functools._lru_cache_wrapper object at " + address_string(self.as_object()) + ">");
}
void lru_traverse(Object* o, VisitFn visit, void* arg) {
  auto* c = static_cast<LruObject*>(o);
  if (c->func) visit(c->func, arg);
  if (c->cache) visit(c->cache, arg);
  if (Ref* d = instance_dict_slot(o); d && *d) visit(*d, arg);
}
void lru_clear(Object* o) {
  auto* c = static_cast<LruObject*>(o);
  c->func.reset();
  c->cache.reset();
  if (Ref* d = instance_dict_slot(o)) d->reset();
}
const GetSetDef kLruGetSets[] = {{"__dict__", [](Value s) { return Ref(instance_dict(s, true)); }}, {nullptr, nullptr}};

Ref info_repr(Value self) {
  auto* i = as_lru(self);
  std::string max = i->maxsize < 0 ? "None" : std::to_string(i->maxsize);
  return str_new("CacheInfo(hits=" + std::to_string(i->hits) + ", misses=" + std::to_string(i->misses) +
                 ", maxsize=" + max + ", currsize=" + repr_utf8(i->cache) + ")");
}
Ref info_hits(Value s) { return int_from_i64(as_lru(s)->hits); }
Ref info_misses(Value s) { return int_from_i64(as_lru(s)->misses); }
Ref info_maxsize(Value s) { return as_lru(s)->maxsize < 0 ? Ref(None()) : int_from_i64(as_lru(s)->maxsize); }
Ref info_currsize(Value s) { return as_lru(s)->cache; }
const GetSetDef kInfoGetSets[] = {{"hits", info_hits},
                                  {"misses", info_misses},
                                  {"maxsize", info_maxsize},
                                  {"currsize", info_currsize},
                                  {nullptr, nullptr}};

Ref wrap_lru(Value func, int64_t maxsize, bool typed) {
  Ref w = new_object<LruObject>(&LruCacheWrapperType);
  auto* c = as_lru(w);
  c->func = Ref(func);
  c->cache = dict_new();
  c->maxsize = maxsize;
  c->typed = typed;
  do_update_wrapper(w, func);
  return w;
}

struct LruSettings {
  int64_t maxsize;
  bool typed;
};
Ref lru_decorate(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("lru_cache", nargs, 1, 1);
  // self is a tuple (maxsize or None, typed)
  Value ms = tuple_item(self, 0);
  int64_t maxsize = is_none(ms) ? -1 : index_as_int64(ms, nullptr);
  if (maxsize < 0 && !is_none(ms)) maxsize = 0;
  return wrap_lru(args[0], maxsize, is_true(tuple_item(self, 1)));
}
const MethodDef kLruDecorate = {"decorating_function", lru_decorate};

Ref f_lru_cache(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("lru_cache", "maxsize=128, typed=False");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  Value maxsize = a[0] ? a[0] : Value::small_int(128);
  Value typed = a[1] ? a[1] : False();
  if (is_callable(maxsize) && !is_int(maxsize)) return wrap_lru(maxsize, 128, is_true(typed));
  if (!is_none(maxsize) && !is_int(maxsize)) raise(exc::TypeError, "Expected first argument to be an integer, a callable, or None");
  Ref settings = tuple_from({maxsize, typed});
  return native_function_new(&kLruDecorate, settings, Value());
}

Ref f_cache(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("cache", kwnames);
  check_nargs("cache", nargs, 1, 1);
  return wrap_lru(args[0], -1, false);
}

// ---- cached_property ------------------------------------------------------------------------

struct CachedPropertyObject : Object {
  Ref func, attrname;
};
CachedPropertyObject* as_cp(Value v) { return static_cast<CachedPropertyObject*>(v.as_object()); }
Ref cp_new(TypeObject* type, const Value*, size_t, Value) { return new_object<CachedPropertyObject>(type); }
void cp_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("cached_property", kwnames);
  check_nargs("cached_property", nargs, 1, 1);
  as_cp(self)->func = Ref(args[0]);
  Ref doc = getattr_opt(args[0], name("__doc__"));
  if (Value d = instance_dict(self, true)) dict_set_str(d, "__doc__", doc ? doc.get() : None());
}
Ref cp_set_name(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__set_name__", nargs, 2, 2);
  auto* cp = as_cp(self);
  if (!cp->attrname) {
    cp->attrname = Ref(args[1]);
  } else if (!equals(cp->attrname, args[1])) {
    raisef(exc::TypeError, "Cannot assign the same cached_property to two different names (%s and %s).",
           repr_utf8(cp->attrname).c_str(), repr_utf8(args[1]).c_str());
  }
  return Ref(None());
}
Ref cp_get(Value self, Value obj, Value type) {
  if (!obj) return Ref(self);
  auto* cp = as_cp(self);
  if (!cp->attrname) raise(exc::TypeError, "Cannot use cached_property instance without calling __set_name__ on it.");
  Value dict = instance_dict(obj, true);
  if (!dict) {
    raisef(exc::TypeError, "No '__dict__' attribute on %s instance to cache %s property.",
           repr_utf8(type_value(type_of(obj))).c_str(), repr_utf8(cp->attrname).c_str());
  }
  if (Value v = dict_get(dict, cp->attrname)) return Ref(v);
  Ref f = cp->func;
  Ref val = call(f, {obj});
  dict_set(dict, cp->attrname, val);
  return val;
}
const MethodDef kCachedPropertyMethods[] = {{"__set_name__", cp_set_name}, {nullptr, nullptr}};
Ref cp_func(Value s) { return as_cp(s)->func; }
Ref cp_attrname(Value s) { return as_cp(s)->attrname ? as_cp(s)->attrname : Ref(None()); }
const GetSetDef kCachedPropertyGetSets[] = {{"func", cp_func}, {"attrname", cp_attrname},
                                            {"__dict__", [](Value s) { return Ref(instance_dict(s, true)); }},
                                            {nullptr, nullptr}};
void cp_traverse(Object* o, VisitFn visit, void* arg) {
  auto* c = static_cast<CachedPropertyObject*>(o);
  if (c->func) visit(c->func, arg);
  if (Ref* d = instance_dict_slot(o); d && *d) visit(*d, arg);
}
void cp_clear(Object* o) {
  static_cast<CachedPropertyObject*>(o)->func.reset();
  if (Ref* d = instance_dict_slot(o)) d->reset();
}

// ---- types and module ----------------------------------------------------------------------------

void init_functools_types() {
  PartialType.name = "functools.partial";
  PartialType.basicsize = sizeof(PartialObject) + sizeof(Ref);
  PartialType.dictoffset = sizeof(PartialObject);
  PartialType.flags = kTypeBaseType | kTypeGC;
  PartialType.dealloc = dealloc_as<PartialObject>;
  PartialType.traverse = partial_traverse;
  PartialType.clear = partial_clear;
  PartialType.new_ = partial_new;
  PartialType.call = partial_call;
  PartialType.repr = partial_repr;
  PartialType.getsets = kPartialGetSets;
  static_type_declare(&PartialType);

  KeyWrapperType.name = "functools.KeyWrapper";
  KeyWrapperType.basicsize = sizeof(KeyWrapperObject);
  KeyWrapperType.flags = kTypeGC;
  KeyWrapperType.dealloc = dealloc_as<KeyWrapperObject>;
  KeyWrapperType.traverse = keywrapper_traverse;
  KeyWrapperType.clear = keywrapper_clear;
  KeyWrapperType.richcompare = keywrapper_richcompare;
  KeyWrapperType.hash = hash_not_implemented;
  KeyWrapperType.call = keywrapper_call;
  KeyWrapperType.getsets = kKeyWrapperGetSets;
  static_type_declare(&KeyWrapperType);

  LruCacheWrapperType.name = "functools._lru_cache_wrapper";
  LruCacheWrapperType.basicsize = sizeof(LruObject) + sizeof(Ref);
  LruCacheWrapperType.dictoffset = sizeof(LruObject);
  LruCacheWrapperType.flags = kTypeGC;
  LruCacheWrapperType.dealloc = dealloc_as<LruObject>;
  LruCacheWrapperType.traverse = lru_traverse;
  LruCacheWrapperType.clear = lru_clear;
  LruCacheWrapperType.call = lru_call;
  LruCacheWrapperType.descr_get = lru_get;
  LruCacheWrapperType.repr = lru_repr;
  LruCacheWrapperType.methods = kLruMethods;
  LruCacheWrapperType.getsets = kLruGetSets;
  static_type_declare(&LruCacheWrapperType);

  CacheInfoType.name = "functools.CacheInfo";
  CacheInfoType.basicsize = sizeof(LruObject);
  CacheInfoType.dealloc = dealloc_as<LruObject>;
  CacheInfoType.repr = info_repr;
  CacheInfoType.getsets = kInfoGetSets;
  static_type_declare(&CacheInfoType);

  CachedPropertyType.name = "functools.cached_property";
  CachedPropertyType.basicsize = sizeof(CachedPropertyObject) + sizeof(Ref);
  CachedPropertyType.dictoffset = sizeof(CachedPropertyObject);
  CachedPropertyType.flags = kTypeBaseType | kTypeGC;
  CachedPropertyType.dealloc = dealloc_as<CachedPropertyObject>;
  CachedPropertyType.traverse = cp_traverse;
  CachedPropertyType.clear = cp_clear;
  CachedPropertyType.new_ = cp_new;
  CachedPropertyType.init = cp_init;
  CachedPropertyType.descr_get = cp_get;
  CachedPropertyType.methods = kCachedPropertyMethods;
  CachedPropertyType.getsets = kCachedPropertyGetSets;
  static_type_declare(&CachedPropertyType);
}
TypeInitHook functools_hook(&init_functools_types);

const MethodDef kFunctoolsFunctions[] = {
    {"reduce", f_reduce},
    {"update_wrapper", f_update_wrapper},
    {"wraps", f_wraps},
    {"total_ordering", f_total_ordering},
    {"cmp_to_key", f_cmp_to_key},
    {"lru_cache", f_lru_cache},
    {"cache", f_cache},
    {nullptr, nullptr}};

Ref make_functools_module() {
  Ref m = module_new("functools");
  module_add_functions(m, kFunctoolsFunctions);
  Value d = module_dict(m);
  dict_set_str(d, "partial", type_value(&PartialType));
  dict_set_str(d, "cached_property", type_value(&CachedPropertyType));
  dict_set_str(d, "WRAPPER_ASSIGNMENTS",
               tuple_from({str_new("__module__"), str_new("__name__"), str_new("__qualname__"), str_new("__doc__"),
                           str_new("__annotations__")}));
  dict_set_str(d, "WRAPPER_UPDATES", tuple_from({str_new("__dict__")}));
  return m;
}
BuiltinModule reg_functools("functools", &make_functools_module);

}  // namespace

}  // namespace minipy
