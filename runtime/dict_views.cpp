// dict views (keys/values/items) and the dict iterators.
#include "runtime/containers_internal.h"
#include "runtime/dict_internal.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject DictKeysType, DictValuesType, DictItemsType;
TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

// ---- iterators ------------------------------------------------------------------------------------

namespace {

struct DictIterObject : Object {
  Ref dict;    // null once exhausted
  size_t pos;  // next entry (forward) or one past it (reverse)
  int64_t used;  // the dict's size when iteration started; -1 after a size change was reported
  int64_t len;   // items still expected: finding one more means the keys changed underneath
};

enum class Kind { Keys, Values, Items };

Kind kind_of(TypeObject* t) {
  if (t == &DictKeyIterType || t == &DictRevKeyIterType) return Kind::Keys;
  if (t == &DictValueIterType || t == &DictRevValueIterType) return Kind::Values;
  return Kind::Items;
}
bool is_reverse(TypeObject* t) {
  return t == &DictRevKeyIterType || t == &DictRevValueIterType || t == &DictRevItemIterType;
}

Ref dictiter_next(Value self) {
  auto* it = static_cast<DictIterObject*>(self.as_object());
  if (!it->dict) return Ref();
  DictObject* d = as_dict(it->dict);
  if (it->used != int64_t(d->used)) {
    it->used = -1;
    raise(exc::RuntimeError, "dictionary changed size during iteration");
  }
  DictEntry* e = nullptr;
  if (is_reverse(self.as_object()->type)) {
    while (it->pos > 0) {
      size_t p = --it->pos;
      if (p < d->entries.size() && d->entries[p].key) {
        e = &d->entries[p];
        break;
      }
    }
  } else {
    while (it->pos < d->entries.size()) {
      DictEntry& c = d->entries[it->pos++];
      if (c.key) {
        e = &c;
        break;
      }
    }
  }
  if (!e) {
    it->dict.reset();
    return Ref();
  }
  if (it->len <= 0) {
    it->dict.reset();
    raise(exc::RuntimeError, "dictionary keys changed during iteration");
  }
  it->len--;
  switch (kind_of(self.as_object()->type)) {
    case Kind::Keys: return e->key;
    case Kind::Values: return e->value;
    default: return tuple_from({e->key.get(), e->value.get()});
  }
}

Ref dictiter_self(Value self) { return Ref(self); }

void dictiter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<DictIterObject*>(o);
  if (it->dict) visit(it->dict, arg);
}
void dictiter_clear(Object* o) { static_cast<DictIterObject*>(o)->dict.reset(); }

Ref dictiter_length_hint(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* it = static_cast<DictIterObject*>(self.as_object());
  if (!it->dict || it->used != int64_t(as_dict(it->dict)->used)) return Ref(Value::small_int(0));
  // Entries left (approximate with holes, exact without).
  DictObject* d = as_dict(it->dict);
  size_t n = 0;
  if (is_reverse(self.as_object()->type)) {
    for (size_t p = 0; p < it->pos && p < d->entries.size(); p++) n += d->entries[p].key ? 1 : 0;
  } else {
    for (size_t p = it->pos; p < d->entries.size(); p++) n += d->entries[p].key ? 1 : 0;
  }
  return int_from_i64(int64_t(n));
}

const MethodDef kDictIterMethods[] = {{"__length_hint__", dictiter_length_hint}, {}};

void init_iter_type(TypeObject& t, const char* name) {
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = name;
  t.base = &ObjectType;
  t.flags = kTypeGC | kTypeImmutable;
  t.basicsize = sizeof(DictIterObject);
  t.dealloc = dealloc_as<DictIterObject>;
  t.traverse = dictiter_traverse;
  t.clear = dictiter_clear;
  t.iter = dictiter_self;
  t.iternext = dictiter_next;
  t.methods = kDictIterMethods;
  static_type_declare(&t);
}

}  // namespace

Ref dict_iter_new(Value d, TypeObject* kind) {
  Ref r = new_object<DictIterObject>(kind);
  auto* it = r.as<DictIterObject>();
  it->dict = Ref(d);
  it->pos = is_reverse(kind) ? as_dict(d)->entries.size() : 0;
  it->used = int64_t(as_dict(d)->used);
  it->len = it->used;
  return r;
}

