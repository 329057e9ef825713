// range and slice.
//
// range keeps int64 bounds and length for the loops programs write (FOR_ITER's fast path reads
// them); a range whose bounds or length do not fit keeps Python ints instead (`big`) and works
// through int arithmetic, as CPython's ranges of arbitrary size do (only len() overflows).
#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
#include "runtime/int_object.h"
#include "runtime/iterators.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject RangeType, SliceType, RangeIterType;

// ---- slice ----------------------------------------------------------------------------------------

Ref slice_new(Value start, Value stop, Value step) {
  Ref s = new_object<SliceObject>(&SliceType);
  auto* o = s.as<SliceObject>();
  o->start = Ref(start ? start : None());
  o->stop = Ref(stop ? stop : None());
  o->step = Ref(step ? step : None());
  return s;
}

// _PyEval_SliceIndex: None keeps the default, ints (or __index__) clamp to the int64 range.
static bool slice_index(Value v, int64_t* out) {
  if (is_none(v)) return false;
  if (v.is_small_int()) {
    *out = v.small_int_value();
    return true;
  }
  if (!has_index(v)) raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  *out = index_as_int64(v, nullptr);
  return true;
}

int64_t slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
  auto* s = static_cast<SliceObject*>(slice.as_object());
  int64_t st = 1;
  if (slice_index(s->step, &st)) {
    if (st == 0) raise(exc::ValueError, "slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;  // so that -step cannot overflow
  }
  int64_t lo, hi;
  bool has_lo = slice_index(s->start, &lo);
  bool has_hi = slice_index(s->stop, &hi);
  if (!has_lo) lo = st < 0 ? INT64_MAX : 0;
  if (!has_hi) hi = st < 0 ? INT64_MIN : INT64_MAX;
  // PySlice_AdjustIndices
  if (lo < 0) {
    lo += length;
    if (lo < 0) lo = st < 0 ? -1 : 0;
  } else if (lo >= length) {
    lo = st < 0 ? length - 1 : length;
  }
  if (hi < 0) {
    hi += length;
    if (hi < 0) hi = st < 0 ? -1 : 0;
  } else if (hi >= length) {
    hi = st < 0 ? length - 1 : length;
  }
  *start = lo;
  *stop = hi;
  *step = st;
  if (st < 0) {
    if (hi < lo) return (lo - hi - 1) / (-st) + 1;
  } else if (lo < hi) {
    return (hi - lo - 1) / st + 1;
  }
  return 0;
}

static void slice_traverse(Object* o, VisitFn visit, void* arg) {
  auto* s = static_cast<SliceObject*>(o);
  if (s->start) visit(s->start, arg);
  if (s->stop) visit(s->stop, arg);
  if (s->step) visit(s->step, arg);
}
static void slice_clear(Object* o) {
  auto* s = static_cast<SliceObject*>(o);
  s->start.reset();
  s->stop.reset();
  s->step.reset();
}

static Ref slice_repr(Value self) {
  auto* s = static_cast<SliceObject*>(self.as_object());
  return str_new("slice(" + repr_utf8(s->start) + ", " + repr_utf8(s->stop) + ", " + repr_utf8(s->step) + ")");
}

static Ref slice_as_tuple(Value v) {
  auto* s = static_cast<SliceObject*>(v.as_object());
  return tuple_from({s->start.get(), s->stop.get(), s->step.get()});
}

static Ref slice_richcompare(Value a, Value b, CmpOp op) {
  if (type_of(a) != &SliceType || type_of(b) != &SliceType) return not_implemented();
  if (a == b && (op == CmpOp::Eq || op == CmpOp::Ne)) return Ref(bool_value(op == CmpOp::Eq));
  Ref ta = slice_as_tuple(a), tb = slice_as_tuple(b);
  return rich_compare(ta, tb, op);
}

static Ref slice_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("slice", kwnames);
  if (nargs == 0) raise(exc::TypeError, "slice expected at least 1 argument, got 0");
  if (nargs > 3) raisef(exc::TypeError, "slice expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) return slice_new(None(), args[0], None());
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : None());
}

