// Heap types: classes created by a class statement or type(name, bases, dict). Metaclass and
// layout (solid base) selection, the C3 MRO, and the generic slot functions through which the
// runtime calls dunder methods defined in Python.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_internal.h"
#include "runtime/type_object.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace minipy {

// ---- calling special methods ---------------------------------------------------------------------

// Call `descr` (found on type(self)) as a method of self.
static Ref call_descr(Value descr, Value self, const Value* args, size_t nargs, Value kwnames = Value()) {
  TypeObject* dt = type_of(descr);
  if (dt->has_flag(kTypeMethodDescriptor) || dt == g_function_type) {
    size_t nkw = kwnames ? tuple_size(kwnames) : 0;
    size_t total = nargs + nkw + 1;
    Value small[8];
    std::vector<Value> big;
    Value* buf = small;
    if (total > 8) {
      big.resize(total);
      buf = big.data();
    }
    buf[0] = self;
    for (size_t i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
    return call(descr, buf, nargs + 1, kwnames);
  }
  if (dt->descr_get) {
    Ref bound = dt->descr_get(descr, self, type_value(type_of(self)));
    return call(bound, args, nargs, kwnames);
  }
  return call(descr, args, nargs, kwnames);
}

static Ref call_special_kw(Value self, Value name, const Value* args, size_t nargs, Value kwnames) {
  Ref descr(type_lookup(type_of(self), name));
  if (!descr) return Ref();
  return call_descr(descr, self, args, nargs, kwnames);
}

Ref call_special(Value self, Value name, const Value* args, size_t nargs) {
  return call_special_kw(self, name, args, nargs, Value());
}

Ref lookup_special(Value self, Value name) {
  Ref descr(type_lookup(type_of(self), name));
  if (!descr) return Ref();
  DescrGetSlot g = type_of(descr)->descr_get;
  if (g) return g(descr, self, type_value(type_of(self)));
  return descr;
}

static Ref call1(Value self, const char* n, Value arg) {
  return call_special(self, name(n), &arg, 1);
}
static Ref call0(Value self, const char* n) { return call_special(self, name(n), nullptr, 0); }

static bool is_wrapper_of(Value d, const char* dunder, void* fn) {
  if (!d.is_object() || d.as_object()->type != &WrapperDescriptorType) return false;
  auto* w = static_cast<WrapperDescrObject*>(d.as_object());
  return w->slot == fn && std::string_view(w->name) == dunder;
}

Ref type_getattr_for_new(TypeObject* type, Value n);

// ---- generic slots --------------------------------------------------------------------------------

Ref slot_repr(Value self) {
  Ref r = call0(self, "__repr__");
  return r ? r : object_repr(self);
}
Ref slot_str(Value self) {
  Ref r = call0(self, "__str__");
  return r ? r : object_str(self);
}
int64_t slot_hash(Value self) {
  static Value n = name("__hash__");
  Ref descr(type_lookup(type_of(self), n));
  if (!descr || is_none(descr)) hash_not_implemented(self);
  Ref r = call_descr(descr, self, nullptr, 0);
  if (!is_int(r)) raise(exc::TypeError, "__hash__ method should return an integer");
  if (auto v = int_as_i64(r)) return *v == -1 ? -2 : *v;
  return hash_int(r);
}
Ref slot_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  static Value n = name("__call__");
  Ref r = call_special_kw(self, n, args, nargs, kwnames);
  if (!r) raisef(exc::TypeError, "'%s' object is not callable", std::string(type_name(self)).c_str());
  return r;
}

