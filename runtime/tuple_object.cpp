// tuple: immutable, items inline after the header (one allocation per tuple).
#include <cstddef>
#include <cstring>

#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject TupleType;

static Ref g_empty_tuple;

static size_t tuple_alloc_size(size_t n) {
  size_t sz = sizeof(TupleObject) - sizeof(Value) + n * sizeof(Value);  // items[] is last
  return sz < sizeof(TupleObject) ? sizeof(TupleObject) : sz;
}

static Ref tuple_alloc(TypeObject* type, size_t n) {
  // Items start at `items` for subclasses too; their instance __dict__ (if any) lives in the
  // allocation prefix (kTypeFixedItems), and they cannot add __slots__ (kTypeVarSize).
  size_t sz = tuple_alloc_size(n);
  Ref t = new_object_sized<TupleObject>(type, sz);
  auto* o = t.as<TupleObject>();
  o->hash_cache = -1;
  o->size = n;
  return t;
}

Ref tuple_new(size_t n) {
  if (n == 0) return empty_tuple();
  return tuple_alloc(&TupleType, n);
}

Ref empty_tuple() {
  if (!g_empty_tuple) {
    g_empty_tuple = tuple_alloc(&TupleType, 0);
    g_empty_tuple.obj()->refcnt = kImmortalRefcnt;
  }
  return g_empty_tuple;
}

Ref tuple_from(std::initializer_list<Value> items) { return tuple_from_array(items.begin(), items.size()); }

Ref tuple_from_array(const Value* items, size_t n) {
  if (n == 0) return empty_tuple();
  Ref t = tuple_alloc(&TupleType, n);
  Value* dst = tuple_items(t);
  for (size_t i = 0; i < n; i++) {
    incref(items[i]);
    dst[i] = items[i];
  }
  return t;
}

static Ref tuple_from_refs(std::vector<Ref>& v) {
  if (v.empty()) return empty_tuple();
  Ref t = tuple_alloc(&TupleType, v.size());
  Value* dst = tuple_items(t);
  for (size_t i = 0; i < v.size(); i++) dst[i] = v[i].release();
  return t;
}

Ref tuple_from_iterable(Value iterable) {
  if (is_exact_tuple(iterable)) return Ref(iterable);
  if (is_exact_list(iterable)) return list_as_tuple(iterable);
  std::vector<Ref> items = collect_iterable(iterable);
  return tuple_from_refs(items);
}

bool is_tuple(Value v) { return v.is_object() && type_of(v)->has_flag(kTypeTupleSubclass); }

// ---- slots ----------------------------------------------------------------------------------------

static void tuple_dealloc_real(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  for (size_t i = t->size; i-- > 0;) {  // last to first, as CPython
    Value v = t->items[i];
    t->items[i] = Value();
    decref(v);
  }
  dealloc_common_tail(o);
}

static void tuple_dealloc(Object* o) { trashcan_dealloc(o, tuple_dealloc_real); }

static void tuple_traverse(Object* o, VisitFn visit, void* arg) {
  auto* t = static_cast<TupleObject*>(o);
  for (size_t i = 0; i < t->size; i++)
    if (t->items[i]) visit(t->items[i], arg);
}

static void tuple_clear(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  for (size_t i = 0; i < t->size; i++) {
    Value v = t->items[i];
    t->items[i] = Value();
    decref(v);
  }
}

static Ref tuple_repr(Value self) {
  size_t n = tuple_size(self);
  if (n == 0) return str_from_ascii("()");
  ReprGuard guard(self.as_object());
  if (guard.recursive()) return str_from_ascii("(...)");
  check_c_stack();
  std::string s = "(";
  for (size_t i = 0; i < n; i++) {
    if (i) s += ", ";
    s += repr_utf8(tuple_item(self, i));
  }
  s += n == 1 ? ",)" : ")";
  return str_new(s);
}

// CPython 3.8+'s tuple hash (xxHash-based), so hash((1, 2)) matches CPython's.
static int64_t tuple_hash(Value self) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  size_t n = tuple_size(self);
  uint64_t acc = kPrime5;
  for (size_t i = 0; i < n; i++) {
    uint64_t lane = uint64_t(hash_of(tuple_item(self, i)));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += n ^ (kPrime5 ^ 3527539UL);
  if (acc == uint64_t(-1)) return 1546275796;
  return int64_t(acc);
}

