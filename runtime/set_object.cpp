// set and frozenset: CPython's setobject.c table (linear probing of 9 slots, then perturbed
// probing; the same minimum size, fill limit and resize rule), so that iteration order matches
// CPython's for the same hashes.
#include <cstdlib>
#include <cstring>

#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
#include "runtime/dict_internal.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject SetType, FrozenSetType, SetIterType;

namespace {

constexpr size_t kMinSize = 8;
constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

// The placeholder of a deleted entry (hash -1). Never visible to Python.
Object g_dummy_obj{kImmortalRefcnt, nullptr};
inline Value dummy() { return Value(&g_dummy_obj); }

struct SetEntry {
  Value key;     // owned; null = unused, dummy() = deleted
  int64_t hash;  // 0 for unused, -1 for deleted
};

struct SetObject : Object {
  size_t fill;  // active + dummy
  size_t used;  // active
  size_t mask;
  SetEntry* table;
  int64_t hash;   // frozenset hash cache, -1 until computed
  size_t finger;  // pop() starts searching here
  SetEntry smalltable[kMinSize];
};

inline SetObject* as_set(Value v) { return static_cast<SetObject*>(v.as_object()); }

bool is_any_set(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = type_of(v);
  return t == &SetType || t == &FrozenSetType || is_subtype(t, &SetType) || is_subtype(t, &FrozenSetType);
}
bool is_frozenset_type(TypeObject* t) { return t == &FrozenSetType || is_subtype(t, &FrozenSetType); }

void init_empty(SetObject* so) {
  so->fill = so->used = 0;
  so->mask = kMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
  so->finger = 0;
}

Ref alloc_set(TypeObject* type) {
  Ref r = new_object<SetObject>(type);
  init_empty(r.as<SetObject>());
  return r;
}

void free_table(SetObject* so, SetEntry* table, size_t mask) {
  for (size_t i = 0; i <= mask; i++) {
    Value k = table[i].key;
    if (k && k != dummy()) decref(k);
  }
  if (table != so->smalltable) std::free(table);
}

inline int64_t key_hash(Value key) {
  if (is_exact_str(key)) return str_hash(key);
  return hash_of(key);
}

// set_lookkey: the entry holding key, or the unused entry that ends its probe chain.
SetEntry* lookkey(SetObject* so, Value key, int64_t hash) {
restart:
  SetEntry* table = so->table;
  size_t mask = so->mask;
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && !entry->key) return entry;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey == key) return entry;
        if (is_exact_str(startkey) && is_exact_str(key)) {
          if (str_equal(startkey, key)) return entry;
        } else {
          Ref hold(startkey);
          bool eq = rich_compare_bool(hold, key, CmpOp::Eq);
          if (table != so->table || entry->key != startkey) goto restart;
          if (eq) return entry;
          mask = so->mask;
        }
      }
      entry++;
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  size_t perturb = size_t(hash);
  size_t i = size_t(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; j++) {
        entry++;
        if (!entry->key) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void table_resize(SetObject* so, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  SetEntry* oldtable = so->table;
  size_t oldmask = so->mask;
  SetEntry smallcopy[kMinSize];
  if (oldtable == so->smalltable) {
    std::memcpy(static_cast<void*>(smallcopy), so->smalltable, sizeof(smallcopy));
    oldtable = smallcopy;
  }
  SetEntry* newtable;
  if (newsize == kMinSize) {
    newtable = so->smalltable;
  } else {
    newtable = static_cast<SetEntry*>(std::calloc(newsize, sizeof(SetEntry)));
    if (!newtable) raise_memory_error();
  }
  std::memset(static_cast<void*>(newtable), 0, newsize * sizeof(SetEntry));
  so->mask = newsize - 1;
  so->table = newtable;
  so->fill = so->used;
  for (size_t i = 0; i <= oldmask; i++) {
    Value k = oldtable[i].key;
    if (k && k != dummy()) insert_clean(newtable, so->mask, k, oldtable[i].hash);
  }
  if (oldtable != smallcopy && oldtable != so->smalltable) std::free(oldtable);
}

// set_add_entry: takes a new reference to key when it is inserted.
void add_entry(SetObject* so, Value key, int64_t hash) {
  Ref hold(key);  // a comparison may drop the caller's last reference
restart:
  size_t mask = so->mask;
  size_t i = size_t(hash) & mask;
  size_t perturb = size_t(hash);
  SetEntry* freeslot = nullptr;
  SetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && !entry->key) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        Value startkey = entry->key;
        if (startkey == key) return;
        if (is_exact_str(startkey) && is_exact_str(key)) {
          if (str_equal(startkey, key)) return;
        } else {
          SetEntry* table = so->table;
          Ref sk(startkey);
          bool eq = rich_compare_bool(sk, key, CmpOp::Eq);
          if (eq) return;
          if (table != so->table || entry->key != startkey) goto restart;
          mask = so->mask;
        }
      } else if (entry->hash == -1) {
        freeslot = entry;
      }
      entry++;
      if (probes-- == 0) break;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot) {
    so->used++;
    freeslot->key = hold.release();
    freeslot->hash = hash;
    return;
  }
  so->fill++;
  so->used++;
  entry->key = hold.release();
  entry->hash = hash;
  if (so->fill * 5 < mask * 3) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