static Ref slice_indices_method(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("indices", kwnames);
  check_nargs("indices", nargs, 1, 1);
  int64_t len = index_as_int64(args[0], exc::OverflowError);
  if (len < 0) raise(exc::ValueError, "length should not be negative");
  int64_t start, stop, step;
  slice_indices(self, len, &start, &stop, &step);
  Ref a = int_from_i64(start), b = int_from_i64(stop), c = int_from_i64(step);
  return tuple_from({a.get(), b.get(), c.get()});
}

static Ref slice_get_start(Value self) { return static_cast<SliceObject*>(self.as_object())->start; }
static Ref slice_get_stop(Value self) { return static_cast<SliceObject*>(self.as_object())->stop; }
static Ref slice_get_step(Value self) { return static_cast<SliceObject*>(self.as_object())->step; }

static const MethodDef kSliceMethods[] = {{"indices", slice_indices_method}, {}};
static const GetSetDef kSliceGetSets[] = {
    {"start", slice_get_start}, {"stop", slice_get_stop}, {"step", slice_get_step}, {}};

// ---- range ----------------------------------------------------------------------------------------

struct RangeObject : Object {
  int64_t start, stop, step, len;
  Ref big;  // tuple (start, stop, step, len) of ints when they do not all fit; int64 fields unused
};

// ---- ranges of any size (Python ints) ----

struct RangeInts {
  Ref start, stop, step, len;
};

static Ref long_length(Value start, Value stop, Value step) {
  // CPython's compute_range_length: (hi - lo - 1) // step + 1 over the ordered bounds.
  bool up = int_sign(step) > 0;
  Value lo = up ? start : stop, hi = up ? stop : start;
  if (int_compare(lo, hi) >= 0) return Ref(Value::small_int(0));
  Ref st = up ? Ref(step) : int_sub(Value::small_int(0), step);
  Ref diff = int_sub(int_sub(hi, lo), Value::small_int(1));
  return int_add(int_floordiv(diff, st), Value::small_int(1));
}

static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
  // Computed in unsigned arithmetic so that extreme bounds do not overflow.
  if (step > 0 && start < stop) return int64_t((uint64_t(stop) - uint64_t(start) - 1) / uint64_t(step) + 1);
  if (step < 0 && start > stop)
    return int64_t((uint64_t(start) - uint64_t(stop) - 1) / (uint64_t(0) - uint64_t(step)) + 1);
  return 0;
}

static Ref range_make(TypeObject* type, int64_t start, int64_t stop, int64_t step) {
  Ref r = new_object<RangeObject>(type);
  auto* o = r.as<RangeObject>();
  o->start = start;
  o->stop = stop;
  o->step = step;
  o->len = range_length(start, stop, step);
  return r;
}

Ref range_new(int64_t start, int64_t stop, int64_t step) { return range_make(&RangeType, start, stop, step); }

static inline RangeObject* as_range(Value v) { return static_cast<RangeObject*>(v.as_object()); }

// A range from int bounds (step != 0): int64 fields when everything fits, else `big`.
static Ref range_from_ints(TypeObject* type, Value start, Value stop, Value step) {
  auto a = int_as_i64(start), b = int_as_i64(stop), c = int_as_i64(step);
  if (a && b && c) {
    uint64_t n = 0;
    if (*c > 0 && *a < *b) n = (uint64_t(*b) - uint64_t(*a) - 1) / uint64_t(*c) + 1;
    if (*c < 0 && *a > *b) n = (uint64_t(*a) - uint64_t(*b) - 1) / (uint64_t(0) - uint64_t(*c)) + 1;
    if (n <= uint64_t(INT64_MAX)) return range_make(type, *a, *b, *c);
  }
  Ref r = new_object<RangeObject>(type);
  r.as<RangeObject>()->big = tuple_from({start, stop, step, long_length(start, stop, step).get()});
  return r;
}

