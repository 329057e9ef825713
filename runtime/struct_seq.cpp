#include "runtime/struct_seq.h"

#include <string>

#include "runtime/abstract.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

static StructSeqType* seq_type(Value v) { return static_cast<StructSeqType*>(type_of(v)); }

Ref struct_seq_new_array(StructSeqType& t, const Value* values, size_t n) {
  size_t total = size_t(t.n_fields);
  size_t size = sizeof(TupleObject) + (total > 0 ? total - 1 : 0) * sizeof(Value);
  Ref obj = new_object_sized<TupleObject>(&t, size);
  TupleObject* tup = obj.as<TupleObject>();
  tup->hash_cache = -1;
  tup->size = size_t(t.n_visible);
  for (size_t i = 0; i < total; ++i) {
    Value v = i < n ? values[i] : None();
    incref(v);
    tup->items[i] = v;
  }
  return obj;
}

Ref struct_seq_new(StructSeqType& t, std::initializer_list<Value> values) {
  return struct_seq_new_array(t, values.begin(), values.size());
}

static void seq_dealloc(Object* o) {
  TupleObject* t = static_cast<TupleObject*>(o);
  int n = static_cast<StructSeqType*>(o->type)->n_fields;
  for (int i = 0; i < n; ++i) {
    Value v = t->items[i];
    t->items[i] = Value();
    decref(v);
  }
  dealloc_common_tail(o);
}

static Ref seq_getattr(Value obj, Value attr) {
  StructSeqType* t = seq_type(obj);
  if (is_str(attr)) {
    std::string_view a = str_view(attr);
    for (int i = 0; i < t->n_fields; ++i)
      if (a == t->fields[i]) return Ref(static_cast<TupleObject*>(obj.as_object())->items[i]);
  }
  if (TupleType.getattr) return TupleType.getattr(obj, attr);
  return generic_getattr(obj, attr);
}

static Ref seq_repr(Value obj) {
  StructSeqType* t = seq_type(obj);
  std::string s = t->namespace_repr ? "namespace" : std::string(t->type_name());
  s += '(';
  int n = t->namespace_repr ? t->n_fields : t->n_visible;
  for (int i = 0; i < n; ++i) {
    if (i) s += ", ";
    s += t->fields[i];
    s += '=';
    s += repr_utf8(static_cast<TupleObject*>(obj.as_object())->items[i]);
  }
  s += ')';
  return str_new(s);
}

static Ref seq_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  StructSeqType* t = static_cast<StructSeqType*>(type);
  static const ArgSpec spec("structseq", "sequence, dict=None");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  Ref items = tuple_from_iterable(a[0]);
  size_t n = tuple_size(items);
  std::string tn(t->type_name());
  if (n < size_t(t->n_visible)) {
    if (t->n_visible == t->n_fields)
      raisef(exc::TypeError, "%s() takes a %d-sequence (%zu-sequence given)", tn.c_str(), t->n_visible, n);
    raisef(exc::TypeError, "%s() takes an at least %d-sequence (%zu-sequence given)", tn.c_str(), t->n_visible, n);
  }
  if (n > size_t(t->n_fields)) {
    if (t->n_visible == t->n_fields)
      raisef(exc::TypeError, "%s() takes a %d-sequence (%zu-sequence given)", tn.c_str(), t->n_visible, n);
    raisef(exc::TypeError, "%s() takes an at most %d-sequence (%zu-sequence given)", tn.c_str(), t->n_fields, n);
  }
  return struct_seq_new_array(*t, tuple_items(items), n);
}

void struct_seq_declare(StructSeqType& t, const char* dotted_name, const char* const* fields, int n_visible,
                        int n_fields) {
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = dotted_name;
  t.fields = fields;
  t.n_visible = n_visible;
  t.n_fields = n_fields;
  t.base = &TupleType;
  t.basicsize = sizeof(TupleObject);
  t.flags = kTypeTupleSubclass | kTypeGC;
  t.dealloc = seq_dealloc;
  t.getattr = seq_getattr;
  t.repr = seq_repr;
  t.new_ = seq_new;
  static_type_declare(&t);
}

// ---- the struct sequences of sys and time ----
StructSeqType VersionInfoType, FlagsType, FloatInfoType, IntInfoType, HashInfoType, ThreadInfoType,
    ImplementationType, StructTimeType, ClockInfoType;

static const char* const kVersionInfo[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char* const kFlags[] = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                                     "no_user_site", "no_site", "ignore_environment", "verbose",
                                     "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                                     "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
static const char* const kFloatInfo[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                         "dig", "mant_dig", "epsilon", "radix", "rounds"};
static const char* const kIntInfo[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                       "str_digits_check_threshold"};
static const char* const kHashInfo[] = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                        "seed_bits", "cutoff"};
static const char* const kThreadInfo[] = {"name", "lock", "version"};
static const char* const kImplementation[] = {"name", "cache_tag", "version", "hexversion", "_multiarch"};
static const char* const kClockInfo[] = {"implementation", "monotonic", "adjustable", "resolution"};
static const char* const kStructTime[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                                          "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"};

void init_struct_seq_types() {
  struct_seq_declare(VersionInfoType, "sys.version_info", kVersionInfo, 5, 5);
  struct_seq_declare(FlagsType, "sys.flags", kFlags, 18, 18);
  struct_seq_declare(FloatInfoType, "sys.float_info", kFloatInfo, 11, 11);
  struct_seq_declare(IntInfoType, "sys.int_info", kIntInfo, 4, 4);
  struct_seq_declare(HashInfoType, "sys.hash_info", kHashInfo, 9, 9);
  struct_seq_declare(ThreadInfoType, "sys.thread_info", kThreadInfo, 3, 3);
  struct_seq_declare(ImplementationType, "types.SimpleNamespace", kImplementation, 0, 5);
  ImplementationType.namespace_repr = true;
  struct_seq_declare(ClockInfoType, "types.SimpleNamespace", kClockInfo, 0, 4);
  ClockInfoType.namespace_repr = true;
  struct_seq_declare(StructTimeType, "time.struct_time", kStructTime, 9, 11);
}

}  // namespace minipy