// Returns true when found (and removed). The removed key is released after the table is updated.
bool discard_entry(SetObject* so, Value key, int64_t hash) {
  SetEntry* entry = lookkey(so, key, hash);
  if (!entry->key) return false;
  Value old = entry->key;
  entry->key = dummy();
  entry->hash = -1;
  so->used--;
  decref(old);
  return true;
}

bool contains_entry(SetObject* so, Value key, int64_t hash) { return lookkey(so, key, hash)->key != Value(); }

// Hash a key for lookup; an unhashable set is looked up as the equal frozenset (CPython does so).
template <class F>
auto with_lookup_key(Value key, F f) {
  int64_t h;
  try {
    h = key_hash(key);
  } catch (PyException& e) {
    if (!exception_matches(e.value, exc::TypeError) || !isinstance(key, &SetType)) throw;
    Ref tmp = alloc_set(&FrozenSetType);
    set_update_from(tmp, key);
    int64_t th = key_hash(tmp);
    return f(tmp.get(), th);
  }
  return f(key, h);
}

void clear_set(SetObject* so) {
  SetEntry* table = so->table;
  size_t mask = so->mask;
  bool small = table == so->smalltable;
  SetEntry copy[kMinSize];
  if (small) std::memcpy(static_cast<void*>(copy), so->smalltable, sizeof(copy));
  std::memset(static_cast<void*>(so->smalltable), 0, sizeof(so->smalltable));
  init_empty(so);
  SetEntry* old = small ? copy : table;
  for (size_t i = 0; i <= mask; i++) {
    Value k = old[i].key;
    if (k && k != dummy()) decref(k);
  }
  if (!small) std::free(table);
}

bool set_next_entry(SetObject* so, size_t& pos, SetEntry** out) {
  while (pos <= so->mask) {
    SetEntry* e = &so->table[pos++];
    if (e->key && e->key != dummy()) {
      *out = e;
      return true;
    }
  }
  return false;
}