static RangeInts range_ints(RangeObject* r) {
  if (r->big)
    return {Ref(tuple_item(r->big, 0)), Ref(tuple_item(r->big, 1)), Ref(tuple_item(r->big, 2)),
            Ref(tuple_item(r->big, 3))};
  return {int_from_i64(r->start), int_from_i64(r->stop), int_from_i64(r->step), int_from_i64(r->len)};
}

static Ref range_arg(Value v) {
  if (v.is_small_int()) return Ref(v);
  Ref i = number_index(v);  // TypeError "'float' object cannot be interpreted as an integer"
  if (!is_exact_int(i)) i = int_add(i, Value::small_int(0));
  return i;
}

static Ref range_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("range", kwnames);
  if (nargs == 0) raise(exc::TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) raisef(exc::TypeError, "range expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) {
    Ref stop = range_arg(args[0]);
    return range_from_ints(type, Value::small_int(0), stop, Value::small_int(1));
  }
  Ref start = range_arg(args[0]), stop = range_arg(args[1]);
  Ref step = nargs == 3 ? range_arg(args[2]) : Ref(Value::small_int(1));
  if (int_sign(step) == 0) raise(exc::ValueError, "range() arg 3 must not be zero");
  return range_from_ints(type, start, stop, step);
}

static Ref range_repr(Value self) {
  RangeInts v = range_ints(as_range(self));
  std::string s = "range(" + int_to_decimal(v.start) + ", " + int_to_decimal(v.stop);
  if (!(v.step.get().is_small_int() && v.step.get().small_int_value() == 1)) s += ", " + int_to_decimal(v.step);
  return str_new(s + ")");
}

static int64_t range_len(Value self) {
  auto* r = as_range(self);
  if (!r->big) return r->len;
  auto n = int_as_i64(tuple_item(r->big, 3));
  if (!n) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return *n;
}
static bool range_bool(Value self) {
  auto* r = as_range(self);
  return r->big ? int_sign(tuple_item(r->big, 3)) != 0 : r->len != 0;
}

// start + i * step
static Ref long_item(const RangeInts& v, Value i) { return int_add(v.start, int_mul(i, v.step)); }