// Lexicographic comparison shared by tuple and list (list sizes are re-read: __eq__ may mutate).
static Ref tuple_richcompare(Value a, Value b, CmpOp op) {
  if (!is_tuple(a) || !is_tuple(b)) return not_implemented();
  size_t na = tuple_size(a), nb = tuple_size(b);
  size_t i = 0;
  for (; i < na && i < nb; i++) {
    if (!equals(tuple_item(a, i), tuple_item(b, i))) break;
  }
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = na < nb; break;
      case CmpOp::Le: r = na <= nb; break;
      case CmpOp::Eq: r = na == nb; break;
      case CmpOp::Ne: r = na != nb; break;
      case CmpOp::Gt: r = na > nb; break;
      case CmpOp::Ge: r = na >= nb; break;
    }
    return Ref(bool_value(r));
  }
  if (op == CmpOp::Eq) return Ref(False());
  if (op == CmpOp::Ne) return Ref(True());
  return rich_compare(tuple_item(a, i), tuple_item(b, i), op);
}

static int64_t tuple_len(Value self) { return int64_t(tuple_size(self)); }

static bool tuple_contains(Value self, Value item) {
  size_t n = tuple_size(self);
  for (size_t i = 0; i < n; i++)
    if (equals(tuple_item(self, i), item)) return true;
  return false;
}

static Ref tuple_getitem(Value self, Value key) {
  size_t n = tuple_size(self);
  if (key.is_small_int()) {
    int64_t i = key.small_int_value();
    if (i < 0) i += int64_t(n);
    if (i < 0 || i >= int64_t(n)) raise(exc::IndexError, "tuple index out of range");
    return Ref(tuple_item(self, size_t(i)));
  }
  if (key.is_object() && type_of(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t len = slice_indices(key, int64_t(n), &start, &stop, &step);
    if (len <= 0) return empty_tuple();
    if (step == 1 && len == int64_t(n) && is_exact_tuple(self)) return Ref(self);
    Ref t = tuple_new(size_t(len));
    Value* dst = tuple_items(t);
    for (int64_t k = 0, j = start; k < len; k++, j += step) {
      Value v = tuple_item(self, size_t(j));
      incref(v);
      dst[k] = v;
    }
    return t;
  }
  if (has_index(key)) {
    int64_t i = index_value(key);
    if (i < 0) i += int64_t(n);
    if (i < 0 || i >= int64_t(n)) raise(exc::IndexError, "tuple index out of range");
    return Ref(tuple_item(self, size_t(i)));
  }
  raisef(exc::TypeError, "tuple indices must be integers or slices, not %s", std::string(type_name(key)).c_str());
}

static Ref tuple_iter(Value self) { return tuple_iter_new(self); }

static Ref tuple_add(Value a, Value b) {
  if (!is_tuple(a)) return not_implemented();
  if (!is_tuple(b)) {
    if (type_of(b)->has_flag(kTypeHeapType)) return not_implemented();  // b.__radd__ may apply
    raisef(exc::TypeError, "can only concatenate tuple (not \"%s\") to tuple", std::string(type_name(b)).c_str());
  }
  size_t na = tuple_size(a), nb = tuple_size(b);
  if (nb == 0 && is_exact_tuple(a)) return Ref(a);
  if (na == 0 && is_exact_tuple(b)) return Ref(b);
  Ref t = tuple_new(na + nb);
  Value* dst = tuple_items(t);
  for (size_t i = 0; i < na; i++) {
    dst[i] = tuple_item(a, i);
    incref(dst[i]);
  }
  for (size_t i = 0; i < nb; i++) {
    dst[na + i] = tuple_item(b, i);
    incref(dst[na + i]);
  }
  return t;
}

// seq * n and n * seq for tuple (both operand orders reach this slot).
static Ref tuple_mul(Value a, Value b) {
  Value seq = a, count = b;
  if (!is_tuple(a)) std::swap(seq, count);
  if (!is_tuple(seq)) return not_implemented();
  if (!has_index(count)) {
    if (type_of(count)->has_flag(kTypeHeapType)) return not_implemented();
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", std::string(type_name(count)).c_str());
  }
  int64_t k = index_value(count);
  size_t n = tuple_size(seq);
  if (k <= 0 || n == 0) return empty_tuple();
  if (k == 1 && is_exact_tuple(seq)) return Ref(seq);
  if (uint64_t(k) > (uint64_t(1) << 40) / n) raise_memory_error();
  Ref t = tuple_new(n * size_t(k));
  Value* dst = tuple_items(t);
  for (int64_t r = 0; r < k; r++)
    for (size_t i = 0; i < n; i++) {
      Value v = tuple_item(seq, i);
      incref(v);
      *dst++ = v;
    }
  return t;
}

static Ref tuple_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && tuple_size(kwnames) > 0 && type == &TupleType) raise(exc::TypeError, "tuple() takes no keyword arguments");
  size_t npos = nargs;
  if (npos > 1) raisef(exc::TypeError, "tuple expected at most 1 argument, got %zu", npos);
  Ref base = npos == 0 ? empty_tuple() : tuple_from_iterable(args[0]);
  if (type == &TupleType) return base;
  // A subclass instance: same items, the subclass's type.
  size_t n = tuple_size(base);
  Ref t = tuple_alloc(type, n);
  for (size_t i = 0; i < n; i++) {
    Value v = tuple_item(base, i);
    incref(v);
    tuple_items(t)[i] = v;
  }
  return t;
}