// set_merge: add every element of another set.
void merge_set(SetObject* so, SetObject* other) {
  if (so == other || other->used == 0) return;
  if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
  SetEntry* otable = other->table;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (size_t i = 0; i <= other->mask; i++) {
      Value k = otable[i].key;
      if (k) {
        incref(k);
        so->table[i].key = k;
        so->table[i].hash = otable[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (size_t i = 0; i <= other->mask; i++) {
      Value k = otable[i].key;
      if (k && k != dummy()) {
        incref(k);
        insert_clean(so->table, so->mask, k, otable[i].hash);
      }
    }
    return;
  }
  // Hold the other set: comparisons may run code that drops it.
  Ref hold(Value(static_cast<Object*>(other)));
  for (size_t i = 0; i <= other->mask; i++) {
    Value k = other->table[i].key;
    if (k && k != dummy()) {
      Ref kh(k);
      add_entry(so, kh, other->table[i].hash);
    }
  }
}

void update_internal(SetObject* so, Value other) {
  if (is_any_set(other)) {
    merge_set(so, as_set(other));
    return;
  }
  if (is_exact_dict(other)) {
    DictObject* d = as_dict(other);
    size_t dictsize = d->used;
    if ((so->fill + dictsize) * 5 >= so->mask * 3) table_resize(so, (so->used + dictsize) * 2);
    for (size_t pos = 0; pos < d->entries.size(); pos++) {
      if (!d->entries[pos].key) continue;
      Ref k = d->entries[pos].key;
      add_entry(so, k, d->entries[pos].hash);
    }
    return;
  }
  Ref it = get_iter(other);
  while (Ref key = iter_next(it)) add_entry(so, key, key_hash(key));
}

TypeObject* base_type_of(Value so) { return is_frozenset_type(type_of(so)) ? &FrozenSetType : &SetType; }

Ref make_new_set(TypeObject* type, Value iterable) {
  Ref r = alloc_set(type);
  if (iterable) update_internal(as_set(r), iterable);
  return r;
}

Ref set_copy_of(Value so) { return make_new_set(base_type_of(so), so); }

Ref set_intersection(Value so, Value other) {
  Ref result = alloc_set(base_type_of(so));
  if (is_any_set(other)) {
    Value a = so, b = other;
    if (as_set(b)->used > as_set(a)->used) std::swap(a, b);
    // Iterate the smaller (b), probe the larger (a).
    Ref hb(b);
    size_t pos = 0;
    SetEntry* e;
    while (set_next_entry(as_set(b), pos, &e)) {
      Ref key = e->key;
      int64_t h = e->hash;
      if (contains_entry(as_set(a), key, h)) add_entry(as_set(result), key, h);
    }
    return result;
  }
  Ref it = get_iter(other);
  while (Ref key = iter_next(it)) {
    int64_t h = key_hash(key);
    if (contains_entry(as_set(so), key, h)) add_entry(as_set(result), key, h);
  }
  return result;
}

void difference_update_internal(SetObject* so, Value other) {
  if (Value(static_cast<Object*>(so)) == other) {
    clear_set(so);
    return;
  }
  if (is_any_set(other)) {
    Ref o(other);
    if ((as_set(other)->used >> 3) > so->used) o = set_intersection(Value(static_cast<Object*>(so)), other);
    size_t pos = 0;
    SetEntry* e;
    while (set_next_entry(as_set(o), pos, &e)) {
      Ref key = e->key;
      discard_entry(so, key, e->hash);
    }
  } else {
    Ref it = get_iter(other);
    while (Ref key = iter_next(it)) discard_entry(so, key, key_hash(key));
  }
  if (so->fill - so->used <= so->mask / 4) return;
  table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Ref set_difference(Value so, Value other) {
  size_t other_size;
  if (is_any_set(other)) {
    other_size = as_set(other)->used;
  } else if (is_exact_dict(other)) {
    other_size = dict_size(other);
  } else {
    Ref r = set_copy_of(so);
    difference_update_internal(as_set(r), other);
    return r;
  }
  if ((as_set(so)->used >> 2) > other_size) {
    Ref r = set_copy_of(so);
    difference_update_internal(as_set(r), other);
    return r;
  }
  Ref result = alloc_set(base_type_of(so));
  size_t pos = 0;
  SetEntry* e;
  if (is_exact_dict(other)) {
    while (set_next_entry(as_set(so), pos, &e)) {
      Ref key = e->key;
      int64_t h = e->hash;
      if (!dict_get_hashed(other, key, h)) add_entry(as_set(result), key, h);
    }
    return result;
  }
  while (set_next_entry(as_set(so), pos, &e)) {
    Ref key = e->key;
    int64_t h = e->hash;
    if (!contains_entry(as_set(other), key, h)) add_entry(as_set(result), key, h);
  }
  return result;
}

void symmetric_difference_update(SetObject* so, Value other) {
  if (Value(static_cast<Object*>(so)) == other) {
    clear_set(so);
    return;
  }
  if (is_exact_dict(other)) {
    DictObject* d = as_dict(other);
    for (size_t pos = 0; pos < d->entries.size(); pos++) {
      if (!d->entries[pos].key) continue;
      Ref k = d->entries[pos].key;
      int64_t h = d->entries[pos].hash;
      if (!discard_entry(so, k, h)) add_entry(so, k, h);
    }
    return;
  }
  Ref otherset = is_any_set(other) ? Ref(other) : make_new_set(base_type_of(Value(static_cast<Object*>(so))), other);
  size_t pos = 0;
  SetEntry* e;
  while (set_next_entry(as_set(otherset), pos, &e)) {
    Ref key = e->key;
    int64_t h = e->hash;
    if (!discard_entry(so, key, h)) add_entry(so, key, h);
  }
}

bool issubset(Value so, Value other) {
  if (!is_any_set(other)) {
    Ref tmp = make_new_set(&SetType, other);
    return issubset(so, tmp);
  }
  if (as_set(so)->used > as_set(other)->used) return false;
  size_t pos = 0;
  SetEntry* e;
  while (set_next_entry(as_set(so), pos, &e)) {
    Ref key = e->key;
    if (!contains_entry(as_set(other), key, e->hash)) return false;
  }
  return true;
}

bool issuperset(Value so, Value other) {
  if (is_any_set(other)) return issubset(other, so);
  Ref it = get_iter(other);
  while (Ref key = iter_next(it))
    if (!contains_entry(as_set(so), key, key_hash(key))) return false;
  return true;
}

// ---- slots ----

void set_dealloc_real(Object* o) {
  auto* so = static_cast<SetObject*>(o);
  free_table(so, so->table, so->mask);
  so->table = so->smalltable;
  dealloc_common_tail(o);
}

void set_dealloc(Object* o) { trashcan_dealloc(o, set_dealloc_real); }

void set_traverse(Object* o, VisitFn visit, void* arg) {
  auto* so = static_cast<SetObject*>(o);
  for (size_t i = 0; i <= so->mask; i++) {
    Value k = so->table[i].key;
    if (k && k != dummy()) visit(k, arg);
  }
}

void set_clear_slot(Object* o) { clear_set(static_cast<SetObject*>(o)); }

Ref set_repr(Value self) {
  std::string tn(type_name(self));
  if (as_set(self)->used == 0) return str_new(tn + "()");
  ReprGuard guard(self.as_object());
  if (guard.recursive()) return str_new(tn + "(...)");
  check_c_stack();
  Ref keys = list_from_iterable(self);
  std::string body = repr_utf8(keys);
  body = "{" + body.substr(1, body.size() - 2) + "}";
  if (type_of(self) != &SetType) body = tn + "(" + body + ")";
  return str_new(body);
}

int64_t frozenset_hash(Value self) {
  SetObject* so = as_set(self);
  if (so->hash != -1) return so->hash;
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  uint64_t hash = 0;
  for (size_t i = 0; i <= so->mask; i++) hash ^= shuffle(uint64_t(so->table[i].hash));
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle(uint64_t(-1));
  hash ^= (uint64_t(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == uint64_t(-1)) hash = 590923713ULL;
  so->hash = int64_t(hash);
  return so->hash;
}

Ref set_richcompare(Value a, Value b, CmpOp op) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  size_t la = as_set(a)->used, lb = as_set(b)->used;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne: {
      bool eq;
      if (la != lb) eq = false;
      else if (as_set(a)->hash != -1 && as_set(b)->hash != -1 && as_set(a)->hash != as_set(b)->hash) eq = false;
      else eq = issubset(a, b);
      return Ref(bool_value(op == CmpOp::Eq ? eq : !eq));
    }
    case CmpOp::Le: return Ref(bool_value(issubset(a, b)));
    case CmpOp::Ge: return Ref(bool_value(issuperset(a, b)));
    case CmpOp::Lt: return Ref(bool_value(la < lb && issubset(a, b)));
    case CmpOp::Gt: return Ref(bool_value(la > lb && issuperset(a, b)));
  }
  return not_implemented();
}

int64_t set_len(Value self) { return int64_t(as_set(self)->used); }

bool set_contains_slot(Value self, Value key) {
  return with_lookup_key(key, [&](Value k, int64_t h) { return contains_entry(as_set(self), k, h); });
}

struct SetIterObject : Object {
  Ref set;  // null when exhausted
  size_t pos;
  size_t used;
  size_t len;
};

Ref set_iter(Value self) {
  Ref r = new_object<SetIterObject>(&SetIterType);
  auto* it = r.as<SetIterObject>();
  it->set = Ref(self);
  it->used = as_set(self)->used;
  it->len = it->used;
  return r;
}

Ref setiter_next(Value self) {
  auto* it = static_cast<SetIterObject*>(self.as_object());
  if (!it->set) return Ref();
  SetObject* so = as_set(it->set);
  if (it->used != so->used) {
    it->used = size_t(-1);
    raise(exc::RuntimeError, "Set changed size during iteration");
  }
  SetEntry* e;
  if (!set_next_entry(so, it->pos, &e)) {
    it->set.reset();
    return Ref();
  }
  it->len--;
  return Ref(e->key);
}

Ref setiter_self(Value self) { return Ref(self); }
void setiter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<SetIterObject*>(o);
  if (it->set) visit(it->set, arg);
}
void setiter_clear(Object* o) { static_cast<SetIterObject*>(o)->set.reset(); }
Ref setiter_length_hint(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* it = static_cast<SetIterObject*>(self.as_object());
  return int_from_i64(it->set && it->used == as_set(it->set)->used ? int64_t(it->len) : 0);
}

// Binary operators: both operands must be sets (any kind), else NotImplemented.
Ref set_or(Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  Ref r = set_copy_of(a);
  if (a != b) update_internal(as_set(r), b);
  return r;
}
Ref set_and(Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  return set_intersection(a, b);
}
Ref set_sub(Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  return set_difference(a, b);
}
Ref set_xor(Value a, Value b) {
  if (!is_any_set(a) || !is_any_set(b)) return not_implemented();
  Ref r = make_new_set(base_type_of(a), b);
  symmetric_difference_update(as_set(r), a);
  return r;
}
Ref set_ior(Value a, Value b) {
  if (!is_any_set(b)) return not_implemented();
  update_internal(as_set(a), b);
  return Ref(a);
}
void swap_bodies(SetObject* a, SetObject* b) {
  // Exchange the tables (small tables by value).
  SetObject tmp_hdr;
  auto move_table = [](SetObject* dst, SetObject* src) {
    dst->fill = src->fill;
    dst->used = src->used;
    dst->mask = src->mask;
    if (src->table == src->smalltable) {
      std::memcpy(static_cast<void*>(dst->smalltable), src->smalltable, sizeof(src->smalltable));
      dst->table = dst->smalltable;
    } else {
      dst->table = src->table;
    }
  };
  move_table(&tmp_hdr, a);
  move_table(a, b);
  move_table(b, &tmp_hdr);
  a->hash = b->hash = -1;
}
Ref set_iand(Value a, Value b) {
  if (!is_any_set(b)) return not_implemented();
  Ref tmp = set_intersection(a, b);
  swap_bodies(as_set(a), as_set(tmp));
  return Ref(a);
}
Ref set_isub(Value a, Value b) {
  if (!is_any_set(b)) return not_implemented();
  difference_update_internal(as_set(a), b);
  return Ref(a);
}
Ref set_ixor(Value a, Value b) {
  if (!is_any_set(b)) return not_implemented();
  symmetric_difference_update(as_set(a), b);
  return Ref(a);
}

Ref set_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) { return alloc_set(type); }

