// dict: CPython's compact, insertion-ordered hash table (see dict_internal.h for the layout).
//
// Lookups compare interned/identical keys by pointer, exact strs by content without calling
// Python, and everything else with ==; a comparison that mutates the dict restarts the lookup.
#include <algorithm>

#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
#include "runtime/dict_internal.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject DictType;

namespace {

constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;
constexpr size_t kMinSize = kDictInlineSlots;  // the first table fits the inline storage

uint64_t g_dict_version = 0;  // global, so a version identifies one state of one dict

inline void bump(DictObject* d) { d->version = ++g_dict_version; }
inline size_t usable(size_t cap) { return (cap << 1) / 3; }

// Find `key`. Returns the entry index or -1; *slot receives the index-table slot of the entry
// (found) or of the first empty slot (not found, for insertion).
int64_t lookup(DictObject* d, Value key, int64_t hash, size_t* slot) {
restart:
  if (d->indices.empty()) return -1;
  size_t mask = d->indices.size() - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  for (;;) {
    int32_t ix = d->indices[i];
    if (ix == kEmpty) {
      if (slot) *slot = i;
      return -1;
    }
    if (ix >= 0) {
      DictEntry& e = d->entries[size_t(ix)];
      Value k = e.key;
      if (k == key) {
        if (slot) *slot = i;
        return ix;
      }
      if (e.hash == hash) {
        if (is_exact_str(k) && is_exact_str(key)) {
          if (str_equal(k, key)) {
            if (slot) *slot = i;
            return ix;
          }
        } else {
          Ref hold(k);
          uint64_t version = d->version;
          bool eq = rich_compare_bool(hold, key, CmpOp::Eq);
          if (d->version != version) goto restart;
          if (eq) {
            if (slot) *slot = i;
            return ix;
          }
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

size_t find_empty_slot(DictObject* d, int64_t hash) {
  size_t mask = d->indices.size() - 1;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  while (d->indices[i] >= 0 || d->indices[i] == kDummy) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuild the table with room for `minsize` (compacting away deleted entries).
void resize(DictObject* d, size_t minsize) {
  size_t cap = kMinSize;
  while (cap < minsize) cap <<= 1;
  if (d->entries.empty()) {  // a new dict's first table: nothing to carry over
    d->indices.assign(cap, kEmpty);
    d->entries.reserve(usable(cap));
    d->dummies = 0;
    return;
  }
  DictEntries old;
  old.swap(d->entries);
  d->entries.reserve(usable(cap));
  for (auto& e : old)
    if (e.key) d->entries.push_back(std::move(e));
  d->indices.assign(cap, kEmpty);
  d->dummies = 0;
  for (size_t ix = 0; ix < d->entries.size(); ix++) {
    size_t s = find_empty_slot(d, d->entries[ix].hash);
    d->indices[s] = int32_t(ix);
  }
}

void insert(DictObject* d, Value key, int64_t hash, Value value) {
  size_t slot = 0;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix >= 0) {
    Ref old = std::move(d->entries[size_t(ix)].value);
    d->entries[size_t(ix)].value = Ref(value);
    bump(d);
    return;  // `old` is released after the dict is consistent
  }
  if (d->indices.empty() || d->entries.size() >= usable(d->indices.size()) ||
      d->used + d->dummies >= usable(d->indices.size())) {
    resize(d, std::max<size_t>(d->used * 3, kMinSize));
    slot = find_empty_slot(d, hash);
  }
  d->indices[slot] = int32_t(d->entries.size());
  d->entries.push_back(DictEntry{hash, Ref(key), Ref(value)});
  d->used++;
  bump(d);
}

// Remove the entry at (slot, ix); the removed key/value are handed back to be released last.
void remove_at(DictObject* d, size_t slot, size_t ix, Ref* key_out, Ref* value_out) {
  d->indices[slot] = kDummy;
  d->dummies++;
  DictEntry& e = d->entries[ix];
  *key_out = std::move(e.key);
  *value_out = std::move(e.value);
  d->used--;
  bump(d);
}

}  // namespace

// ---- the C++ API ----------------------------------------------------------------------------------

Ref dict_new() {
  Ref d = new_object<DictObject>(&DictType);
  bump(d.as<DictObject>());
  return d;
}

bool is_dict(Value v) { return v.is_object() && type_of(v)->has_flag(kTypeDictSubclass); }

size_t dict_size(Value d) { return as_dict(d)->used; }

Value dict_get_hashed(Value d, Value key, int64_t hash) {
  DictObject* o = as_dict(d);
  int64_t ix = lookup(o, key, hash, nullptr);
  return ix >= 0 ? o->entries[size_t(ix)].value.get() : Value();
}

Value dict_get(Value d, Value key) { return dict_get_hashed(d, key, dict_key_hash(key)); }

bool dict_contains_key(Value d, Value key) { return bool(dict_get(d, key)); }

Value dict_get_hinted(Value d, Value key, uintptr_t* hint) {
  DictObject* o = as_dict(d);
  size_t h = *hint;
  // Keys are unique and a deleted entry's key is null, so an identical key at the hinted index is
  // the entry.
  if (h < o->entries.size() && o->entries[h].key.get() == key) return o->entries[h].value.get();
  int64_t ix = lookup(o, key, dict_key_hash(key), nullptr);
  if (ix < 0) return Value();
  *hint = uintptr_t(ix);
  return o->entries[size_t(ix)].value.get();
}

void dict_set_hinted(Value d, Value key, Value v, uintptr_t* hint) {
  DictObject* o = as_dict(d);
  size_t h = *hint;
  if (h < o->entries.size() && o->entries[h].key.get() == key) {
    Ref old = std::move(o->entries[h].value);
    o->entries[h].value = Ref(v);
    bump(o);
    return;  // `old` is released after the dict is consistent
  }
  insert(o, key, dict_key_hash(key), v);
  if (!o->entries.empty() && o->entries.back().key.get() == key) *hint = uintptr_t(o->entries.size() - 1);
}

Value dict_get_str(Value d, std::string_view key) {
  Ref k = str_new(key);
  return dict_get(d, k);
}

void dict_set(Value d, Value key, Value v) { insert(as_dict(d), key, dict_key_hash(key), v); }

void dict_set_str(Value d, std::string_view key, Value v) {
  Ref k = intern(key);
  dict_set(d, k, v);
}

bool dict_del(Value d, Value key) {
  DictObject* o = as_dict(d);
  size_t slot = 0;
  int64_t ix = lookup(o, key, dict_key_hash(key), &slot);
  if (ix < 0) return false;
  Ref k, v;
  remove_at(o, slot, size_t(ix), &k, &v);
  return true;
}

void dict_clear(Value d) {
  DictObject* o = as_dict(d);
  DictEntries old;
  old.swap(o->entries);
  o->indices.clear();
  o->used = 0;
  bump(o);
}

Ref dict_copy(Value d) {
  Ref r = dict_new();
  DictObject* src = as_dict(d);
  DictObject* dst = as_dict(r);
  if (src->used == src->entries.size() && !src->indices.empty()) {
    // No holes: copy the table as is.
    dst->indices = src->indices;
    dst->entries.reserve(src->entries.capacity());
    for (auto& e : src->entries) dst->entries.push_back(DictEntry{e.hash, e.key, e.value});
    dst->used = src->used;
    bump(dst);
    return r;
  }
  size_t pos = 0;
  Value k, v;
  while (dict_next(d, pos, k, v)) insert(dst, k, src->entries[pos - 1].hash, v);
  return r;
}

bool dict_next(Value d, size_t& pos, Value& key, Value& value) {
  DictObject* o = as_dict(d);
  while (pos < o->entries.size()) {
    DictEntry& e = o->entries[pos++];
    if (e.key) {
      key = e.key;
      value = e.value;
      return true;
    }
  }
  return false;
}

uint64_t dict_version(Value d) { return as_dict(d)->version; }

// dict.update / dict(...) semantics: a dict, anything with keys(), or an iterable of pairs.
static void dict_merge_pairs(Value d, Value seq) {
  Ref it = get_iter(seq);
  size_t i = 0;
  while (Ref item = iter_next(it)) {
    std::vector<Ref> kv;
    if (is_exact_tuple(item) || is_exact_list(item)) {
      kv = collect_iterable(item);
    } else {
      Ref iit;
      try {
        iit = get_iter(item);
      } catch (PyException& e) {
        if (!exception_matches(e.value, exc::TypeError)) throw;
        raisef(exc::TypeError, "cannot convert dictionary update sequence element #%zu to a sequence", i);
      }
      while (Ref x = iter_next(iit)) kv.push_back(std::move(x));
    }
    if (kv.size() != 2)
      raisef(exc::ValueError, "dictionary update sequence element #%zu has length %zu; 2 is required", i, kv.size());
    dict_set(d, kv[0], kv[1]);
    i++;
  }
}

static bool dict_iter_is_plain(Value other) {
  return is_exact_dict(other) || (is_dict(other) && type_lookup(type_of(other), name("__iter__")) ==
                                                       type_lookup(&DictType, name("__iter__")));
}

void dict_update(Value d, Value other) {
  if (is_dict(other) && dict_iter_is_plain(other)) {
    DictObject* src = as_dict(other);
    if (src == as_dict(d)) return;
    // Hold each entry while inserting: __eq__ of a key may mutate `other`.
    for (size_t pos = 0; pos < src->entries.size(); pos++) {
      if (!src->entries[pos].key) continue;
      Ref k = src->entries[pos].key;
      Ref v = src->entries[pos].value;
      insert(as_dict(d), k, src->entries[pos].hash, v);
    }
    return;
  }
  Ref keys_fn = getattr_opt(other, name("keys"));
  if (keys_fn) {
    Ref keys = call(keys_fn, {});
    Ref it = get_iter(keys);
    while (Ref k = iter_next(it)) {
      Ref v = getitem(other, k);
      dict_set(d, k, v);
    }
    return;
  }
  dict_merge_pairs(d, other);
}

// ---- slots ----------------------------------------------------------------------------------------

static void dict_dealloc_real(Object* o) { dealloc_as<DictObject>(o); }
static void dict_dealloc(Object* o) { trashcan_dealloc(o, dict_dealloc_real); }

static void dict_traverse(Object* o, VisitFn visit, void* arg) {
  for (auto& e : static_cast<DictObject*>(o)->entries) {
    if (e.key) visit(e.key, arg);
    if (e.value) visit(e.value, arg);
  }
}

static void dict_clear_slot(Object* o) { dict_clear(Value(o)); }

static Ref dict_repr(Value self) {
  DictObject* d = as_dict(self);
  if (d->used == 0) return str_from_ascii("{}");
  ReprGuard guard(self.as_object());
  if (guard.recursive()) return str_from_ascii("{...}");
  check_c_stack();
  std::string s = "{";
  bool first = true;
  for (size_t pos = 0; pos < d->entries.size(); pos++) {
    if (!d->entries[pos].key) continue;
    Ref k = d->entries[pos].key;
    Ref v = d->entries[pos].value;
    if (!first) s += ", ";
    first = false;
    s += repr_utf8(k);
    s += ": ";
    s += repr_utf8(v);
  }
  s += "}";
  return str_new(s);
}

static Ref dict_richcompare(Value a, Value b, CmpOp op) {
  if (!is_dict(a) || !is_dict(b) || (op != CmpOp::Eq && op != CmpOp::Ne)) return not_implemented();
  bool eq = true;
  DictObject* da = as_dict(a);
  if (da->used != as_dict(b)->used) {
    eq = false;
  } else {
    for (size_t pos = 0; pos < da->entries.size(); pos++) {
      if (!da->entries[pos].key) continue;
      Ref k = da->entries[pos].key;
      Ref v = da->entries[pos].value;
      int64_t h = da->entries[pos].hash;
      Value bv = dict_get_hashed(b, k, h);
      if (!bv) {
        eq = false;
        break;
      }
      Ref hold(bv);
      if (!rich_compare_bool(v, hold, CmpOp::Eq)) {
        eq = false;
        break;
      }
    }
  }
  return Ref(bool_value(op == CmpOp::Eq ? eq : !eq));
}

static int64_t dict_len(Value self) { return int64_t(as_dict(self)->used); }

static bool dict_contains(Value self, Value key) { return bool(dict_get(self, key)); }

[[noreturn]] static void raise_key_error(Value key) {
  throw_exception(new_exception_args(exc::KeyError, &key, 1));
}

static Ref dict_getitem(Value self, Value key) {
  Value v = dict_get(self, key);
  if (v) return Ref(v);
  if (!is_exact_dict(self)) {
    Value missing = type_lookup(type_of(self), name("__missing__"));
    if (missing) return call(missing, {self, key});
  }
  raise_key_error(key);
}

static void dict_setitem(Value self, Value key, Value v) {
  if (v) {
    dict_set(self, key, v);
    return;
  }
  if (!dict_del(self, key)) raise_key_error(key);
}

static Ref dict_iter(Value self) { return dict_iter_new(self, &DictKeyIterType); }

static Ref dict_or(Value a, Value b) {
  if (!is_dict(a) || !is_dict(b)) return not_implemented();
  Ref r = dict_copy(a);
  dict_update(r, b);
  return r;
}

static Ref dict_ior(Value a, Value b) {
  if (!is_dict(a)) return not_implemented();
  dict_update(a, b);
  return Ref(a);
}

static Ref dict_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Ref d = new_object<DictObject>(type);
  bump(d.as<DictObject>());
  return d;
}

// dict(...) / d.update(...): at most one positional argument, then keyword arguments.
static void update_common(const char* fname, Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs > 1) raisef(exc::TypeError, "%s expected at most 1 argument, got %zu", fname, nargs);
  if (nargs == 1) dict_update(self, args[0]);
  if (kwnames) {
    size_t nk = tuple_size(kwnames);
    for (size_t j = 0; j < nk; j++) dict_set(self, tuple_item(kwnames, j), args[nargs + j]);
  }
}

static void dict_init_slot(Value self, const Value* args, size_t nargs, Value kwnames) {
  update_common("dict", self, args, nargs, kwnames);
}

// ---- methods --------------------------------------------------------------------------------------

static Ref m_keys(Value self, const Value* args, size_t nargs, Value kwnames);
static Ref m_values(Value self, const Value* args, size_t nargs, Value kwnames);
static Ref m_items(Value self, const Value* args, size_t nargs, Value kwnames);

static Ref m_get(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("get", kwnames);
  check_nargs("get", nargs, 1, 2);
  Value v = dict_get(self, args[0]);
  if (v) return Ref(v);
  return Ref(nargs > 1 ? args[1] : None());
}

static Ref m_setdefault(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("setdefault", kwnames);
  check_nargs("setdefault", nargs, 1, 2);
  Value v = dict_get(self, args[0]);
  if (v) return Ref(v);
  Value dflt = nargs > 1 ? args[1] : None();
  dict_set(self, args[0], dflt);
  return Ref(dflt);
}

static Ref m_pop(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("pop", kwnames);
  check_nargs("pop", nargs, 1, 2);
  DictObject* d = as_dict(self);
  size_t slot = 0;
  int64_t ix = d->used ? lookup(d, args[0], dict_key_hash(args[0]), &slot) : -1;
  if (ix < 0) {
    if (nargs > 1) return Ref(args[1]);
    raise_key_error(args[0]);
  }
  Ref k, v;
  remove_at(d, slot, size_t(ix), &k, &v);
  return v;
}

static Ref m_popitem(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("popitem", kwnames);
  check_nargs("popitem", nargs, 0, 0);
  DictObject* d = as_dict(self);
  if (d->used == 0) raise(exc::KeyError, "popitem(): dictionary is empty");
  // Trailing holes go first (as CPython's popitem shrinks dk_nentries), so the last entry is live.
  while (!d->entries.back().key) d->entries.pop_back();
  size_t ix = d->entries.size() - 1;
  DictEntry& e = d->entries[ix];
  // Find its slot in the index table.
  size_t mask = d->indices.size() - 1;
  size_t i = size_t(e.hash) & mask, perturb = size_t(e.hash);
  while (d->indices[i] != int32_t(ix)) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  Ref k, v;
  remove_at(d, i, ix, &k, &v);
  d->entries.pop_back();
  return tuple_from({k.get(), v.get()});
}

static Ref m_update(Value self, const Value* args, size_t nargs, Value kwnames) {
  update_common("update", self, args, nargs, kwnames);
  return Ref(None());
}

static Ref m_copy(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("dict.copy", kwnames);
  if (nargs) raisef(exc::TypeError, "dict.copy() takes no arguments (%zu given)", nargs);
  return dict_copy(self);
}

static Ref m_clear(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("dict.clear", kwnames);
  if (nargs) raisef(exc::TypeError, "dict.clear() takes no arguments (%zu given)", nargs);
  dict_clear(self);
  return Ref(None());
}

static Ref m_fromkeys(Value cls, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("fromkeys", kwnames);
  check_nargs("fromkeys", nargs, 1, 2);
  Value value = nargs > 1 ? args[1] : None();
  Ref d = call(cls, nullptr, 0);
  Ref it = get_iter(args[0]);
  bool plain = is_exact_dict(d);
  while (Ref k = iter_next(it)) {
    if (plain)
      dict_set(d, k, value);
    else
      setitem(d, k, value);
  }
  return d;
}

static Ref m_contains(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__contains__", nargs, 1, 1);
  return Ref(bool_value(dict_contains(self, args[0])));
}

static Ref m_reversed(Value self, const Value* args, size_t nargs, Value kwnames) {
  return dict_iter_new(self, &DictRevKeyIterType);
}

static Ref m_keys(Value self, const Value* args, size_t nargs, Value kwnames) { return dict_view_new(self, &DictKeysType); }
static Ref m_values(Value self, const Value* args, size_t nargs, Value kwnames) {
  return dict_view_new(self, &DictValuesType);
}
static Ref m_items(Value self, const Value* args, size_t nargs, Value kwnames) {
  return dict_view_new(self, &DictItemsType);
}

static const MethodDef kDictMethods[] = {
    {"keys", m_keys},
    {"values", m_values},
    {"items", m_items},
    {"get", m_get},
    {"setdefault", m_setdefault},
    {"pop", m_pop},
    {"popitem", m_popitem},
    {"update", m_update},
    {"copy", m_copy},
    {"clear", m_clear},
    {"fromkeys", m_fromkeys, kMethodClass},
    {"__contains__", m_contains},
    {"__reversed__", m_reversed},
    {"__class_getitem__", class_getitem, kMethodClass},
    {},
};

void init_dict_type() {
  TypeObject& t = DictType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "dict";
  t.base = &ObjectType;
  t.flags = kTypeBaseType | kTypeGC | kTypeImmutable | kTypeDictSubclass;
  t.basicsize = sizeof(DictObject);
  t.dealloc = dict_dealloc;
  t.traverse = dict_traverse;
  t.clear = dict_clear_slot;
  t.new_ = dict_new_slot;
  t.init = dict_init_slot;
  t.repr = dict_repr;
  t.hash = hash_not_implemented;
  t.richcompare = dict_richcompare;
  t.iter = dict_iter;
  t.len = dict_len;
  t.contains = dict_contains;
  t.getitem = dict_getitem;
  t.setitem = dict_setitem;
  t.nb[int(BinOp::Or)] = dict_or;
  t.nb_inplace[int(BinOp::Or)] = dict_ior;
  t.methods = kDictMethods;
  static_type_declare(&t);
  init_dict_view_types();
}

static BuiltinType reg_dict("dict", &DictType);

}  // namespace minipy