Ref slot_getattr_hook(Value self, Value attr) {
  static Value ga = name("__getattribute__"), gattr = name("__getattr__");
  TypeObject* t = type_of(self);
  Ref getattribute(type_lookup(t, ga));
  Ref getattr_fn(type_lookup(t, gattr));
  // A built-in __getattribute__ (object's, type's, module's) is called through its slot directly:
  // it reports a miss as null instead of raising.
  GetAttrSlot builtin = nullptr;
  if (!getattribute) {
    builtin = generic_getattr;
  } else if (getattribute.get().is_object() && getattribute.obj()->type == &WrapperDescriptorType) {
    auto* w = static_cast<WrapperDescrObject*>(getattribute.obj());
    if (std::string_view(w->name) == "__getattribute__") builtin = reinterpret_cast<GetAttrSlot>(w->slot);
  }
  if (!getattr_fn) {
    if (builtin) return builtin(self, attr);
    Value a = attr;
    return call_descr(getattribute, self, &a, 1);
  }
  Ref res;
  try {
    if (builtin) {
      res = builtin(self, attr);
    } else {
      Value a = attr;
      res = call_descr(getattribute, self, &a, 1);
    }
  } catch (const PyException& e) {
    if (!exception_matches(e.value, exc::AttributeError)) throw;
  }
  if (res) return res;
  Value a = attr;
  return call_descr(getattr_fn, self, &a, 1);
}

void slot_setattr(Value self, Value attr, Value v) {
  static Value sa = name("__setattr__"), da = name("__delattr__");
  TypeObject* t = type_of(self);
  Ref descr(type_lookup(t, v ? sa : da));
  if (!descr || is_wrapper_of(descr, v ? "__setattr__" : "__delattr__", reinterpret_cast<void*>(generic_setattr))) {
    generic_setattr(self, attr, v);
    return;
  }
  Value args[2] = {attr, v};
  call_descr(descr, self, args, v ? 2 : 1);
}

Ref slot_richcompare(Value a, Value b, CmpOp op) {
  static const char* kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  Ref r = call1(a, kNames[int(op)], b);
  return r ? r : Ref(NotImplemented());
}

Ref slot_iter(Value self) {
  static Value n = name("__iter__");
  Ref descr(type_lookup(type_of(self), n));
  if (!descr || is_none(descr))
    raisef(exc::TypeError, "'%s' object is not iterable", std::string(type_name(self)).c_str());
  return call_descr(descr, self, nullptr, 0);
}

Ref slot_iternext(Value self) {
  static Value n = name("__next__");
  try {
    Ref r = call_special(self, n, nullptr, 0);
    if (!r) raisef(exc::TypeError, "'%s' object is not an iterator", std::string(type_name(self)).c_str());
    return r;
  } catch (const PyException& e) {
    if (!exception_matches(e.value, exc::StopIteration)) throw;
    if (t_iter_return_sink && t_iter_return_sink->iterator == self.as_object()) {
      Ref v = stop_iteration_value(e.value);
      if (!is_none(v)) iter_report_return(self.as_object(), v);
    }
    return Ref();
  }
}

Ref slot_descr_get(Value self, Value obj, Value type) {
  static Value n = name("__get__");
  Value args[2] = {obj ? obj : None(), type ? type : None()};
  Ref r = call_special(self, n, args, 2);
  return r ? r : Ref(self);
}
void slot_descr_set(Value self, Value obj, Value v) {
  if (v) {
    Value args[2] = {obj, v};
    Ref r = call_special(self, name("__set__"), args, 2);
    if (!r) raise(exc::AttributeError, "__set__");
  } else {
    Ref r = call_special(self, name("__delete__"), &obj, 1);
    if (!r) raise(exc::AttributeError, "__delete__");
  }
}

void slot_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static Value n = name("__init__");
  Ref r = call_special_kw(self, n, args, nargs, kwnames);
  if (r && !is_none(r))
    raisef(exc::TypeError, "__init__() should return None, not '%s'", std::string(type_name(r)).c_str());
}

Ref slot_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static Value n = name("__new__");
  Ref func = type_getattr_for_new(type, n);
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  std::vector<Value> buf(nargs + nkw + 1);
  buf[0] = type_value(type);
  for (size_t i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
  return call(func, buf.data(), nargs + 1, kwnames);
}