void set_init_slot(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && tuple_size(kwnames) > 0 && type_of(self) == &SetType) raise(exc::TypeError, "set() takes no keyword arguments");
  if (nargs > 1) raisef(exc::TypeError, "set expected at most 1 argument, got %zu", nargs);
  if (as_set(self)->fill) clear_set(as_set(self));
  if (nargs == 1) update_internal(as_set(self), args[0]);
}

Ref frozenset_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && tuple_size(kwnames) > 0 && type == &FrozenSetType)
    raise(exc::TypeError, "frozenset() takes no keyword arguments");
  if (nargs > 1) raisef(exc::TypeError, "frozenset expected at most 1 argument, got %zu", nargs);
  if (type == &FrozenSetType && nargs == 1 && type_of(args[0]) == &FrozenSetType) return Ref(args[0]);
  return make_new_set(type, nargs ? args[0] : Value());
}

// ---- methods ----

#define NOARGS(fname)        \
  check_no_kwargs(fname, kwnames); \
  if (nargs) raisef(exc::TypeError, "%s() takes no arguments (%zu given)", fname, nargs)
#define ONEARG(fname)        \
  check_no_kwargs(fname, kwnames); \
  if (nargs != 1) raisef(exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs)

Ref m_add(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("set.add");
  add_entry(as_set(self), args[0], key_hash(args[0]));
  return Ref(None());
}
Ref m_clear(Value self, const Value* args, size_t nargs, Value kwnames) {
  NOARGS("set.clear");
  clear_set(as_set(self));
  return Ref(None());
}
Ref m_copy(Value self, const Value* args, size_t nargs, Value kwnames) {
  NOARGS("set.copy");
  if (type_of(self) == &FrozenSetType) return Ref(self);
  return set_copy_of(self);
}
Ref m_discard(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("set.discard");
  with_lookup_key(args[0], [&](Value k, int64_t h) { return discard_entry(as_set(self), k, h); });
  return Ref(None());
}
Ref m_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("set.remove");
  bool found = with_lookup_key(args[0], [&](Value k, int64_t h) { return discard_entry(as_set(self), k, h); });
  if (!found) throw_exception(new_exception_args(exc::KeyError, &args[0], 1));
  return Ref(None());
}
Ref m_pop(Value self, const Value* args, size_t nargs, Value kwnames) {
  NOARGS("set.pop");
  SetObject* so = as_set(self);
  if (so->used == 0) raise(exc::KeyError, "pop from an empty set");
  SetEntry* entry = so->table + (so->finger & so->mask);
  while (!entry->key || entry->key == dummy()) {
    entry++;
    if (entry > so->table + so->mask) entry = so->table;
  }
  Ref key = Ref::steal(entry->key);
  entry->key = dummy();
  entry->hash = -1;
  so->used--;
  so->finger = size_t(entry - so->table) + 1;
  return key;
}
Ref m_union(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("union", kwnames);
  Ref r = set_copy_of(self);
  for (size_t i = 0; i < nargs; i++)
    if (args[i] != self) update_internal(as_set(r), args[i]);
  return r;
}
Ref m_update(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("update", kwnames);
  for (size_t i = 0; i < nargs; i++) update_internal(as_set(self), args[i]);
  return Ref(None());
}
Ref m_intersection(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("intersection", kwnames);
  if (nargs == 0) return set_copy_of(self);
  Ref result(self);
  for (size_t i = 0; i < nargs; i++) result = set_intersection(result, args[i]);
  return result;
}
Ref m_intersection_update(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref tmp = m_intersection(self, args, nargs, kwnames);
  if (tmp.get() != self) swap_bodies(as_set(self), as_set(tmp));
  return Ref(None());
}
Ref m_difference(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("difference", kwnames);
  if (nargs == 0) return set_copy_of(self);
  Ref result = set_difference(self, args[0]);
  for (size_t i = 1; i < nargs; i++) difference_update_internal(as_set(result), args[i]);
  return result;
}
Ref m_difference_update(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("difference_update", kwnames);
  for (size_t i = 0; i < nargs; i++) difference_update_internal(as_set(self), args[i]);
  return Ref(None());
}
Ref m_symmetric_difference(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("symmetric_difference");
  Ref r = make_new_set(base_type_of(self), args[0]);
  symmetric_difference_update(as_set(r), self);
  return r;
}
Ref m_symmetric_difference_update(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("symmetric_difference_update");
  symmetric_difference_update(as_set(self), args[0]);
  return Ref(None());
}
Ref m_issubset(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("issubset");
  return Ref(bool_value(issubset(self, args[0])));
}
Ref m_issuperset(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("issuperset");
  return Ref(bool_value(issuperset(self, args[0])));
}
Ref m_isdisjoint(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("isdisjoint");
  Value other = args[0];
  if (other == self) return Ref(bool_value(as_set(self)->used == 0));
  if (is_any_set(other)) {
    Value a = self, b = other;
    if (as_set(b)->used > as_set(a)->used) std::swap(a, b);
    size_t pos = 0;
    SetEntry* e;
    Ref hb(b);
    while (set_next_entry(as_set(b), pos, &e)) {
      Ref key = e->key;
      if (contains_entry(as_set(a), key, e->hash)) return Ref(False());
    }
    return Ref(True());
  }
  Ref it = get_iter(other);
  while (Ref key = iter_next(it))
    if (contains_entry(as_set(self), key, key_hash(key))) return Ref(False());
  return Ref(True());
}
Ref m_contains(Value self, const Value* args, size_t nargs, Value kwnames) {
  ONEARG("__contains__");
  return Ref(bool_value(set_contains_slot(self, args[0])));
}
Ref m_reduce(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref keys = list_from_iterable(self);
  Ref argt = tuple_from({keys.get()});
  Ref d = getattr_opt(self, name("__dict__"));
  return tuple_from({Value(static_cast<Object*>(type_of(self))), argt.get(), d ? d.get() : None()});
}