// CPython's _PySlice_GetLongIndices for a length of any size.
static void long_slice_indices(Value slice, Value length, Ref* start, Ref* stop, Ref* step) {
  auto* s = static_cast<SliceObject*>(slice.as_object());
  auto index_of = [](Value x) {
    if (!has_index(x)) raise(exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return range_arg(x);
  };
  *step = is_none(s->step) ? Ref(Value::small_int(1)) : index_of(s->step);
  if (int_sign(*step) == 0) raise(exc::ValueError, "slice step cannot be zero");
  bool neg = int_sign(*step) < 0;
  Ref lower = neg ? Ref(Value::small_int(-1)) : Ref(Value::small_int(0));
  Ref upper = neg ? int_add(length, Value::small_int(-1)) : Ref(length);
  auto clamp = [&](Value x) -> Ref {
    Ref v = index_of(x);
    if (int_sign(v) < 0) {
      v = int_add(v, length);
      if (int_compare(v, lower) < 0) v = lower;
    } else if (int_compare(v, upper) > 0) {
      v = upper;
    }
    return v;
  };
  *start = is_none(s->start) ? (neg ? upper : lower) : clamp(s->start);
  *stop = is_none(s->stop) ? (neg ? lower : upper) : clamp(s->stop);
}

static Ref range_item(RangeObject* r, int64_t i) {
  return int_from_i64(int64_t(uint64_t(r->start) + uint64_t(i) * uint64_t(r->step)));
}

static Ref range_getitem(Value self, Value key) {
  auto* r = as_range(self);
  if (key.is_object() && type_of(key) == &SliceType) {
    RangeInts v = range_ints(r);
    Ref start, stop, step;
    long_slice_indices(key, v.len, &start, &stop, &step);
    return range_from_ints(&RangeType, long_item(v, start), long_item(v, stop), int_mul(v.step, step));
  }
  if (!has_index(key))
    raisef(exc::TypeError, "range indices must be integers or slices, not %s", std::string(type_name(key)).c_str());
  if (!r->big && key.is_small_int()) {
    int64_t i = key.small_int_value();
    if (i < 0) i += r->len;
    if (i < 0 || i >= r->len) raise(exc::IndexError, "range object index out of range");
    return range_item(r, i);
  }
  RangeInts v = range_ints(r);
  Ref i = range_arg(key);
  if (int_sign(i) < 0) i = int_add(i, v.len);
  if (int_sign(i) < 0 || int_compare(i, v.len) >= 0) raise(exc::IndexError, "range object index out of range");
  return long_item(v, i);
}

// Is the int x one of a big range's values? Its position in *index.
static bool long_find_int(RangeObject* r, Value x, Ref* index) {
  RangeInts v = range_ints(r);
  bool up = int_sign(v.step) > 0;
  bool inside = up ? int_compare(v.start, x) <= 0 && int_compare(x, v.stop) < 0
                   : int_compare(x, v.start) <= 0 && int_compare(v.stop, x) < 0;
  if (!inside) return false;
  Ref diff = int_sub(x, v.start);
  if (int_sign(int_mod(diff, v.step)) != 0) return false;
  if (index) *index = int_floordiv(diff, v.step);
  return true;
}

// Is the int x one of the range's values? Position in *index.
static bool range_find_int(RangeObject* r, Value x, int64_t* index) {
  auto v = int_as_i64(x);
  if (!v) return false;
  int64_t n = *v;
  if (r->step > 0 ? (n < r->start || n >= r->stop) : (n > r->start || n <= r->stop)) return false;
  int64_t diff = n - r->start;
  if (diff % r->step != 0) return false;
  *index = diff / r->step;
  return true;
}

static bool is_plain_int(Value v) {
  return v.is_small_int() || type_of(v) == &IntType || type_of(v) == &BoolType;
}

// Linear search for non-int items: fn(index, item) -> true stops.
template <class F>
static void range_scan(Value self, F fn) {
  auto* r = as_range(self);
  if (!r->big) {
    for (int64_t i = 0; i < r->len; i++)
      if (fn(i, range_item(r, i))) return;
    return;
  }
  RangeInts v = range_ints(r);
  for (Ref i(Value::small_int(0)); int_compare(i, v.len) < 0; i = int_add(i, Value::small_int(1)))
    if (fn(int_as_i64(i).value_or(INT64_MAX), long_item(v, i))) return;
}

static bool range_contains(Value self, Value x) {
  auto* r = as_range(self);
  int64_t idx;
  if (is_plain_int(x)) return r->big ? long_find_int(r, x, nullptr) : range_find_int(r, x, &idx);
  bool found = false;
  range_scan(self, [&](int64_t, Ref item) { return found = equals(item, x); });
  return found;
}

static Ref range_richcompare(Value a, Value b, CmpOp op) {
  if (type_of(a) != &RangeType || type_of(b) != &RangeType || (op != CmpOp::Eq && op != CmpOp::Ne))
    return not_implemented();
  auto *x = as_range(a), *y = as_range(b);
  bool eq;
  if (!x->big && !y->big) {
    if (x->len != y->len) eq = false;
    else if (x->len == 0) eq = true;
    else if (x->start != y->start) eq = false;
    else if (x->len == 1) eq = true;
    else eq = x->step == y->step;
  } else {
    RangeInts u = range_ints(x), v = range_ints(y);
    if (int_compare(u.len, v.len) != 0) eq = false;
    else if (int_sign(u.len) == 0) eq = true;
    else if (int_compare(u.start, v.start) != 0) eq = false;
    else if (int_compare(u.len, Value::small_int(1)) == 0) eq = true;
    else eq = int_compare(u.step, v.step) == 0;
  }
  return Ref(bool_value(op == CmpOp::Eq ? eq : !eq));
}

static int64_t range_hash(Value self) {
  RangeInts v = range_ints(as_range(self));
  Ref t;
  if (int_sign(v.len) == 0) {
    t = tuple_from({v.len.get(), None(), None()});
  } else if (int_compare(v.len, Value::small_int(1)) == 0) {
    t = tuple_from({v.len.get(), v.start.get(), None()});
  } else {
    t = tuple_from({v.len.get(), v.start.get(), v.step.get()});
  }
  return hash_of(t);
}

struct RangeIterObject : Object {
  int64_t next, step, remaining;
};

static Ref rangeiter_next(Value self) {
  auto* it = static_cast<RangeIterObject*>(self.as_object());
  if (it->remaining <= 0) return Ref();
  int64_t v = it->next;
  it->next = int64_t(uint64_t(it->next) + uint64_t(it->step));
  it->remaining--;
  return Value::fits_small(v) ? Ref(Value::small_int(v)) : int_from_i64(v);
}

static Ref rangeiter_make(int64_t start, int64_t step, int64_t len) {
  Ref r = new_object<RangeIterObject>(&RangeIterType);
  auto* it = r.as<RangeIterObject>();
  it->next = start;
  it->step = step;
  it->remaining = len;
  return r;
}

// longrange_iterator: the iterator of a range beyond int64.
TypeObject LongRangeIterType;
struct LongRangeIterObject : Object {
  Ref next, step, remaining;
};

static Ref longrangeiter_next(Value self) {
  auto* it = static_cast<LongRangeIterObject*>(self.as_object());
  if (int_sign(it->remaining) <= 0) return Ref();
  Ref v = it->next;
  it->next = int_add(it->next, it->step);
  it->remaining = int_sub(it->remaining, Value::small_int(1));
  return v;
}

static Ref longrangeiter_make(Value start, Value step, Value len) {
  Ref r = new_object<LongRangeIterObject>(&LongRangeIterType);
  auto* it = r.as<LongRangeIterObject>();
  it->next = Ref(start);
  it->step = Ref(step);
  it->remaining = Ref(len);
  return r;
}

static Ref range_iter(Value self) {
  auto* r = as_range(self);
  if (!r->big) return rangeiter_make(r->start, r->step, r->len);
  RangeInts v = range_ints(r);
  return longrangeiter_make(v.start, v.step, v.len);
}

static Ref range_reversed(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* r = as_range(self);
  if (!r->big) {
    int64_t last = r->len ? int64_t(uint64_t(r->start) + uint64_t(r->len - 1) * uint64_t(r->step)) : r->start;
    // -step overflows for INT64_MIN; such a range has at most one item, so any step works.
    int64_t back = r->step == INT64_MIN ? 1 : -r->step;
    return rangeiter_make(last, back, r->len);
  }
  RangeInts v = range_ints(r);
  Ref last = int_add(v.start, int_mul(int_sub(v.len, Value::small_int(1)), v.step));
  return longrangeiter_make(last, int_sub(Value::small_int(0), v.step), v.len);
}

static Ref range_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("count", kwnames);
  check_nargs("count", nargs, 1, 1);
  auto* r = as_range(self);
  int64_t idx;
  if (is_plain_int(args[0])) {
    bool in = r->big ? long_find_int(r, args[0], nullptr) : range_find_int(r, args[0], &idx);
    return Ref(Value::small_int(in ? 1 : 0));
  }
  int64_t c = 0;
  range_scan(self, [&](int64_t, Ref item) {
    if (equals(item, args[0])) c++;
    return false;
  });
  return int_from_i64(c);
}

