// bytes and bytearray: the type objects, core slots (repr, hash, compare, indexing, slicing,
// concatenation, repetition, membership, iteration) and the constructors. Methods shared by both
// types are in bytes_methods.cpp.
#include "runtime/bytes_object.h"

#include <cstring>

#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/codecs.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/siphash.h"
#include "runtime/str_format.h"
#include "runtime/str_internal.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject BytesType, ByteArrayType, BytesIterType, ByteArrayIterType;

extern const MethodDef kBytesMethods[];      // bytes_methods.cpp
extern const MethodDef kByteArrayMethods[];  // bytes_methods.cpp

static Ref bytes_alloc(TypeObject* type, size_t n) {
  size_t head = sizeof(BytesObject);
  if (type != &BytesType && type->basicsize > head) head = (type->basicsize + 7) & ~size_t(7);
  Ref r = new_object_sized<BytesObject>(type, head + n + 1);
  BytesObject* b = r.as<BytesObject>();
  b->hash = -1;
  b->size = n;
  b->data_off = uint32_t(head);
  b->mutable_data()[n] = '\0';
  return r;
}

static Ref g_empty_bytes;
static Ref g_single_bytes[256];

Ref bytes_new(const char* data, size_t n) {
  if (n == 0) {
    if (!g_empty_bytes) g_empty_bytes = bytes_alloc(&BytesType, 0);
    return g_empty_bytes;
  }
  if (n == 1) {
    Ref& slot = g_single_bytes[static_cast<unsigned char>(data[0])];
    if (!slot) {
      slot = bytes_alloc(&BytesType, 1);
      slot.as<BytesObject>()->mutable_data()[0] = data[0];
    }
    return slot;
  }
  Ref r = bytes_alloc(&BytesType, n);
  std::memcpy(r.as<BytesObject>()->mutable_data(), data, n);
  return r;
}

Ref bytearray_new(std::string_view s) {
  Ref r = new_object<ByteArrayObject>(&ByteArrayType);
  r.as<ByteArrayObject>()->buf.assign(s.data(), s.size());
  return r;
}

bool is_bytes(Value v) { return v.is_object() && type_of(v)->has_flag(kTypeBytesSubclass); }
bool is_bytearray(Value v) { return v.is_object() && (type_of(v) == &ByteArrayType || is_subtype(type_of(v), &ByteArrayType)); }

bool bytes_like_view(Value v, std::string_view& out) {
  if (!v.is_object()) return false;
  if (is_bytes(v)) {
    out = bytes_view(v);
    return true;
  }
  if (is_bytearray(v)) {
    out = bytearray_buffer(v);
    return true;
  }
  return false;
}

std::string bytes_repr_utf8(std::string_view data, bool bytearray) {
  bool has_sq = data.find('\'') != std::string_view::npos;
  bool has_dq = data.find('"') != std::string_view::npos;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  static const char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(data.size() + 14);
  if (bytearray) out += "bytearray(";
  out += 'b';
  out += quote;
  for (unsigned char c : data) {
    if (c == quote || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += char(c);
    }
  }
  out += quote;
  if (bytearray) out += ')';
  return out;
}

// The data of either type (self is known to be bytes or bytearray).
static std::string_view view_of(Value v) {
  return is_bytes(v) ? bytes_view(v) : std::string_view(bytearray_buffer(v));
}

// A byte value from an int-like object: "byte must be in range(0, 256)".
int byte_from_value(Value v) {
  if (!v.is_small_int() && !(v.is_object() && type_of(v)->nb_index))
    raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(v)).c_str());
  Ref i = v.is_small_int() ? Ref(v) : number_index(v);
  std::optional<int64_t> x = int_as_i64(i);
  if (!x || *x < 0 || *x > 255) raise(exc::ValueError, "byte must be in range(0, 256)");
  return int(*x);
}

// ---- shared slots -----------------------------------------------------------------------------------

static Ref bytes_repr_slot(Value self) { return str_new(bytes_repr_utf8(bytes_view(self))); }
static Ref bytearray_repr_slot(Value self) {
  std::string r = bytes_repr_utf8(bytearray_buffer(self), true);
  if (type_of(self) != &ByteArrayType) {  // subclass: its own name
    r = std::string(type_name(self)) + r.substr(9);
  }
  return str_new(r);
}