const MethodDef kSetMethods[] = {
    {"add", m_add},
    {"clear", m_clear},
    {"copy", m_copy},
    {"discard", m_discard},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"pop", m_pop},
    {"remove", m_remove},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"union", m_union},
    {"update", m_update},
    {"__contains__", m_contains},
    {"__reduce__", m_reduce},
    {"__class_getitem__", class_getitem, kMethodClass},
    {},
};

const MethodDef kFrozenSetMethods[] = {
    {"copy", m_copy},
    {"difference", m_difference},
    {"intersection", m_intersection},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"symmetric_difference", m_symmetric_difference},
    {"union", m_union},
    {"__contains__", m_contains},
    {"__reduce__", m_reduce},
    {"__class_getitem__", class_getitem, kMethodClass},
    {},
};

const MethodDef kSetIterMethods[] = {{"__length_hint__", setiter_length_hint}, {}};

void init_common(TypeObject& t, const char* name) {
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = name;
  t.base = &ObjectType;
  t.flags = kTypeBaseType | kTypeGC | kTypeImmutable;
  t.basicsize = sizeof(SetObject);
  t.dealloc = set_dealloc;
  t.traverse = set_traverse;
  t.clear = set_clear_slot;
  t.repr = set_repr;
  t.richcompare = set_richcompare;
  t.iter = set_iter;
  t.len = set_len;
  t.contains = set_contains_slot;
  t.nb[int(BinOp::Or)] = set_or;
  t.nb[int(BinOp::And)] = set_and;
  t.nb[int(BinOp::Sub)] = set_sub;
  t.nb[int(BinOp::Xor)] = set_xor;
}

}  // namespace