static const char* const kBinNames[kBinOpCount][3] = {
    {"__add__", "__radd__", "__iadd__"},          {"__and__", "__rand__", "__iand__"},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__"}, {"__lshift__", "__rlshift__", "__ilshift__"},
    {"__matmul__", "__rmatmul__", "__imatmul__"}, {"__mul__", "__rmul__", "__imul__"},
    {"__mod__", "__rmod__", "__imod__"},          {"__or__", "__ror__", "__ior__"},
    {"__pow__", "__rpow__", "__ipow__"},          {"__rshift__", "__rrshift__", "__irshift__"},
    {"__sub__", "__rsub__", "__isub__"},          {"__truediv__", "__rtruediv__", "__itruediv__"},
    {"__xor__", "__rxor__", "__ixor__"}};

static Ref call_or_ni(Value self, Value n, Value arg) {
  Ref descr(type_lookup(type_of(self), n));
  if (!descr || is_none(descr)) return Ref(NotImplemented());
  return call_descr(descr, self, &arg, 1);
}

template <int OP>
static Ref slot_binary_t(Value self, Value other) {
  static Value lname = name(kBinNames[OP][0]);
  static Value rname = name(kBinNames[OP][1]);
  BinarySlot me = slot_binary_t<OP>;
  TypeObject* ts = type_of(self);
  TypeObject* to = type_of(other);
  bool do_other = ts != to && to->nb[OP] == me && type_lookup(to, rname);
  if (ts->nb[OP] == me) {
    if (do_other && is_subtype(to, ts) && type_lookup(to, rname) != type_lookup(ts, rname)) {
      Ref r = call_or_ni(other, rname, self);
      if (r.get() != NotImplemented()) return r;
      do_other = false;
    }
    Ref r = call_or_ni(self, lname, other);
    if (r.get() != NotImplemented() || ts == to) return r;
  }
  if (do_other) return call_or_ni(other, rname, self);
  return Ref(NotImplemented());
}

template <int OP>
static Ref slot_inplace_t(Value self, Value other) {
  static Value iname = name(kBinNames[OP][2]);
  return call_or_ni(self, iname, other);
}

template <int... Is>
static BinarySlot pick_binary(int op, std::integer_sequence<int, Is...>) {
  static const BinarySlot table[] = {slot_binary_t<Is>...};
  return table[op];
}
template <int... Is>
static BinarySlot pick_inplace(int op, std::integer_sequence<int, Is...>) {
  static const BinarySlot table[] = {slot_inplace_t<Is>...};
  return table[op];
}
BinarySlot slot_binary(int op) { return pick_binary(op, std::make_integer_sequence<int, kBinOpCount>()); }
BinarySlot slot_inplace(int op) { return pick_inplace(op, std::make_integer_sequence<int, kBinOpCount>()); }

static Ref unary_special(Value self, const char* n, const char* op) {
  Ref r = call0(self, n);
  if (!r) raisef(exc::TypeError, "bad operand type for %s: '%s'", op, std::string(type_name(self)).c_str());
  return r;
}
Ref slot_neg(Value self) { return unary_special(self, "__neg__", "unary -"); }
Ref slot_pos(Value self) { return unary_special(self, "__pos__", "unary +"); }
Ref slot_invert(Value self) { return unary_special(self, "__invert__", "unary ~"); }
Ref slot_abs(Value self) { return unary_special(self, "__abs__", "abs()"); }
Ref slot_int(Value self) { return unary_special(self, "__int__", "int()"); }
Ref slot_float(Value self) { return unary_special(self, "__float__", "float()"); }
Ref slot_index(Value self) { return unary_special(self, "__index__", "index"); }

static int64_t len_result(Value r) {
  if (!is_int(r))
    raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(r)).c_str());
  auto v = int_as_i64(r);
  if (!v) {
    if (int_sign(r) < 0) raise(exc::ValueError, "__len__() should return >= 0");
    raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (*v < 0) raise(exc::ValueError, "__len__() should return >= 0");
  return *v;
}