static int64_t bytes_hash_slot(Value self) {
  BytesObject* b = static_cast<BytesObject*>(self.as_object());
  if (b->hash == -1) b->hash = hash_bytes(b->data(), b->size);
  return b->hash;
}

static Ref bytes_richcompare(Value a, Value b, CmpOp op) {
  std::string_view x, y;
  if (!bytes_like_view(a, x) || !bytes_like_view(b, y)) return Ref(NotImplemented());
  int c = x.compare(y);
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return Ref(bool_value(r));
}

static int64_t bytes_len_slot(Value self) { return int64_t(view_of(self).size()); }
static bool bytes_bool_slot(Value self) { return !view_of(self).empty(); }

static Ref make_like(Value self, std::string_view data) {
  return is_bytearray(self) ? bytearray_new(data) : bytes_from_view(data);
}

static Ref bytes_getitem_slot(Value self, Value key) {
  std::string_view d = view_of(self);
  if (key.is_small_int() || (key.is_object() && type_of(key)->nb_index && type_of(key) != &SliceType)) {
    int64_t i = key.is_small_int() ? key.small_int_value() : as_ssize(number_index(key));
    if (i < 0) i += int64_t(d.size());
    if (i < 0 || i >= int64_t(d.size()))
      raise(exc::IndexError, is_bytearray(self) ? "bytearray index out of range" : "index out of range");
    return Ref(Value::small_int(static_cast<unsigned char>(d[size_t(i)])));
  }
  if (key.is_object() && type_of(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, int64_t(d.size()), &start, &stop, &step);
    if (n <= 0) return make_like(self, "");
    if (step == 1) {
      if (n == int64_t(d.size()) && is_exact_bytes(self)) return Ref(self);
      return make_like(self, d.substr(size_t(start), size_t(n)));
    }
    std::string out;
    out.reserve(size_t(n));
    for (int64_t k = 0, i = start; k < n; ++k, i += step) out += d[size_t(i)];
    return make_like(self, out);
  }
  raisef(exc::TypeError, "%s indices must be integers or slices, not %s",
         is_bytearray(self) ? "bytearray" : "byte", std::string(type_name(key)).c_str());
}

static bool bytes_contains_slot(Value self, Value item) {
  std::string_view d = view_of(self);
  std::string_view sub;
  if (bytes_like_view(item, sub)) return d.find(sub) != std::string_view::npos;
  if (item.is_small_int() || (item.is_object() && type_of(item)->nb_index)) {
    int b = byte_from_value(item);
    return d.find(char(b)) != std::string_view::npos;
  }
  raisef(exc::TypeError, "a bytes-like object is required, not '%s'", std::string(type_name(item)).c_str());
}

static Ref bytes_add_slot(Value a, Value b) {
  std::string_view x, y;
  if (!bytes_like_view(a, x)) return Ref(NotImplemented());
  if (!bytes_like_view(b, y)) {
    if (type_of(b)->has_flag(kTypeHeapType) && type_lookup(type_of(b), name("__radd__"))) return Ref(NotImplemented());
    raisef(exc::TypeError, "can't concat %s to %s", std::string(type_name(b)).c_str(), std::string(type_name(a)).c_str());
  }
  if (is_bytearray(a)) {
    std::string s(x);
    s.append(y);
    return bytearray_new(s);
  }
  if (y.empty() && is_exact_bytes(a)) return Ref(a);
  Ref r = bytes_alloc(&BytesType, x.size() + y.size());
  char* d = r.as<BytesObject>()->mutable_data();
  std::memcpy(d, x.data(), x.size());
  std::memcpy(d + x.size(), y.data(), y.size());
  return r;
}

static int64_t repeat_count(Value n) {
  if (n.is_small_int()) return n.small_int_value();
  Ref idx = number_index(n);
  std::optional<int64_t> c = int_as_i64(idx);
  if (!c) {
    if (int_sign(idx) < 0) return 0;
    raisef(exc::OverflowError, "cannot fit '%s' into an index-sized integer", std::string(type_name(n)).c_str());
  }
  return *c;
}

static std::string repeat_string(std::string_view d, int64_t n) {
  if (n <= 0 || d.empty()) return {};
  if (d.size() > size_t(INT64_MAX / 4) / size_t(n)) raise_memory_error();
  check_result_size(uint64_t(d.size()) * uint64_t(n));
  std::string out;
  out.reserve(d.size() * size_t(n));
  for (int64_t i = 0; i < n; ++i) out.append(d);
  return out;
}