// ---- methods --------------------------------------------------------------------------------------

// Resolve index()'s optional start/stop like CPython's _PyEval_SliceIndex + clamping.
static void clamp_range(Value vstart, Value vstop, size_t n, size_t& lo, size_t& hi) {
  int64_t start = 0, stop = int64_t(n);
  if (vstart && !is_none(vstart)) start = index_as_int64(vstart, nullptr);
  if (vstop && !is_none(vstop)) stop = index_as_int64(vstop, nullptr);
  if (start < 0) {
    start += int64_t(n);
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += int64_t(n);
    if (stop < 0) stop = 0;
  }
  lo = size_t(start);
  hi = size_t(stop);
}

static Ref tuple_index(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("index", kwnames);
  check_nargs("index", nargs, 1, 3);
  size_t lo, hi;
  clamp_range(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), tuple_size(self), lo, hi);
  for (size_t i = lo; i < hi && i < tuple_size(self); i++)
    if (equals(tuple_item(self, i), args[0])) return int_from_i64(int64_t(i));
  raise(exc::ValueError, "tuple.index(x): x not in tuple");
}

static Ref tuple_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("count", kwnames);
  check_nargs("count", nargs, 1, 1);
  int64_t c = 0;
  for (size_t i = 0; i < tuple_size(self); i++)
    if (equals(tuple_item(self, i), args[0])) c++;
  return int_from_i64(c);
}

static Ref tuple_getnewargs(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__getnewargs__", nargs, 0, 0);
  Ref copy = tuple_from_array(tuple_items(self), tuple_size(self));
  return tuple_from({copy.get()});
}

static const MethodDef kTupleMethods[] = {
    {"index", tuple_index},
    {"count", tuple_count},
    {"__getnewargs__", tuple_getnewargs},
    {"__class_getitem__", class_getitem, kMethodClass},
    {},
};

void init_tuple_type() {
  TypeObject& t = TupleType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "tuple";
  t.base = &ObjectType;
  t.flags = kTypeBaseType | kTypeGC | kTypeImmutable | kTypeTupleSubclass | kTypeVarSize | kTypeFixedItems;
  t.basicsize = sizeof(TupleObject);
  t.dealloc = tuple_dealloc;
  t.traverse = tuple_traverse;
  t.clear = tuple_clear;
  t.new_ = tuple_new_slot;
  t.repr = tuple_repr;
  t.hash = tuple_hash;
  t.richcompare = tuple_richcompare;
  t.iter = tuple_iter;
  t.len = tuple_len;
  t.contains = tuple_contains;
  t.getitem = tuple_getitem;
  t.nb[int(BinOp::Add)] = tuple_add;
  t.nb[int(BinOp::Mul)] = tuple_mul;
  t.methods = kTupleMethods;
  static_type_declare(&t);
}

static BuiltinType reg_tuple("tuple", &TupleType);

}  // namespace minipy