// ---- the C++ API ----

Ref set_new(TypeObject* type) { return alloc_set(type); }

void set_add(Value set, Value key) { add_entry(as_set(set), key, key_hash(key)); }

bool set_contains(Value set, Value key) { return set_contains_slot(set, key); }

bool set_discard(Value set, Value key) {
  return with_lookup_key(key, [&](Value k, int64_t h) { return discard_entry(as_set(set), k, h); });
}

size_t set_size(Value set) { return as_set(set)->used; }

bool set_next(Value set, size_t& pos, Value& key) {
  SetEntry* e;
  if (!set_next_entry(as_set(set), pos, &e)) return false;
  key = e->key;
  return true;
}

Ref set_from_iterable(Value iterable) { return make_new_set(&SetType, iterable); }
void set_update_from(Value set, Value other) { update_internal(as_set(set), other); }
void set_update(Value set, Value iterable) { update_internal(as_set(set), iterable); }
void set_intersection_update_from(Value set, Value other) {
  Ref tmp = set_intersection(set, other);
  swap_bodies(as_set(set), as_set(tmp));
}
void set_difference_update_from(Value set, Value other) { difference_update_internal(as_set(set), other); }
void set_symmetric_difference_update_from(Value set, Value other) { symmetric_difference_update(as_set(set), other); }