static Ref bytes_mul_slot(Value a, Value b) {
  bool left = is_bytes(a) || is_bytearray(a);
  Value s = left ? a : b;
  Value n = left ? b : a;
  if (!(n.is_small_int() || (n.is_object() && type_of(n)->nb_index))) {
    if (left && type_of(n)->has_flag(kTypeHeapType) && type_lookup(type_of(n), name("__rmul__")))
      return Ref(NotImplemented());
    if (!left && (is_bytes(a) || is_bytearray(a))) return Ref(NotImplemented());
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", std::string(type_name(n)).c_str());
  }
  int64_t count = repeat_count(n);
  if (count == 1 && is_exact_bytes(s)) return Ref(s);
  return make_like(s, repeat_string(view_of(s), count));
}

static Ref bytes_mod_slot(Value a, Value b) {
  if (!(is_bytes(a) || is_bytearray(a))) return Ref(NotImplemented());
  return bytes_percent_format(a, b);
}

// ---- bytearray mutation -----------------------------------------------------------------------------

static Ref bytearray_iadd_slot(Value a, Value b) {
  std::string_view y;
  if (!bytes_like_view(b, y))
    raisef(exc::TypeError, "can't concat %s to %s", std::string(type_name(b)).c_str(), std::string(type_name(a)).c_str());
  if (b == a) {
    std::string copy(y);
    bytearray_buffer(a).append(copy);
  } else {
    bytearray_buffer(a).append(y.data(), y.size());
  }
  return Ref(a);
}

static Ref bytearray_imul_slot(Value a, Value b) {
  if (!(b.is_small_int() || (b.is_object() && type_of(b)->nb_index)))
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", std::string(type_name(b)).c_str());
  std::string& buf = bytearray_buffer(a);
  buf = repeat_string(buf, repeat_count(b));
  return Ref(a);
}

// Bytes from an assigned value for slice assignment: bytes-like, or an iterable of ints.
std::string bytes_from_iterable_of_ints(Value v);