// ---- views ----------------------------------------------------------------------------------------

namespace {

inline Value view_dict(Value v) { return static_cast<DictViewObject*>(v.as_object())->dict; }
bool is_set_view(Value v) {
  TypeObject* t = type_of(v);
  return t == &DictKeysType || t == &DictItemsType;
}
bool is_any_set(Value v) { return isinstance(v, &SetType) || isinstance(v, &FrozenSetType); }

void view_traverse(Object* o, VisitFn visit, void* arg) {
  auto* v = static_cast<DictViewObject*>(o);
  if (v->dict) visit(v->dict, arg);
}
void view_clear(Object* o) { static_cast<DictViewObject*>(o)->dict.reset(); }

int64_t view_len(Value self) { return int64_t(dict_size(view_dict(self))); }

Ref keys_iter(Value self) { return dict_iter_new(view_dict(self), &DictKeyIterType); }
Ref values_iter(Value self) { return dict_iter_new(view_dict(self), &DictValueIterType); }
Ref items_iter(Value self) { return dict_iter_new(view_dict(self), &DictItemIterType); }

bool keys_contains(Value self, Value key) { return dict_contains_key(view_dict(self), key); }
bool items_contains(Value self, Value item) {
  if (!is_tuple(item) || tuple_size(item) != 2) return false;
  Value v = dict_get(view_dict(self), tuple_item(item, 0));
  if (!v) return false;
  Ref hold(v);
  return rich_compare_bool(hold, tuple_item(item, 1), CmpOp::Eq);
}

Ref view_repr(Value self) {
  ReprGuard guard(self.as_object());
  std::string tn(type_name(self));
  if (guard.recursive()) return str_new("...");
  Ref lst = list_from_iterable(self);
  return str_new(tn + "(" + repr_utf8(lst) + ")");
}

bool all_contained_in(Value a, Value b) {
  Ref it = get_iter(a);
  while (Ref x = iter_next(it))
    if (!contains(b, x)) return false;
  return true;
}

Ref view_richcompare(Value a, Value b, CmpOp op) {
  if (!is_any_set(b) && !is_set_view(b)) return not_implemented();
  int64_t la = length(a), lb = length(b);
  bool ok = false;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      if (la == lb) ok = all_contained_in(a, b);
      if (op == CmpOp::Ne) ok = !ok;
      break;
    case CmpOp::Lt: if (la < lb) ok = all_contained_in(a, b); break;
    case CmpOp::Le: if (la <= lb) ok = all_contained_in(a, b); break;
    case CmpOp::Gt: if (la > lb) ok = all_contained_in(b, a); break;
    case CmpOp::Ge: if (la >= lb) ok = all_contained_in(b, a); break;
  }
  return Ref(bool_value(ok));
}

// set(view); for the keys of an exact dict, set(dict) (its presizing decides the set's order).
Ref view_to_set(Value v) {
  if (type_of(v) == &DictKeysType && is_exact_dict(view_dict(v))) return set_from_iterable(view_dict(v));
  return set_from_iterable(v);
}

Ref views_and(Value a, Value b) {
  Value self = a, other = b;
  if (!is_set_view(self)) std::swap(self, other);
  if (!is_set_view(self)) return not_implemented();
  int64_t len_self = length(self);
  if (type_of(other) == &SetType && len_self <= length(other))
    return call_method(other, "intersection", {self});
  if (is_set_view(other) && length(other) > len_self) std::swap(self, other);
  Ref result = set_new();
  Ref it = get_iter(other);
  bool keys = type_of(self) == &DictKeysType;
  while (Ref x = iter_next(it)) {
    bool in = keys ? keys_contains(self, x) : items_contains(self, x);
    if (in) set_add(result, x);
  }
  return result;
}

Ref views_or(Value a, Value b) {
  if (!is_set_view(a) && !is_set_view(b)) return not_implemented();
  Ref r = view_to_set(a);
  set_update_from(r, b);
  return r;
}

Ref views_sub(Value a, Value b) {
  if (!is_set_view(a) && !is_set_view(b)) return not_implemented();
  Ref r = view_to_set(a);
  set_difference_update_from(r, b);
  return r;
}

