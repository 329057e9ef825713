// range and slice.
//
// range keeps int64 bounds (arguments beyond that raise OverflowError): enough for every loop
// a program writes, and len/index/contains stay exact within those bounds.
#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
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
};

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

static int64_t range_arg(Value v) {
  if (v.is_small_int()) return v.small_int_value();
  Ref i = number_index(v);  // TypeError "'float' object cannot be interpreted as an integer"
  auto x = int_as_i64(i);
  if (!x) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  return *x;
}

static Ref range_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("range", kwnames);
  if (nargs == 0) raise(exc::TypeError, "range expected at least 1 argument, got 0");
  if (nargs > 3) raisef(exc::TypeError, "range expected at most 3 arguments, got %zu", nargs);
  if (nargs == 1) return range_make(type, 0, range_arg(args[0]), 1);
  int64_t start = range_arg(args[0]), stop = range_arg(args[1]), step = 1;
  if (nargs == 3) {
    step = range_arg(args[2]);
    if (step == 0) raise(exc::ValueError, "range() arg 3 must not be zero");
  }
  return range_make(type, start, stop, step);
}

static Ref range_repr(Value self) {
  auto* r = as_range(self);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return str_new(s + ")");
}

static int64_t range_len(Value self) { return as_range(self)->len; }
static bool range_bool(Value self) { return as_range(self)->len != 0; }

static Ref range_item(RangeObject* r, int64_t i) {
  return int_from_i64(int64_t(uint64_t(r->start) + uint64_t(i) * uint64_t(r->step)));
}

static Ref range_getitem(Value self, Value key) {
  auto* r = as_range(self);
  if (key.is_object() && type_of(key) == &SliceType) {
    int64_t start, stop, step;
    slice_indices(key, r->len, &start, &stop, &step);
    int64_t nstart = r->start + start * r->step;
    int64_t nstop = r->start + stop * r->step;
    return range_make(&RangeType, nstart, nstop, r->step * step);
  }
  if (!has_index(key))
    raisef(exc::TypeError, "range indices must be integers or slices, not %s", std::string(type_name(key)).c_str());
  int64_t i = index_value(key);
  if (i < 0) i += r->len;
  if (i < 0 || i >= r->len) raise(exc::IndexError, "range object index out of range");
  return range_item(r, i);
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

static bool range_contains(Value self, Value x) {
  auto* r = as_range(self);
  int64_t idx;
  if (is_plain_int(x)) return range_find_int(r, x, &idx);
  for (int64_t i = 0; i < r->len; i++) {
    Ref item = range_item(r, i);
    if (equals(item, x)) return true;
  }
  return false;
}

static Ref range_richcompare(Value a, Value b, CmpOp op) {
  if (type_of(a) != &RangeType || type_of(b) != &RangeType || (op != CmpOp::Eq && op != CmpOp::Ne))
    return not_implemented();
  auto *x = as_range(a), *y = as_range(b);
  bool eq;
  if (x->len != y->len) eq = false;
  else if (x->len == 0) eq = true;
  else if (x->start != y->start) eq = false;
  else if (x->len == 1) eq = true;
  else eq = x->step == y->step;
  return Ref(bool_value(op == CmpOp::Eq ? eq : !eq));
}

static int64_t range_hash(Value self) {
  auto* r = as_range(self);
  Ref len = int_from_i64(r->len);
  Ref t;
  if (r->len == 0) {
    t = tuple_from({len.get(), None(), None()});
  } else {
    Ref start = int_from_i64(r->start);
    if (r->len == 1) {
      t = tuple_from({len.get(), start.get(), None()});
    } else {
      Ref step = int_from_i64(r->step);
      t = tuple_from({len.get(), start.get(), step.get()});
    }
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

static Ref range_iter(Value self) {
  auto* r = as_range(self);
  return rangeiter_make(r->start, r->step, r->len);
}

static Ref range_reversed(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* r = as_range(self);
  int64_t last = r->len ? int64_t(uint64_t(r->start) + uint64_t(r->len - 1) * uint64_t(r->step)) : r->start;
  return rangeiter_make(last, -r->step, r->len);
}

static Ref range_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("count", kwnames);
  check_nargs("count", nargs, 1, 1);
  auto* r = as_range(self);
  int64_t idx;
  if (is_plain_int(args[0])) return Ref(Value::small_int(range_find_int(r, args[0], &idx) ? 1 : 0));
  int64_t c = 0;
  for (int64_t i = 0; i < r->len; i++) {
    Ref item = range_item(r, i);
    if (equals(item, args[0])) c++;
  }
  return int_from_i64(c);
}

static Ref range_index(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("index", kwnames);
  check_nargs("index", nargs, 1, 1);
  auto* r = as_range(self);
  int64_t idx;
  if (is_plain_int(args[0])) {
    if (range_find_int(r, args[0], &idx)) return int_from_i64(idx);
  } else {
    for (int64_t i = 0; i < r->len; i++) {
      Ref item = range_item(r, i);
      if (equals(item, args[0])) return int_from_i64(i);
    }
  }
  raisef(exc::ValueError, "%s is not in range", repr_utf8(args[0]).c_str());
}

static Ref range_get_start(Value self) { return int_from_i64(as_range(self)->start); }
static Ref range_get_stop(Value self) { return int_from_i64(as_range(self)->stop); }
static Ref range_get_step(Value self) { return int_from_i64(as_range(self)->step); }

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
}

static BuiltinType reg_range("range", &RangeType);
static BuiltinType reg_slice("slice", &SliceType);

}  // namespace minipy