static void bytearray_setitem_slot(Value self, Value key, Value v) {
  std::string& buf = bytearray_buffer(self);
  if (key.is_small_int() || (key.is_object() && type_of(key)->nb_index && type_of(key) != &SliceType)) {
    int64_t i = key.is_small_int() ? key.small_int_value() : as_ssize(number_index(key));
    if (i < 0) i += int64_t(buf.size());
    if (i < 0 || i >= int64_t(buf.size())) raise(exc::IndexError, "bytearray index out of range");
    if (!v) {
      buf.erase(size_t(i), 1);
      return;
    }
    buf[size_t(i)] = char(byte_from_value(v));
    return;
  }
  if (!(key.is_object() && type_of(key) == &SliceType))
    raisef(exc::TypeError, "bytearray indices must be integers or slices, not %s", std::string(type_name(key)).c_str());
  int64_t start, stop, step;
  int64_t n = slice_indices(key, int64_t(buf.size()), &start, &stop, &step);
  if (!v) {  // delete
    if (n <= 0) return;
    if (step == 1) {
      buf.erase(size_t(start), size_t(n));
      return;
    }
    std::string out;
    std::vector<bool> drop(buf.size(), false);
    for (int64_t k = 0, i = start; k < n; ++k, i += step) drop[size_t(i)] = true;
    for (size_t i = 0; i < buf.size(); ++i)
      if (!drop[i]) out += buf[i];
    buf.swap(out);
    return;
  }
  std::string data;
  std::string_view bv;
  if (bytes_like_view(v, bv)) {
    data.assign(bv);
  } else if (v.is_small_int() || (v.is_object() && type_of(v)->nb_index)) {
    raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  } else if (is_str(v)) {
    raise(exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  } else {
    data = bytes_from_iterable_of_ints(v);
  }
  if (step == 1) {
    if (n < 0) n = 0;
    if (stop < start) stop = start;
    buf.replace(size_t(start), size_t(n), data);
    return;
  }
  if (int64_t(data.size()) != n)
    raisef(exc::ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld", data.size(), (long long)n);
  for (int64_t k = 0, i = start; k < n; ++k, i += step) buf[size_t(i)] = data[size_t(k)];
}

// ---- iteration --------------------------------------------------------------------------------------

struct BytesIterObject : Object {
  Ref seq;
  size_t pos;
};

static void bytes_iter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<BytesIterObject*>(o);
  if (it->seq) visit(it->seq, arg);
}
static void bytes_iter_clear(Object* o) { static_cast<BytesIterObject*>(o)->seq.reset(); }
static void bytes_iter_dealloc(Object* o) {
  gc_untrack(o);
  dealloc_as<BytesIterObject>(o);
}

static Ref bytes_iter_slot(Value self) {
  Ref it = new_object<BytesIterObject>(is_bytearray(self) ? &ByteArrayIterType : &BytesIterType);
  it.as<BytesIterObject>()->seq = Ref(self);
  it.as<BytesIterObject>()->pos = 0;
  return it;
}
static Ref bytes_iter_self(Value self) { return Ref(self); }
static Ref bytes_iter_next(Value self) {
  auto* it = static_cast<BytesIterObject*>(self.as_object());
  if (!it->seq) return Ref();
  std::string_view d = view_of(it->seq);
  if (it->pos >= d.size()) {
    it->seq.reset();
    return Ref();
  }
  return Ref(Value::small_int(static_cast<unsigned char>(d[it->pos++])));
}

// ---- constructors -----------------------------------------------------------------------------------

std::string bytes_from_iterable_of_ints(Value v) {
  std::string out;
  if (is_exact_list(v) || is_exact_tuple(v)) {
    size_t n = is_exact_list(v) ? list_items(v).size() : tuple_size(v);
    for (size_t i = 0; i < n; ++i) {
      // re-check: converting an item may run Python code that shrinks the list
      if (is_exact_list(v) && i >= list_items(v).size()) break;
      Value item = is_exact_list(v) ? Value(list_items(v)[i]) : tuple_item(v, i);
      Ref keep(item);
      if (!item.is_small_int() && !(item.is_object() && type_of(item)->nb_index))
        raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(item)).c_str());
      int b;
      try {
        b = byte_from_value(item);
      } catch (PyException& e) {
        if (exception_matches(e.value, exc::ValueError)) raise(exc::ValueError, "bytes must be in range(0, 256)");
        throw;
      }
      out += char(b);
    }
    return out;
  }
  Ref it = get_iter(v);
  while (Ref item = iter_next(it)) {
    if (!item.get().is_small_int() && !(item.get().is_object() && type_of(item)->nb_index))
      raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(item)).c_str());
    int b;
    try {
      b = byte_from_value(item);
    } catch (PyException& e) {
      if (exception_matches(e.value, exc::ValueError)) raise(exc::ValueError, "bytes must be in range(0, 256)");
      throw;
    }
    out += char(b);
  }
  return out;
}

// Shared by bytes() and bytearray(): the initial contents.
static std::string initial_data(const char* fname, Value src, Value encoding, Value errors) {
  if (!src) {
    if (encoding || errors)
      raise(exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
    return {};
  }
  if (is_str(src)) {
    if (!encoding) raise(exc::TypeError, "string argument without an encoding");
    if (!is_str(encoding))
      raisef(exc::TypeError, "%s() argument 'encoding' must be str, not %s", fname, std::string(type_name(encoding)).c_str());
    if (errors && !is_str(errors))
      raisef(exc::TypeError, "%s() argument 'errors' must be str, not %s", fname, std::string(type_name(errors)).c_str());
    return codec_encode_string(src, str_view(encoding), errors ? str_view(errors) : "strict");
  }
  if (encoding) raise(exc::TypeError, "encoding without a string argument");
  if (errors) raise(exc::TypeError, "errors without a string argument");
  std::string_view bv;
  if (bytes_like_view(src, bv)) return std::string(bv);
  if (src.is_small_int() || (src.is_object() && type_of(src)->nb_index)) {
    Ref i = src.is_small_int() ? Ref(src) : number_index(src);
    std::optional<int64_t> n = int_as_i64(i);
    if (!n) raise(exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    if (*n < 0) raise(exc::ValueError, "negative count");
    check_result_size(uint64_t(*n));
    return std::string(size_t(*n), '\0');
  }
  if (src.is_object() && !type_of(src)->iter && !type_of(src)->getitem)
    raisef(exc::TypeError, "cannot convert '%s' object to %s", std::string(type_name(src)).c_str(), fname);
  return bytes_from_iterable_of_ints(src);
}

static Ref bytes_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("bytes", "source=b'', encoding='utf-8', errors='strict'");
  Value a[3];
  spec.bind(args, nargs, kwnames, a);
  if (a[0] && !a[1] && !a[2] && !is_str(a[0]) && !is_bytes(a[0])) {
    if (Ref m = getattr_opt(a[0], name("__bytes__"))) {  // bytes(obj) via __bytes__
      Ref r = call(m, nullptr, 0);
      if (!is_bytes(r))
        raisef(exc::TypeError, "__bytes__ returned non-bytes (type %s)", std::string(type_name(r)).c_str());
      if (type == &BytesType) return r;
      std::string_view d = bytes_view(r);
      Ref out = bytes_alloc(type, d.size());
      std::memcpy(out.as<BytesObject>()->mutable_data(), d.data(), d.size());
      return out;
    }
  }
  if (a[0] && is_exact_bytes(a[0]) && !a[1] && !a[2] && type == &BytesType) return Ref(a[0]);
  std::string d = initial_data("bytes", a[0], a[1], a[2]);
  if (type == &BytesType) return bytes_from_view(d);
  Ref out = bytes_alloc(type, d.size());
  std::memcpy(out.as<BytesObject>()->mutable_data(), d.data(), d.size());
  return out;
}

static Ref bytearray_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Ref r = new_object<ByteArrayObject>(type);
  return r;
}