bool slot_bool(Value self) {
  static Value bn = name("__bool__"), ln = name("__len__");
  Ref descr(type_lookup(type_of(self), bn));
  if (descr) {
    Ref r = call_descr(descr, self, nullptr, 0);
    if (r.get() == True()) return true;
    if (r.get() == False()) return false;
    raisef(exc::TypeError, "__bool__ should return bool, returned %s", std::string(type_name(r)).c_str());
  }
  Ref l(type_lookup(type_of(self), ln));
  if (l) return len_result(call_descr(l, self, nullptr, 0)) != 0;
  return true;
}
int64_t slot_len(Value self) {
  static Value n = name("__len__");
  Ref r = call_special(self, n, nullptr, 0);
  if (!r) raisef(exc::TypeError, "object of type '%s' has no len()", std::string(type_name(self)).c_str());
  return len_result(r);
}
Ref slot_getitem(Value self, Value key) {
  static Value n = name("__getitem__");
  Ref r = call_special(self, n, &key, 1);
  if (!r) raisef(exc::TypeError, "'%s' object is not subscriptable", std::string(type_name(self)).c_str());
  return r;
}
void slot_setitem(Value self, Value key, Value v) {
  if (v) {
    Value args[2] = {key, v};
    Ref r = call_special(self, name("__setitem__"), args, 2);
    if (!r) raise(exc::AttributeError, "__setitem__");  // the class defines only __delitem__
  } else {
    Ref r = call_special(self, name("__delitem__"), &key, 1);
    if (!r) raise(exc::AttributeError, "__delitem__");  // the class defines only __setitem__
  }
}
bool slot_contains(Value self, Value item) {
  static Value n = name("__contains__");
  Ref descr(type_lookup(type_of(self), n));
  if (!descr || is_none(descr))
    raisef(exc::TypeError, "argument of type '%s' is not iterable", std::string(type_name(self)).c_str());
  return is_true(call_descr(descr, self, &item, 1));
}

// ---- slot derivation for heap types ---------------------------------------------------------------

void update_all_slots(TypeObject* t) {
  const SlotDef* defs = slot_defs_begin();
  size_t n = slot_defs_size();
  for (size_t i = 0; i < n;) {
    size_t j = i;
    while (j < n && defs[j].offset == defs[i].offset) ++j;
    void* specific = nullptr;
    bool use_generic = false, any = false;
    for (size_t k = i; k < j; ++k) {
      Value d = type_lookup(t, name(defs[k].name));
      if (!d) continue;
      any = true;
      if (d.is_object() && d.as_object()->type == &WrapperDescriptorType) {
        auto* w = static_cast<WrapperDescrObject*>(d.as_object());
        if (std::string_view(w->name) == defs[k].name && is_subtype(t, w->owner) &&
            (!specific || specific == w->slot)) {
          specific = w->slot;
          continue;
        }
      } else if (defs[k].offset == offsetof(TypeObject, hash) && is_none(d)) {
        specific = reinterpret_cast<void*>(hash_not_implemented);
        continue;
      }
      use_generic = true;
    }
    slot_field(t, defs[i].offset) = !any ? nullptr : use_generic ? defs[i].generic : specific;
    i = j;
  }
  // __new__: the nearest definition along the MRO decides.
  static Value nn = name("__new__");
  t->new_ = nullptr;
  Value mro = t->mro;
  for (size_t i = 0, m = mro ? tuple_size(mro) : 0; i < m; ++i) {
    TypeObject* b = as_type(tuple_item(mro, i));
    if (!b->dict || !dict_get(b->dict, nn)) continue;
    t->new_ = b->has_flag(kTypeHeapType) ? slot_new : b->new_;
    break;
  }
}

// ---- instances of heap types ------------------------------------------------------------------

// Offsets of the __slots__ values each heap type adds to its instances' layout.
static std::unordered_map<TypeObject*, std::vector<size_t>>& slot_offsets() {
  static auto* m = new std::unordered_map<TypeObject*, std::vector<size_t>>();
  return *m;
}
void forget_slot_offsets(TypeObject* t) { slot_offsets().erase(t); }

template <class F>
static void for_each_slot_ref(Object* o, F f) {
  if (slot_offsets().empty()) return;
  for (TypeObject* t = o->type; t && t->has_flag(kTypeHeapType); t = t->base) {
    auto it = slot_offsets().find(t);
    if (it == slot_offsets().end()) continue;
    for (size_t off : it->second) f(*reinterpret_cast<Ref*>(reinterpret_cast<char*>(o) + off));
  }
}

