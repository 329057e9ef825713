// io.BytesIO: an in-memory binary file.
#include <algorithm>

#include "runtime/abstract.h"
#include "runtime/bytes_object.h"
#include "runtime/file_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"

namespace minipy {

TypeObject BytesIOType;

namespace {

struct BytesIOObject : Object {
  std::string buf;
  size_t pos = 0;
  bool closed = false;
};

BytesIOObject* as_bio(Value v) { return static_cast<BytesIOObject*>(v.as_object()); }

void check_open(BytesIOObject* b) {
  if (b->closed) raise(exc::ValueError, "I/O operation on closed file.");
}

std::string_view bytes_arg(Value v) {
  std::string_view data;
  if (!bytes_like_view(v, data))
    raisef(exc::TypeError, "a bytes-like object is required, not '%s'", std::string(type_name(v)).c_str());
  return data;
}

int64_t opt_size(Value v) {
  if (!v || is_none(v)) return -1;
  if (!is_int(v)) raisef(exc::TypeError, "argument should be integer or None, not '%s'", std::string(type_name(v)).c_str());
  return index_as_int64(v, exc::OverflowError);
}

Ref bio_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("BytesIO", "initial_bytes=b''");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  Ref obj = new_object<BytesIOObject>(type);
  if (a[0] && !is_none(a[0])) as_bio(obj)->buf = std::string(bytes_arg(a[0]));
  return obj;
}
void bio_init(Value, const Value*, size_t, Value) {}

Ref m_getvalue(Value self, const Value*, size_t nargs, Value) {
  check_nargs("getvalue", nargs, 0, 0);
  check_open(as_bio(self));
  return bytes_from_view(as_bio(self)->buf);
}

Ref m_write(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("write", kwnames);
  check_nargs("write", nargs, 1, 1);
  BytesIOObject* b = as_bio(self);
  check_open(b);
  std::string_view data = bytes_arg(args[0]);
  size_t n = data.size();
  if (n == 0) return int_from_i64(0);  // an empty write does not pad a position past the end
  if (b->pos > b->buf.size()) b->buf.resize(b->pos, '\0');
  std::string copy(data);  // data may alias buf (b.write(b.getbuffer()))
  if (b->pos + n > b->buf.size()) b->buf.resize(b->pos + n);
  b->buf.replace(b->pos, n, copy);
  b->pos += n;
  return int_from_i64(int64_t(n));
}

Ref m_writelines(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("writelines", nargs, 1, 1);
  check_open(as_bio(self));
  Ref it = get_iter(args[0]);
  while (Ref line = iter_next(it)) {
    Value one[1] = {line};
    m_write(self, one, 1, Value());
  }
  return Ref(None());
}

Ref m_read(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("read", "size=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  BytesIOObject* b = as_bio(self);
  check_open(b);
  int64_t n = opt_size(a[0]);
  if (b->pos >= b->buf.size()) return bytes_from_view("");
  size_t avail = b->buf.size() - b->pos;
  size_t take = n < 0 ? avail : std::min(avail, size_t(n));
  Ref r = bytes_from_view(std::string_view(b->buf).substr(b->pos, take));
  b->pos += take;
  return r;
}

Ref bio_readline(BytesIOObject* b, int64_t limit) {
  if (b->pos >= b->buf.size()) return bytes_from_view("");
  size_t nl = b->buf.find('\n', b->pos);
  size_t end = nl == std::string::npos ? b->buf.size() : nl + 1;
  if (limit >= 0) end = std::min(end, b->pos + size_t(limit));
  Ref r = bytes_from_view(std::string_view(b->buf).substr(b->pos, end - b->pos));
  b->pos = end;
  return r;
}

Ref m_readline(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("readline", "size=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  check_open(as_bio(self));
  return bio_readline(as_bio(self), opt_size(a[0]));
}

Ref m_readlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("readlines", "hint=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  BytesIOObject* b = as_bio(self);
  check_open(b);
  Ref out = list_new();
  while (b->pos < b->buf.size()) list_append(out, bio_readline(b, -1));
  return out;
}

Ref m_tell(Value self, const Value*, size_t nargs, Value) {
  check_nargs("tell", nargs, 0, 0);
  check_open(as_bio(self));
  return int_from_i64(int64_t(as_bio(self)->pos));
}

Ref m_seek(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("seek", "pos, whence=0, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  BytesIOObject* b = as_bio(self);
  check_open(b);
  int64_t pos = index_as_int64(a[0], exc::OverflowError);
  int64_t whence = a[1] ? index_as_int64(a[1], exc::OverflowError) : 0;
  if (whence < 0 || whence > 2) raisef(exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (whence == 0 && pos < 0) raisef(exc::ValueError, "negative seek value %lld", (long long)pos);
  int64_t base = whence == 0 ? 0 : whence == 1 ? int64_t(b->pos) : int64_t(b->buf.size());
  int64_t np = base + pos;
  if (np < 0) np = 0;
  b->pos = size_t(np);
  return int_from_i64(np);
}

Ref m_truncate(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("truncate", "size=None, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  BytesIOObject* b = as_bio(self);
  check_open(b);
  int64_t size = (a[0] && !is_none(a[0])) ? index_as_int64(a[0], exc::OverflowError) : int64_t(b->pos);
  if (size < 0) raisef(exc::ValueError, "negative size value %lld", (long long)size);
  if (size_t(size) < b->buf.size()) b->buf.resize(size_t(size));
  return int_from_i64(size);
}

Ref m_close(Value self, const Value*, size_t, Value) {
  as_bio(self)->closed = true;
  return Ref(None());
}
Ref m_true(Value self, const Value*, size_t, Value) {
  check_open(as_bio(self));
  return Ref(True());
}
Ref m_false(Value self, const Value*, size_t, Value) {
  check_open(as_bio(self));
  return Ref(False());
}
Ref m_flush(Value self, const Value*, size_t, Value) {
  check_open(as_bio(self));
  return Ref(None());
}
Ref m_enter(Value self, const Value*, size_t, Value) {
  check_open(as_bio(self));
  return Ref(self);
}
Ref bio_iter(Value self) {
  check_open(as_bio(self));
  return Ref(self);
}
Ref bio_iternext(Value self) {
  BytesIOObject* b = as_bio(self);
  check_open(b);
  if (b->pos >= b->buf.size()) return Ref();
  return bio_readline(b, -1);
}
Ref get_closed(Value self) { return Ref(bool_value(as_bio(self)->closed)); }

const MethodDef kMethods[] = {
    {"getvalue", m_getvalue}, {"write", m_write},       {"writelines", m_writelines},
    {"read", m_read},         {"read1", m_read},        {"readline", m_readline},
    {"readlines", m_readlines}, {"tell", m_tell},       {"seek", m_seek},
    {"truncate", m_truncate}, {"close", m_close},       {"flush", m_flush},
    {"readable", m_true},     {"writable", m_true},     {"seekable", m_true},
    {"isatty", m_false},      {"__enter__", m_enter},   {"__exit__", m_close},
    {nullptr, nullptr},
};
const GetSetDef kGetSets[] = {{"closed", get_closed}, {nullptr, nullptr}};

}  // namespace

void init_bytesio_type() {
  TypeObject& t = BytesIOType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "_io.BytesIO";
  t.basicsize = sizeof(BytesIOObject);
  t.flags = kTypeBaseType;
  t.dealloc = dealloc_as<BytesIOObject>;
  t.new_ = bio_new;
  t.init = bio_init;
  t.iter = bio_iter;
  t.iternext = bio_iternext;
  t.methods = kMethods;
  t.getsets = kGetSets;
  static_type_declare(&t);
}

}  // namespace minipy
