// io.StringIO: an in-memory text file. The text is kept as UTF-8 with the position as a byte
// offset; positions seen by Python (tell/seek/truncate) are in code points, as in CPython.
#include <algorithm>

#include "runtime/abstract.h"
#include "runtime/file_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"

namespace minipy {

TypeObject StringIOType;

namespace {

struct StringIOObject : Object {
  std::string buf;
  size_t pos = 0;  // byte offset into buf (may be past the end after a seek)
  size_t past_end_chars = 0;  // code points past the end after seek() beyond the text
  bool closed = false;
};

StringIOObject* as_sio(Value v) { return static_cast<StringIOObject*>(v.as_object()); }

void check_open(StringIOObject* s) {
  if (s->closed) raise(exc::ValueError, "I/O operation on closed file");
}

size_t char_count(std::string_view s) { return utf8_length(s); }

// Byte offset after advancing `n` code points from byte offset `from` (clamped to the end).
size_t advance_chars(const std::string& s, size_t from, size_t n) {
  size_t i = from;
  while (n > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return i;
}

void sio_write(StringIOObject* s, std::string_view text) {
  if (text.empty()) return;  // an empty write does not pad a position past the end
  if (s->past_end_chars > 0) {  // seek() beyond the end pads with NULs on write
    s->buf.append(s->past_end_chars, '\0');
    s->pos = s->buf.size();
    s->past_end_chars = 0;
  }
  if (s->pos >= s->buf.size()) {
    s->buf.append(text);
    s->pos = s->buf.size();
    return;
  }
  size_t end = advance_chars(s->buf, s->pos, char_count(text));
  s->buf.replace(s->pos, end - s->pos, text);
  s->pos += text.size();
}

Ref sio_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("StringIO", "initial_value='', newline='\\n'");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  Ref obj = new_object<StringIOObject>(type);
  if (a[0] && !is_none(a[0])) {
    if (!is_str(a[0]))
      raisef(exc::TypeError, "initial_value must be str or None, not %s", std::string(type_name(a[0])).c_str());
    as_sio(obj)->buf = std::string(str_view(a[0]));
  }
  return obj;
}

void sio_init(Value, const Value*, size_t, Value) {}

Ref m_getvalue(Value self, const Value*, size_t nargs, Value) {
  check_nargs("getvalue", nargs, 0, 0);
  check_open(as_sio(self));
  return str_new(as_sio(self)->buf);
}

Ref m_write(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("write", kwnames);
  check_nargs("write", nargs, 1, 1);
  StringIOObject* s = as_sio(self);
  check_open(s);
  if (!is_str(args[0])) raisef(exc::TypeError, "string argument expected, got '%s'", std::string(type_name(args[0])).c_str());
  sio_write(s, str_view(args[0]));
  return int_from_i64(int64_t(str_length(args[0])));
}

Ref m_writelines(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("writelines", kwnames);
  check_nargs("writelines", nargs, 1, 1);
  check_open(as_sio(self));
  Ref it = get_iter(args[0]);
  while (Ref line = iter_next(it)) {
    Value one[1] = {line};
    m_write(self, one, 1, Value());
  }
  return Ref(None());
}

int64_t opt_size(Value v) {
  if (!v || is_none(v)) return -1;
  if (!is_int(v)) raisef(exc::TypeError, "argument should be integer or None, not '%s'", std::string(type_name(v)).c_str());
  return index_as_int64(v, exc::OverflowError);
}

Ref m_read(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("read", "size=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  StringIOObject* s = as_sio(self);
  check_open(s);
  int64_t n = opt_size(a[0]);
  if (s->pos >= s->buf.size() || s->past_end_chars) return str_new("");
  size_t end = n < 0 ? s->buf.size() : advance_chars(s->buf, s->pos, size_t(n));
  Ref r = str_new(std::string_view(s->buf).substr(s->pos, end - s->pos));
  s->pos = end;
  return r;
}

Ref sio_readline(StringIOObject* s, int64_t limit) {
  if (s->pos >= s->buf.size() || s->past_end_chars) return str_new("");
  size_t nl = s->buf.find('\n', s->pos);
  size_t end = nl == std::string::npos ? s->buf.size() : nl + 1;
  if (limit >= 0) end = std::min(end, advance_chars(s->buf, s->pos, size_t(limit)));
  Ref r = str_new(std::string_view(s->buf).substr(s->pos, end - s->pos));
  s->pos = end;
  return r;
}

Ref m_readline(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("readline", "size=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  check_open(as_sio(self));
  return sio_readline(as_sio(self), opt_size(a[0]));
}

Ref m_readlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("readlines", "hint=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  StringIOObject* s = as_sio(self);
  check_open(s);
  int64_t hint = opt_size(a[0]);
  Ref out = list_new();
  int64_t total = 0;
  for (;;) {
    Ref line = sio_readline(s, -1);
    if (str_length(line) == 0) break;
    total += int64_t(str_length(line));
    list_append(out, line);
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

int64_t sio_tell(StringIOObject* s) {
  return int64_t(char_count(std::string_view(s->buf).substr(0, std::min(s->pos, s->buf.size()))) + s->past_end_chars);
}

Ref m_tell(Value self, const Value*, size_t nargs, Value) {
  check_nargs("tell", nargs, 0, 0);
  check_open(as_sio(self));
  return int_from_i64(sio_tell(as_sio(self)));
}

Ref m_seek(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("seek", "pos, whence=0, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  StringIOObject* s = as_sio(self);
  check_open(s);
  int64_t pos = index_as_int64(a[0], exc::OverflowError);
  int64_t whence = a[1] ? index_as_int64(a[1], exc::OverflowError) : 0;
  if (whence < 0 || whence > 2) raisef(exc::ValueError, "Invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (whence == 0 && pos < 0) raisef(exc::ValueError, "Negative seek position %lld", (long long)pos);
  if (whence != 0 && pos != 0) raise(exc::OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
  if (whence == 1) return int_from_i64(sio_tell(s));
  if (whence == 2) {
    s->pos = s->buf.size();
    s->past_end_chars = 0;
    return int_from_i64(sio_tell(s));
  }
  size_t total = char_count(s->buf);
  if (size_t(pos) > total) {
    s->pos = s->buf.size();
    s->past_end_chars = size_t(pos) - total;
  } else {
    s->pos = advance_chars(s->buf, 0, size_t(pos));
    s->past_end_chars = 0;
  }
  return int_from_i64(pos);
}

Ref m_truncate(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("truncate", "pos=None, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  StringIOObject* s = as_sio(self);
  check_open(s);
  int64_t size = (a[0] && !is_none(a[0])) ? index_as_int64(a[0], exc::OverflowError) : sio_tell(s);
  if (size < 0) raisef(exc::ValueError, "Negative size value %lld", (long long)size);
  size_t end = advance_chars(s->buf, 0, size_t(size));
  if (end < s->buf.size()) {
    // The position does not move: if it was past the new end, it now lies beyond the text.
    if (s->pos > end) {
      s->past_end_chars += char_count(std::string_view(s->buf).substr(end, std::min(s->pos, s->buf.size()) - end));
      s->pos = end;
    }
    s->buf.resize(end);
  }
  return int_from_i64(size);
}

Ref m_close(Value self, const Value*, size_t, Value) {
  as_sio(self)->closed = true;
  return Ref(None());
}
Ref m_true(Value self, const Value*, size_t, Value) {
  check_open(as_sio(self));
  return Ref(True());
}
Ref m_false(Value self, const Value*, size_t, Value) {
  check_open(as_sio(self));
  return Ref(False());
}
Ref m_flush(Value self, const Value*, size_t, Value) {
  check_open(as_sio(self));
  return Ref(None());
}
Ref m_enter(Value self, const Value*, size_t, Value) {
  check_open(as_sio(self));
  return Ref(self);
}
Ref m_exit(Value self, const Value*, size_t, Value) {
  as_sio(self)->closed = true;
  return Ref(None());
}
Ref sio_iter(Value self) {
  check_open(as_sio(self));
  return Ref(self);
}
Ref sio_iternext(Value self) {
  check_open(as_sio(self));
  Ref line = sio_readline(as_sio(self), -1);
  if (str_length(line) == 0) return Ref();
  return line;
}

Ref get_closed(Value self) { return Ref(bool_value(as_sio(self)->closed)); }
Ref get_none(Value) { return Ref(None()); }
Ref get_false(Value) { return Ref(False()); }

const MethodDef kMethods[] = {
    {"getvalue", m_getvalue}, {"write", m_write},       {"writelines", m_writelines},
    {"read", m_read},         {"readline", m_readline}, {"readlines", m_readlines},
    {"tell", m_tell},         {"seek", m_seek},         {"truncate", m_truncate},
    {"close", m_close},       {"flush", m_flush},       {"readable", m_true},
    {"writable", m_true},     {"seekable", m_true},     {"isatty", m_false},
    {"__enter__", m_enter},   {"__exit__", m_exit},     {nullptr, nullptr},
};
const GetSetDef kGetSets[] = {
    {"closed", get_closed}, {"newlines", get_none}, {"line_buffering", get_false}, {nullptr, nullptr},
};

}  // namespace

void stringio_write_fast(Value sio, std::string_view utf8) {
  StringIOObject* s = as_sio(sio);
  check_open(s);
  sio_write(s, utf8);
}

Ref stringio_new() {
  return new_object<StringIOObject>(&StringIOType);
}
std::string stringio_value(Value sio) { return as_sio(sio)->buf; }

void init_stringio_type() {
  TypeObject& t = StringIOType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "_io.StringIO";
  t.basicsize = sizeof(StringIOObject);
  t.flags = kTypeBaseType;
  t.dealloc = dealloc_as<StringIOObject>;
  t.new_ = sio_new;
  t.init = sio_init;
  t.iter = sio_iter;
  t.iternext = sio_iternext;
  t.methods = kMethods;
  t.getsets = kGetSets;
  static_type_declare(&t);
}

}  // namespace minipy