static TypeObject* static_base(TypeObject* t) {
  while (t && t->has_flag(kTypeHeapType)) t = t->base;
  return t;
}

void subtype_dealloc(Object* o) {
  TypeObject* t = o->type;
  static Value del = name("__del__");
  if (Value d = type_lookup(t, del)) {
    bool gc = t->has_flag(kTypeGC);
    // The collector marks objects whose __del__ it already ran (low bit of the GcHeader's prev).
    bool finalized = gc && (reinterpret_cast<uintptr_t>(gc_header(o)->prev) & 1u);
    if (!finalized) {
      if (gc) {
        GcHeader* h = gc_header(o);
        if (h->prev) h->prev = reinterpret_cast<GcHeader*>(reinterpret_cast<uintptr_t>(h->prev) | 1u);
      }
      o->refcnt = 1;  // resurrect for the call
      Ref keep(d);
      try {
        call_descr(keep, Value(o), nullptr, 0);
      } catch (const PyException& e) {
        write_unraisable(e.value, keep);
      }
      if (--o->refcnt != 0) return;  // resurrected
    }
  }
  // Out of the collector's list before anything is torn down: dropping the slots or the
  // __dict__ can run Python code, and a collection then must not see a half-freed object (the
  // base's dealloc may not know its instances can be tracked: str, int, float... subclasses).
  if (t->has_flag(kTypeGC) && gc_is_tracked(o)) gc_untrack(o);
  for_each_slot_ref(o, [](Ref& r) { r.reset(); });
  TypeObject* b = static_base(t);
  b->dealloc(o);
}

static void subtype_traverse(Object* o, VisitFn visit, void* arg) {
  TypeObject* t = o->type;
  TypeObject* b = static_base(t);
  visit(type_value(t), arg);  // every instance of a heap type owns a reference to it
  if (b->traverse) b->traverse(o, visit, arg);
  for_each_slot_ref(o, [&](Ref& r) {
    if (r) visit(r, arg);
  });
  if (t->dictoffset && t->dictoffset != b->dictoffset) {
    if (Ref* d = instance_dict_slot(o); d && *d) visit(*d, arg);
  }
}

static void subtype_clear(Object* o) {
  TypeObject* t = o->type;
  TypeObject* b = static_base(t);
  if (b->clear) b->clear(o);
  for_each_slot_ref(o, [](Ref& r) { r.reset(); });
  if (t->dictoffset && t->dictoffset != b->dictoffset) {
    if (Ref* d = instance_dict_slot(o)) d->reset();
  }
}

// ---- type.__new__ -------------------------------------------------------------------------------

static bool is_python_function(Value v) { return v.is_object() && type_name(v) == "function"; }

static size_t layout_size(TypeObject* t) {
  size_t s = t->basicsize;
  // A __dict__ slot added by a heap class does not count as layout (CPython's extra_ivars).
  if (t->has_flag(kTypeHeapType) && t->dictoffset && t->dictoffset != kDictOffsetInPrefix &&
      !static_base(t)->dictoffset)
    s -= sizeof(Ref);
  return s;
}

static TypeObject* solid_base(TypeObject* t) {
  if (!t->base) return t;
  TypeObject* s = solid_base(t->base);
  if (layout_size(t) != layout_size(t->base)) return t;
  return s;
}

static std::vector<TypeObject*> tuple_types(Value tup) {
  std::vector<TypeObject*> v;
  size_t n = tuple_size(tup);
  for (size_t i = 0; i < n; ++i) v.push_back(as_type(tuple_item(tup, i)));
  return v;
}