Ref views_xor(Value a, Value b) {
  if (!is_set_view(a) && !is_set_view(b)) return not_implemented();
  Ref r = view_to_set(a);
  set_symmetric_difference_update_from(r, b);
  return r;
}

Ref view_isdisjoint(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("isdisjoint", kwnames);
  check_nargs("isdisjoint", nargs, 1, 1);
  Value other = args[0];
  Value a = self, b = other;
  if (a == b) return Ref(bool_value(length(a) == 0));
  if ((is_any_set(b) || is_set_view(b)) && length(b) > length(a)) std::swap(a, b);
  Ref it = get_iter(b);
  while (Ref x = iter_next(it))
    if (contains(a, x)) return Ref(False());
  return Ref(True());
}

Ref keys_reversed(Value self, const Value* args, size_t nargs, Value kwnames) {
  return dict_iter_new(view_dict(self), &DictRevKeyIterType);
}
Ref values_reversed(Value self, const Value* args, size_t nargs, Value kwnames) {
  return dict_iter_new(view_dict(self), &DictRevValueIterType);
}
Ref items_reversed(Value self, const Value* args, size_t nargs, Value kwnames) {
  return dict_iter_new(view_dict(self), &DictRevItemIterType);
}

Ref view_mapping(Value self) {
  // CPython returns a read-only mappingproxy; the dict itself is the closest we have.
  return Ref(view_dict(self));
}

const MethodDef kKeysMethods[] = {{"isdisjoint", view_isdisjoint}, {"__reversed__", keys_reversed}, {}};
const MethodDef kItemsMethods[] = {{"isdisjoint", view_isdisjoint}, {"__reversed__", items_reversed}, {}};
const MethodDef kValuesMethods[] = {{"__reversed__", values_reversed}, {}};
const GetSetDef kViewGetSets[] = {{"mapping", view_mapping}, {}};

void init_view_type(TypeObject& t, const char* name, bool setlike) {
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = name;
  t.base = &ObjectType;
  t.flags = kTypeGC | kTypeImmutable;
  t.basicsize = sizeof(DictViewObject);
  t.dealloc = dealloc_as<DictViewObject>;
  t.traverse = view_traverse;
  t.clear = view_clear;
  t.repr = view_repr;
  t.len = view_len;
  t.getsets = kViewGetSets;
  if (setlike) {
    t.hash = hash_not_implemented;
    t.richcompare = view_richcompare;
    t.nb[int(BinOp::And)] = views_and;
    t.nb[int(BinOp::Or)] = views_or;
    t.nb[int(BinOp::Sub)] = views_sub;
    t.nb[int(BinOp::Xor)] = views_xor;
  }
}

}  // namespace

Ref dict_view_new(Value d, TypeObject* type) {
  Ref v = new_object<DictViewObject>(type);
  v.as<DictViewObject>()->dict = Ref(d);
  return v;
}

void init_dict_view_types() {
  init_view_type(DictKeysType, "dict_keys", true);
  DictKeysType.iter = keys_iter;
  DictKeysType.contains = keys_contains;
  DictKeysType.methods = kKeysMethods;
  static_type_declare(&DictKeysType);
  init_view_type(DictItemsType, "dict_items", true);
  DictItemsType.iter = items_iter;
  DictItemsType.contains = items_contains;
  DictItemsType.methods = kItemsMethods;
  static_type_declare(&DictItemsType);
  init_view_type(DictValuesType, "dict_values", false);
  DictValuesType.iter = values_iter;
  DictValuesType.methods = kValuesMethods;
  static_type_declare(&DictValuesType);

  init_iter_type(DictKeyIterType, "dict_keyiterator");
  init_iter_type(DictValueIterType, "dict_valueiterator");
  init_iter_type(DictItemIterType, "dict_itemiterator");
  init_iter_type(DictRevKeyIterType, "dict_reversekeyiterator");
  init_iter_type(DictRevValueIterType, "dict_reversevalueiterator");
  init_iter_type(DictRevItemIterType, "dict_reverseitemiterator");
}

}  // namespace minipy