static Ref range_index(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("index", kwnames);
  check_nargs("index", nargs, 1, 1);
  auto* r = as_range(self);
  int64_t idx;
  if (is_plain_int(args[0])) {
    if (r->big) {
      Ref pos;
      if (long_find_int(r, args[0], &pos)) return pos;
    } else if (range_find_int(r, args[0], &idx)) {
      return int_from_i64(idx);
    }
  } else {
    int64_t found = -1;
    range_scan(self, [&](int64_t i, Ref item) {
      if (!equals(item, args[0])) return false;
      found = i;
      return true;
    });
    if (found >= 0) return int_from_i64(found);
  }
  raisef(exc::ValueError, "%s is not in range", repr_utf8(args[0]).c_str());
}

static Ref range_get_start(Value self) { return range_ints(as_range(self)).start; }
static Ref range_get_stop(Value self) { return range_ints(as_range(self)).stop; }
static Ref range_get_step(Value self) { return range_ints(as_range(self)).step; }

static Ref rangeiter_self(Value self) { return Ref(self); }
static Ref rangeiter_length_hint(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* it = static_cast<RangeIterObject*>(self.as_object());
  return int_from_i64(it->remaining > 0 ? it->remaining : 0);
}

static const MethodDef kRangeMethods[] = {
    {"count", range_count}, {"index", range_index}, {"__reversed__", range_reversed}, {}};