Ref compute_mro(TypeObject* t) {
  std::vector<std::vector<TypeObject*>> seqs;
  std::vector<TypeObject*> bases = tuple_types(t->bases);
  for (TypeObject* b : bases) seqs.push_back(tuple_types(b->mro));
  seqs.push_back(bases);
  std::vector<TypeObject*> result{t};
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool remaining = false;
    TypeObject* found = nullptr;
    for (size_t i = 0; i < seqs.size() && !found; ++i) {
      if (pos[i] >= seqs[i].size()) continue;
      remaining = true;
      TypeObject* cand = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; ++j)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); ++k)
          if (seqs[j][k] == cand) {
            in_tail = true;
            break;
          }
      if (!in_tail) found = cand;
    }
    if (!remaining) break;
    if (!found) {
      std::string names;
      std::vector<TypeObject*> seen;
      for (size_t i = 0; i < seqs.size(); ++i) {
        if (pos[i] >= seqs[i].size()) continue;
        TypeObject* c = seqs[i][pos[i]];
        bool dup = false;
        for (TypeObject* s : seen) dup |= s == c;
        if (dup) continue;
        seen.push_back(c);
        if (!names.empty()) names += ", ";
        names += std::string(c->type_name());
      }
      raisef(exc::TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
             names.c_str());
    }
    result.push_back(found);
    for (size_t i = 0; i < seqs.size(); ++i)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == found) ++pos[i];
  }
  Ref mro = tuple_new(result.size());
  for (size_t i = 0; i < result.size(); ++i) tuple_init_item(mro, i, Ref(type_value(result[i])));
  return mro;
}

static TypeObject* calculate_metaclass(TypeObject* meta, Value bases) {
  TypeObject* winner = meta;
  size_t n = tuple_size(bases);
  for (size_t i = 0; i < n; ++i) {
    TypeObject* t = type_of(tuple_item(bases, i));
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
          "the metaclasses of all its bases");
  }
  return winner;
}

Ref type_getattr_for_new(TypeObject* type, Value n) {
  Value d = type_lookup(type, n);
  if (!d) raise(exc::TypeError, "__new__ not found");
  DescrGetSlot g = type_of(d)->descr_get;
  if (g) return g(d, Value(), type_value(type));
  return Ref(d);
}