static void bytearray_init_slot(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("bytearray", "source=b'', encoding='utf-8', errors='strict'");
  Value a[3];
  spec.bind(args, nargs, kwnames, a);
  std::string d = initial_data("bytearray", a[0], a[1], a[2]);
  bytearray_buffer(self) = std::move(d);
}

static void bytearray_dealloc(Object* o) { dealloc_as<ByteArrayObject>(o); }

// ---- type objects -----------------------------------------------------------------------------------

static BuiltinType reg_bytes_type("bytes", &BytesType);
static BuiltinType reg_bytearray_type("bytearray", &ByteArrayType);

static void init_common(TypeObject& t) {
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.base = &ObjectType;
  t.richcompare = bytes_richcompare;
  t.iter = bytes_iter_slot;
  t.len = bytes_len_slot;
  t.nb_bool = bytes_bool_slot;
  t.getitem = bytes_getitem_slot;
  t.contains = bytes_contains_slot;
  t.nb[int(BinOp::Add)] = bytes_add_slot;
  t.nb[int(BinOp::Mul)] = bytes_mul_slot;
  t.nb[int(BinOp::Mod)] = bytes_mod_slot;
}

void init_bytes_type() {
  TypeObject& b = BytesType;
  init_common(b);
  b.name = "bytes";
  b.flags = kTypeBaseType | kTypeImmutable | kTypeBytesSubclass | kTypeVarSize;
  b.basicsize = sizeof(BytesObject);
  b.dealloc = dealloc_as<BytesObject>;
  b.new_ = bytes_new_slot;
  b.repr = bytes_repr_slot;
  b.str = bytes_repr_slot;
  b.hash = bytes_hash_slot;
  b.methods = kBytesMethods;
  static_type_declare(&b);

  TypeObject& a = ByteArrayType;
  init_common(a);
  a.name = "bytearray";
  a.flags = kTypeBaseType | kTypeImmutable;
  a.basicsize = sizeof(ByteArrayObject);
  a.dealloc = bytearray_dealloc;
  a.new_ = bytearray_new_slot;
  a.init = bytearray_init_slot;
  a.repr = bytearray_repr_slot;
  a.str = bytearray_repr_slot;
  a.setitem = bytearray_setitem_slot;
  a.nb_inplace[int(BinOp::Add)] = bytearray_iadd_slot;
  a.nb_inplace[int(BinOp::Mul)] = bytearray_imul_slot;
  a.methods = kByteArrayMethods;
  static_type_declare(&a);

  for (TypeObject* it : {&BytesIterType, &ByteArrayIterType}) {
    it->refcnt = kImmortalRefcnt;
    it->type = &TypeType;
    it->name = it == &BytesIterType ? "bytes_iterator" : "bytearray_iterator";
    it->base = &ObjectType;
    it->flags = kTypeImmutable | kTypeGC;
    it->basicsize = sizeof(BytesIterObject);
    it->dealloc = bytes_iter_dealloc;
    it->traverse = bytes_iter_traverse;
    it->clear = bytes_iter_clear;
    it->iter = bytes_iter_self;
    it->iternext = bytes_iter_next;
    static_type_declare(it);
  }
}

}  // namespace minipy