void init_set_type() {
  init_common(SetType, "set");
  SetType.hash = hash_not_implemented;
  SetType.new_ = set_new_slot;
  SetType.init = set_init_slot;
  SetType.nb_inplace[int(BinOp::Or)] = set_ior;
  SetType.nb_inplace[int(BinOp::And)] = set_iand;
  SetType.nb_inplace[int(BinOp::Sub)] = set_isub;
  SetType.nb_inplace[int(BinOp::Xor)] = set_ixor;
  SetType.methods = kSetMethods;
  static_type_declare(&SetType);

  init_common(FrozenSetType, "frozenset");
  FrozenSetType.hash = frozenset_hash;
  FrozenSetType.new_ = frozenset_new_slot;
  FrozenSetType.methods = kFrozenSetMethods;
  static_type_declare(&FrozenSetType);

  TypeObject& it = SetIterType;
  it.refcnt = kImmortalRefcnt;
  it.type = &TypeType;
  it.name = "set_iterator";
  it.base = &ObjectType;
  it.flags = kTypeGC | kTypeImmutable;
  it.basicsize = sizeof(SetIterObject);
  it.dealloc = dealloc_as<SetIterObject>;
  it.traverse = setiter_traverse;
  it.clear = setiter_clear;
  it.iter = setiter_self;
  it.iternext = setiter_next;
  it.methods = kSetIterMethods;
  static_type_declare(&it);
}

static BuiltinType reg_set("set", &SetType);
static BuiltinType reg_frozenset("frozenset", &FrozenSetType);

}  // namespace minipy