Ref type_new_impl(TypeObject* meta, Value name_v, Value bases_in, Value ns, const Value* kwvalues,
                  Value kwnames) {
  size_t nb = tuple_size(bases_in);
  Ref bases = nb ? Ref(bases_in) : tuple_from({type_value(&ObjectType)});
  nb = tuple_size(bases);
  TypeObject* best = nullptr;
  TypeObject* best_solid = nullptr;
  for (size_t i = 0; i < nb; ++i) {
    Value b = tuple_item(bases, i);
    if (!is_type(b)) raise(exc::TypeError, "bases must be types");
    TypeObject* bt = as_type(b);
    if (!bt->has_flag(kTypeBaseType))
      raisef(exc::TypeError, "type '%s' is not an acceptable base type", std::string(bt->type_name()).c_str());
    for (size_t j = 0; j < i; ++j)
      if (tuple_item(bases, j) == b)
        raisef(exc::TypeError, "duplicate base class %s", std::string(bt->type_name()).c_str());
    TypeObject* s = solid_base(bt);
    if (!best_solid) {
      best_solid = s;
      best = bt;
    } else if (is_subtype(best_solid, s)) {
      // keep
    } else if (is_subtype(s, best_solid)) {
      best_solid = s;
      best = bt;
    } else {
      raise(exc::TypeError, "multiple bases have instance lay-out conflict");
    }
  }

  Ref tref = new_object<TypeObject>(meta);
  TypeObject* t = tref.as<TypeObject>();
  t->flags = kTypeHeapType | kTypeBaseType | (best->flags & 0xFF00u);
  t->heap_name = std::string(str_view(name_v));
  t->bases = bases;
  t->base = best;
  if (best->has_flag(kTypeHeapType)) incref(type_value(best));  // released by type_dealloc

  Ref dict = dict_copy(ns);
  if (Value q = dict_get_str(dict, "__qualname__")) {
    if (!is_str(q))
      raisef(exc::TypeError, "type __qualname__ must be a str, not %s", std::string(type_name(q)).c_str());
    t->heap_qualname = std::string(str_view(q));
    Ref key = str_new("__qualname__");
    dict_del(dict, key);
  }
  if (!dict_get_str(dict, "__module__")) {
    Ref m = g_current_module_name_hook ? g_current_module_name_hook() : Ref();
    if (m) dict_set_str(dict, "__module__", m);
  }
  if (Value nw = dict_get_str(dict, "__new__"); nw && is_python_function(nw))
    dict_set_str(dict, "__new__", staticmethod_new(nw));
  for (const char* cm : {"__init_subclass__", "__class_getitem__"})
    if (Value f = dict_get_str(dict, cm); f && is_python_function(f)) dict_set_str(dict, cm, classmethod_new(f));
  if (dict_get_str(dict, "__eq__") && !dict_get_str(dict, "__hash__")) dict_set_str(dict, "__hash__", None());
  Value cell = dict_get_str(dict, "__classcell__");
  Ref cell_ref(cell);
  if (cell) {
    if (!cell.is_object() || cell.as_object()->type != &CellType)
      raisef(exc::TypeError, "__classcell__ must be a nonlocal cell, not %s",
             repr_utf8(type_value(type_of(cell))).c_str());
    Ref key = str_new("__classcell__");
    dict_del(dict, key);
  }

  t->basicsize = best->basicsize;
  t->dictoffset = best->dictoffset;
  t->weaklistoffset = best->weaklistoffset;
  bool add_dict = !t->dictoffset && !is_subtype(best, &TypeType);
  if (Value slots = dict_get_str(dict, "__slots__")) {
    Ref seq = is_str(slots) ? tuple_from({slots}) : tuple_from_iterable(slots);
    if (tuple_size(seq) > 0 && static_base(best)->has_flag(kTypeVarSize))
      raisef(exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'",
             std::string(best->type_name()).c_str());
    bool want_dict = false;
    std::vector<Ref> names;
    for (size_t i = 0, n = tuple_size(seq); i < n; ++i) {
      Value item = tuple_item(seq, i);
      if (!is_str(item))
        raisef(exc::TypeError, "__slots__ items must be strings, not '%s'", std::string(type_name(item)).c_str());
      std::string nm(str_view(item));
      if (nm == "__dict__") {
        if (!add_dict || want_dict) raise(exc::TypeError, "__dict__ slot disallowed: we already got one");
        want_dict = true;
        continue;
      }
      if (nm == "__weakref__") continue;
      if (nm.size() > 2 && nm.compare(0, 2, "__") == 0 && nm.compare(nm.size() - 2, 2, "__") != 0) {
        std::string cls = t->heap_name;
        size_t k = cls.find_first_not_of('_');
        nm = "_" + (k == std::string::npos ? std::string() : cls.substr(k)) + nm;
      }
      Ref key = intern(nm);
      if (dict_get(dict, key))
        raisef(exc::ValueError, "'%s' in __slots__ conflicts with class variable", nm.c_str());
      names.push_back(key);
    }
    std::vector<size_t>& offs = slot_offsets()[t];
    offs.clear();
    for (Ref& key : names) {
      offs.push_back(t->basicsize);
      dict_set(dict, key, member_descriptor_new(t, key, t->basicsize));
      t->basicsize += sizeof(Ref);
    }
    if (offs.empty()) slot_offsets().erase(t);
    add_dict = want_dict;
    if (!names.empty()) t->flags |= kTypeGC;
  }
  if (add_dict) {
    if (static_base(best)->has_flag(kTypeFixedItems)) {
      t->dictoffset = kDictOffsetInPrefix;  // items follow the fixed layout: no room after it
    } else {
      t->dictoffset = t->basicsize;
      t->basicsize += sizeof(Ref);
    }
    if (!dict_get_str(dict, "__dict__")) dict_set_str(dict, "__dict__", getset_descriptor_new(t, &kInstanceDictGetSet[0]));
    // Weak references are not supported yet; the attribute exists (None) as in CPython.
    if (!dict_get_str(dict, "__weakref__")) dict_set_str(dict, "__weakref__", getset_descriptor_new(t, &kInstanceDictGetSet[1]));
  }
  if (!dict_get_str(dict, "__doc__")) dict_set_str(dict, "__doc__", None());
  if (t->dictoffset || best->has_flag(kTypeGC)) t->flags |= kTypeGC;
  t->dict = std::move(dict);
  t->dealloc = subtype_dealloc;
  t->traverse = subtype_traverse;
  t->clear = subtype_clear;

  t->mro = compute_mro(t);
  for (size_t i = 0; i < nb; ++i) register_subclass(as_type(tuple_item(bases, i)), t);
  t->version = next_type_version();
  update_all_slots(t);
  if (is_subtype(best, &ObjectType) && !t->getattr) t->getattr = generic_getattr;

  if (cell_ref) static_cast<CellObject*>(cell_ref.obj())->contents = Ref(type_value(t));

  // __set_name__ on every attribute that defines it.
  {
    Ref items = list_new();
    size_t pos = 0;
    Value k, v;
    while (dict_next(t->dict, pos, k, v)) list_append(items, tuple_from({k, v}));
    static Value sn = name("__set_name__");
    for (auto& kv : list_items(items)) {
      Value v2 = tuple_item(kv, 1);
      Ref f = lookup_special(v2, sn);
      if (f) call(f, {type_value(t), tuple_item(kv, 0)});
    }
  }
  // super(t, t).__init_subclass__(**kwargs)
  {
    static Value isn = name("__init_subclass__");
    Value mro = t->mro;
    for (size_t i = 1, m = tuple_size(mro); i < m; ++i) {
      TypeObject* b = as_type(tuple_item(mro, i));
      Value d = b->dict ? dict_get(b->dict, isn) : Value();
      if (!d) continue;
      Ref keep(d);
      DescrGetSlot g = type_of(d)->descr_get;
      Ref bound = g ? g(d, Value(), type_value(t)) : keep;
      call(bound, kwvalues, 0, kwnames);
      break;
    }
  }
  return tref;
}