static const GetSetDef kRangeGetSets[] = {
    {"start", range_get_start}, {"stop", range_get_stop}, {"step", range_get_step}, {}};
static const MethodDef kRangeIterMethods[] = {{"__length_hint__", rangeiter_length_hint}, {}};
static Ref longrangeiter_length_hint(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* it = static_cast<LongRangeIterObject*>(self.as_object());
  return int_sign(it->remaining) > 0 ? it->remaining : Ref(Value::small_int(0));
}
static const MethodDef kLongRangeIterMethods[] = {{"__length_hint__", longrangeiter_length_hint}, {}};

bool range_iter_fast(Value it, int64_t* out) {
  auto* o = static_cast<RangeIterObject*>(it.as_object());
  if (o->remaining <= 0) return false;
  *out = o->next;
  o->next = int64_t(uint64_t(o->next) + uint64_t(o->step));
  o->remaining--;
  return true;
}

void init_range_slice_types() {
  TypeObject& s = SliceType;
  s.refcnt = kImmortalRefcnt;
  s.type = &TypeType;
  s.name = "slice";
  s.base = &ObjectType;
  s.flags = kTypeGC | kTypeImmutable;
  s.basicsize = sizeof(SliceObject);
  s.dealloc = dealloc_as<SliceObject>;
  s.traverse = slice_traverse;
  s.clear = slice_clear;
  s.new_ = slice_new_slot;
  s.repr = slice_repr;
  s.hash = hash_not_implemented;
  s.richcompare = slice_richcompare;
  s.methods = kSliceMethods;
  s.getsets = kSliceGetSets;
  static_type_declare(&s);

  TypeObject& r = RangeType;
  r.refcnt = kImmortalRefcnt;
  r.type = &TypeType;
  r.name = "range";
  r.base = &ObjectType;
  r.flags = kTypeImmutable;
  r.basicsize = sizeof(RangeObject);
  r.dealloc = dealloc_as<RangeObject>;
  r.new_ = range_new_slot;
  r.repr = range_repr;
  r.hash = range_hash;
  r.richcompare = range_richcompare;
  r.iter = range_iter;
  r.len = range_len;
  r.nb_bool = range_bool;
  r.contains = range_contains;
  r.getitem = range_getitem;
  r.methods = kRangeMethods;
  r.getsets = kRangeGetSets;
  static_type_declare(&r);

  TypeObject& ri = RangeIterType;
  ri.refcnt = kImmortalRefcnt;
  ri.type = &TypeType;
  ri.name = "range_iterator";
  ri.base = &ObjectType;
  ri.flags = kTypeImmutable;
  ri.basicsize = sizeof(RangeIterObject);
  ri.dealloc = dealloc_as<RangeIterObject>;
  ri.iter = rangeiter_self;
  ri.iternext = rangeiter_next;
  ri.methods = kRangeIterMethods;
  static_type_declare(&ri);

  TypeObject& li = LongRangeIterType;
  li.refcnt = kImmortalRefcnt;
  li.type = &TypeType;
  li.name = "longrange_iterator";
  li.base = &ObjectType;
  li.flags = kTypeImmutable;
  li.basicsize = sizeof(LongRangeIterObject);
  li.dealloc = dealloc_as<LongRangeIterObject>;
  li.iter = rangeiter_self;
  li.iternext = longrangeiter_next;
  li.methods = kLongRangeIterMethods;
  static_type_declare(&li);
}

static BuiltinType reg_range("range", &RangeType);
static BuiltinType reg_slice("slice", &SliceType);

}  // namespace minipy