Ref type_new_slot(TypeObject* meta, const Value* args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  if (meta == &TypeType && nargs == 1 && nkw == 0) return Ref(type_value(type_of(args[0])));
  if (nargs != 3) {
    if (meta == &TypeType || nargs != 1)
      raisef(exc::TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
    raisef(exc::TypeError, "type.__new__() takes exactly 3 arguments (%zu given)", nargs);
  }
  if (!is_str(args[0]))
    raisef(exc::TypeError, "type.__new__() argument 1 must be str, not %s", std::string(type_name(args[0])).c_str());
  if (!is_tuple(args[1]))
    raisef(exc::TypeError, "type.__new__() argument 2 must be tuple, not %s", std::string(type_name(args[1])).c_str());
  if (!is_dict(args[2]))
    raisef(exc::TypeError, "type.__new__() argument 3 must be dict, not %s", std::string(type_name(args[2])).c_str());
  TypeObject* winner = calculate_metaclass(meta, args[1]);
  if (winner != meta && winner->new_ != type_new_slot) return winner->new_(winner, args, nargs, kwnames);
  return type_new_impl(winner, args[0], args[1], args[2], args + nargs, kwnames);
}

// The `__new__` entry of a static type: T.__new__(S, ...) creates an S using T's allocator.
Ref tp_new_wrapper(Value self, const Value* args, size_t nargs, Value kwnames) {
  TypeObject* owner = as_type(self);
  std::string oname(owner->type_name());
  if (nargs < 1) raisef(exc::TypeError, "%s.__new__(): not enough arguments", oname.c_str());
  if (!is_type(args[0]))
    raisef(exc::TypeError, "%s.__new__(X): X is not a type object (%s)", oname.c_str(),
           std::string(type_name(args[0])).c_str());
  TypeObject* sub = as_type(args[0]);
  std::string sname(sub->type_name());
  if (!is_subtype(sub, owner))
    raisef(exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", oname.c_str(), sname.c_str(),
           sname.c_str(), oname.c_str());
  TypeObject* sb = static_base(sub);
  if (sb && sb->new_ != owner->new_)
    raisef(exc::TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", oname.c_str(), sname.c_str(),
           std::string(sb->type_name()).c_str());
  return owner->new_(sub, args + 1, nargs - 1, kwnames);
}

}  // namespace minipy
