// str core: allocation, UTF-8 helpers, hashing (CPython-compatible), interning, repr, and the
// type object with its slots. The methods live in str_methods*.cpp, formatting in str_format.cpp.
#include "runtime/str_object.h"

#include <cstring>
#include <string>
#include <unordered_map>

#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/siphash.h"
#include "runtime/str_internal.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode.h"

namespace minipy {

TypeObject StrType;
TypeObject StrIterType;     // str_ascii_iterator (ASCII text)
TypeObject StrUIterType;    // str_iterator (other text)

extern const MethodDef kStrMethods[];  // str_methods.cpp

// ---- allocation -----------------------------------------------------------------------------------

static Ref str_alloc_spare(TypeObject* type, size_t nbytes, size_t length, bool ascii, uint32_t spare) {
  size_t head = sizeof(StrObject);
  if (type != &StrType && type->basicsize > head) head = (type->basicsize + 7) & ~size_t(7);
  if (head > UINT16_MAX) raise(exc::TypeError, "str subclass instance layout too large");
  Ref r = new_object_sized<StrObject>(type, head + nbytes + 1 + spare);
  StrObject* s = r.as<StrObject>();
  s->hash = -1;
  s->length = length;
  s->size = nbytes;
  s->ascii = ascii;
  s->interned = false;
  s->data_off = uint16_t(head);
  s->spare = spare;
  s->mutable_data()[nbytes] = '\0';
  return r;
}

Ref str_alloc(TypeObject* type, size_t nbytes, size_t length, bool ascii) {
  return str_alloc_spare(type, nbytes, length, ascii, 0);
}

static Ref g_empty;
static Ref g_latin1[256];

Ref empty_str() {
  if (!g_empty) {
    g_empty = str_alloc(&StrType, 0, 0, true);
    as_str(g_empty)->hash = 0;
  }
  return g_empty;
}

Ref str_from_utf8_unchecked(std::string_view utf8, size_t length, bool ascii) {
  if (utf8.empty()) return empty_str();
  if (length == 1) {
    size_t i = 0;
    uint32_t cp = utf8_decode_at(utf8, i);
    if (cp < 256) return str_from_codepoint(cp);
  }
  Ref r = str_alloc(&StrType, utf8.size(), length, ascii);
  std::memcpy(as_str(r)->mutable_data(), utf8.data(), utf8.size());
  return r;
}

Ref str_new(std::string_view utf8) {
  size_t n = 0;
  bool ascii = true;
  for (unsigned char c : utf8) {
    n += (c & 0xC0) != 0x80;
    ascii &= c < 0x80;
  }
  return str_from_utf8_unchecked(utf8, n, ascii);
}

Ref str_from_ascii(std::string_view ascii) { return str_from_utf8_unchecked(ascii, ascii.size(), true); }

Ref str_from_codepoint(uint32_t cp) {
  if (cp < 256) {
    Ref& slot = g_latin1[cp];
    if (!slot) {
      std::string s;
      utf8_append(s, cp);
      Ref r = str_alloc(&StrType, s.size(), 1, cp < 128);
      std::memcpy(as_str(r)->mutable_data(), s.data(), s.size());
      slot = intern_str(r);
    }
    return slot;
  }
  std::string s;
  utf8_append(s, cp);
  Ref r = str_alloc(&StrType, s.size(), 1, false);
  std::memcpy(as_str(r)->mutable_data(), s.data(), s.size());
  return r;
}

Ref str_concat(Value a, Value b) {
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (y->size == 0 && x->type == &StrType) return Ref(a);
  if (x->size == 0 && y->type == &StrType) return Ref(b);
  size_t len = x->length + y->length;
  if (len == 1) return str_new(std::string(x->view()) + std::string(y->view()));
  Ref r = str_alloc(&StrType, x->size + y->size, len, x->ascii && y->ascii);
  char* d = as_str(r)->mutable_data();
  std::memcpy(d, x->data(), x->size);
  std::memcpy(d + x->size, y->data(), y->size);
  return r;
}

Ref str_append_consume(Ref left, Value right) {
  StrObject* x = as_str(left);
  StrObject* y = as_str(right);
  if (x->refcnt != 1 || x->type != &StrType || x->interned || y->size == 0 || x->size == 0)
    return str_concat(left, right);
  if (y->size <= x->spare) {
    char* d = x->mutable_data();
    std::memcpy(d + x->size, y->data(), y->size);
    x->size += y->size;
    x->spare -= uint32_t(y->size);
    x->length += y->length;
    x->ascii = x->ascii && y->ascii;
    x->hash = -1;
    d[x->size] = '\0';
    return left;
  }
  size_t total = x->size + y->size;
  size_t room = total < (size_t(1) << 30) ? total : 0;  // double the capacity, up to 1 GiB of slack
  Ref r = str_alloc_spare(&StrType, total, x->length + y->length, x->ascii && y->ascii, uint32_t(room));
  char* d = as_str(r)->mutable_data();
  std::memcpy(d, x->data(), x->size);
  std::memcpy(d + x->size, y->data(), y->size);
  return r;
}

bool is_str(Value v) { return v.is_object() && type_of(v)->has_flag(kTypeStrSubclass); }

std::string_view expect_str(Value v, const char* fmt) {
  if (!is_str(v)) raisef(exc::TypeError, fmt, std::string(type_name(v)).c_str());
  return str_view(v);
}

// ---- UTF-8 ----------------------------------------------------------------------------------------

uint32_t utf8_decode_at(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  if (c < 0x80) {
    ++i;
    return c;
  }
  if (c < 0xE0) {
    uint32_t cp = ((c & 0x1F) << 6) | (s[i + 1] & 0x3F);
    i += 2;
    return cp;
  }
  if (c < 0xF0) {
    uint32_t cp = ((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F);
    i += 3;
    return cp;
  }
  uint32_t cp = ((c & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) |
                (s[i + 3] & 0x3F);
  i += 4;
  return cp;
}

// Valid UTF-8, except that encoded surrogates (ED A0..BF xx) are accepted: Python text may hold
// lone surrogates (from surrogateescape, '\ud800' literals) and we store them this way.
bool utf8_valid(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    uint32_t cp;
    if (c >= 0xC2 && c < 0xE0) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c < 0xF0) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c < 0xF5) {
      len = 4;
      cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char d = s[i + k];
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return false;
    i += len;
  }
  return true;
}

size_t utf8_length(std::string_view s) { return count_cps(s); }

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(char(cp));
  } else if (cp < 0x800) {
    out.push_back(char(0xC0 | (cp >> 6)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(char(0xE0 | (cp >> 12)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(char(0xF0 | (cp >> 18)));
    out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(char(0x80 | (cp & 0x3F)));
  }
}

// Indexing non-ASCII text must scan from a known position. One process-wide cursor (the last
// string indexed and where) makes the common loops - s[i] for increasing i - linear overall
// instead of quadratic. It is cleared when that string dies.
namespace {
struct IndexCursor {
  const StrObject* str = nullptr;
  size_t index = 0, offset = 0;
};
IndexCursor g_cursor;
}  // namespace

size_t str_byte_offset(Value s, size_t index) {
  StrObject* o = as_str(s);
  if (o->ascii) return index;
  if (index >= o->length) return o->size;
  const char* d = o->data();
  size_t i = 0, k = 0;
  if (g_cursor.str == o && g_cursor.index <= index) {
    i = g_cursor.offset;
    k = g_cursor.index;
  }
  while (k < index) {
    unsigned char c = d[i];
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++k;
  }
  if (o->length > 64 && o->type == &StrType) {  // exact strs only: their dealloc clears the cursor
    g_cursor.str = o;
    g_cursor.index = index;
    g_cursor.offset = i;
  }
  return i;
}

static void str_dealloc(Object* o) {
  if (g_cursor.str == o) g_cursor.str = nullptr;
  dealloc_as<StrObject>(o);
}

uint32_t str_char_at(Value s, size_t index) {
  StrObject* o = as_str(s);
  if (o->ascii) return static_cast<unsigned char>(o->data()[index]);
  size_t i = str_byte_offset(s, index);
  return utf8_decode_at(o->view(), i);
}

std::u32string str_to_u32(std::string_view utf8) {
  std::u32string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) out.push_back(utf8_decode_at(utf8, i));
  return out;
}

Ref str_from_u32(const std::u32string& cps) {
  std::string s;
  s.reserve(cps.size());
  bool ascii = true;
  for (char32_t c : cps) {
    utf8_append(s, c);
    ascii &= c < 0x80;
  }
  return str_from_utf8_unchecked(s, cps.size(), ascii);
}

// ---- hashing --------------------------------------------------------------------------------------
// CPython hashes its PEP 393 representation: 1, 2 or 4 bytes per code point depending on the
// largest code point. We rebuild that form on the fly for non-ASCII text.

static int64_t hash_text(std::string_view s, bool ascii) {
  if (ascii) return hash_bytes(s.data(), s.size());
  std::u32string cps = str_to_u32(s);
  uint32_t maxc = 0;
  for (char32_t c : cps) maxc = c > maxc ? c : maxc;
  if (maxc < 256) {
    std::string b(cps.size(), '\0');
    for (size_t i = 0; i < cps.size(); ++i) b[i] = char(cps[i]);
    return hash_bytes(b.data(), b.size());
  }
  if (maxc < 65536) {
    std::u16string b(cps.size(), u'\0');
    for (size_t i = 0; i < cps.size(); ++i) b[i] = char16_t(cps[i]);
    return hash_bytes(b.data(), b.size() * 2);
  }
  return hash_bytes(cps.data(), cps.size() * 4);
}

int64_t str_hash(Value v) {
  StrObject* s = as_str(v);
  if (s->hash == -1) s->hash = hash_text(s->view(), s->ascii);
  return s->hash;
}

bool str_equal(Value a, Value b) {
  if (a == b) return true;
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (x->size != y->size) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  return std::memcmp(x->data(), y->data(), x->size) == 0;
}

// ---- interning ------------------------------------------------------------------------------------
// One process-wide table (the GIL serializes access). It owns a reference to every interned str,
// so interned strings live as long as the process.

namespace {
struct ViewHash {
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
std::unordered_map<std::string_view, StrObject*, ViewHash>& intern_table() {
  static auto* t = new std::unordered_map<std::string_view, StrObject*, ViewHash>();
  return *t;
}
}  // namespace

Ref intern_str(Value s) {
  StrObject* o = as_str(s);
  if (o->interned) return Ref(s);
  auto& t = intern_table();
  auto it = t.find(o->view());
  if (it != t.end()) return Ref(Value(it->second));
  if (o->type != &StrType) {  // only exact strs are interned; copy a subclass instance
    Ref copy = str_alloc(&StrType, o->size, o->length, o->ascii);
    std::memcpy(as_str(copy)->mutable_data(), o->data(), o->size);
    return intern_str(copy);
  }
  incref(s);  // the table's reference
  o->interned = true;
  t.emplace(o->view(), o);
  return Ref(s);
}

Ref intern(std::string_view utf8) {
  auto& t = intern_table();
  auto it = t.find(utf8);
  if (it != t.end()) return Ref(Value(it->second));
  Ref s = str_new(utf8);
  return intern_str(s);
}

Value name(const char* s) {
  static auto* cache = new std::unordered_map<const char*, Value>();
  auto it = cache->find(s);
  if (it != cache->end()) return it->second;
  Ref r = intern(s);
  Value v = r;  // the intern table keeps it alive for the process lifetime
  cache->emplace(s, v);
  return v;
}

// ---- repr -----------------------------------------------------------------------------------------

static const char kHex[] = "0123456789abcdef";

static void append_escape(std::string& out, uint32_t c) {
  if (c < 0x100) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  } else if (c < 0x10000) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
  } else {
    out += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
  }
}

std::string str_repr_utf8(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char quote = (has_sq && !has_dq) ? '"' : '\'';
  std::string out;
  out.reserve(s.size() + 2);
  out += quote;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = s[i];
    if (b < 0x80) {
      ++i;
      if (b == quote || b == '\\') {
        out += '\\';
        out += char(b);
      } else if (b == '\t') {
        out += "\\t";
      } else if (b == '\n') {
        out += "\\n";
      } else if (b == '\r') {
        out += "\\r";
      } else if (b < 0x20 || b == 0x7f) {
        append_escape(out, b);
      } else {
        out += char(b);
      }
      continue;
    }
    size_t start = i;
    uint32_t c = utf8_decode_at(s, i);
    if (uni_isprintable(c)) out.append(s.data() + start, i - start);
    else append_escape(out, c);
  }
  out += quote;
  return out;
}

std::string ascii_escape_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    unsigned char b = text[i];
    if (b < 0x80) {
      out += char(b);
      ++i;
      continue;
    }
    append_escape(out, utf8_decode_at(text, i));
  }
  return out;
}

// ---- slots ----------------------------------------------------------------------------------------

static Ref str_repr_slot(Value self) { return str_new(str_repr_utf8(str_view(self))); }

static Ref str_str_slot(Value self) {
  if (is_exact_str(self)) return Ref(self);
  StrObject* o = as_str(self);
  return str_from_utf8_unchecked(o->view(), o->length, o->ascii);
}

static int64_t str_hash_slot(Value self) { return str_hash(self); }

static Ref str_richcompare(Value a, Value b, CmpOp op) {
  if (!is_str(a) || !is_str(b)) return Ref(NotImplemented());
  if (op == CmpOp::Eq) return Ref(bool_value(str_equal(a, b)));
  if (op == CmpOp::Ne) return Ref(bool_value(!str_equal(a, b)));
  std::string_view x = str_view(a), y = str_view(b);
  int c = x.compare(y);  // UTF-8 byte order is code point order
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
    default: break;
  }
  return Ref(bool_value(r));
}

static int64_t str_len_slot(Value self) { return int64_t(as_str(self)->length); }

static Ref str_getitem_slot(Value self, Value key) {
  StrObject* o = as_str(self);
  if (key.is_small_int() || (key.is_object() && type_of(key)->nb_index && type_of(key) != &SliceType)) {
    int64_t i = key.is_small_int() ? key.small_int_value() : as_ssize(number_index(key));
    if (i < 0) i += int64_t(o->length);
    if (i < 0 || i >= int64_t(o->length)) raise(exc::IndexError, "string index out of range");
    return str_from_codepoint(str_char_at(self, size_t(i)));
  }
  if (key.is_object() && type_of(key) == &SliceType) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, int64_t(o->length), &start, &stop, &step);
    if (n <= 0) return empty_str();
    if (step == 1) {
      if (o->ascii) return str_from_utf8_unchecked(std::string_view(o->data() + start, size_t(n)), size_t(n), true);
      size_t b0 = str_byte_offset(self, size_t(start));
      std::string_view rest(o->data() + b0, o->size - b0);
      size_t i = 0;
      for (int64_t k = 0; k < n; ++k) utf8_decode_at(rest, i);
      if (n == int64_t(o->length) && o->type == &StrType) return Ref(self);
      return str_from_utf8_unchecked(rest.substr(0, i), size_t(n), false);
    }
    std::string out;
    if (o->ascii) {
      out.reserve(size_t(n));
      for (int64_t k = 0, i = start; k < n; ++k, i += step) out += o->data()[i];
      return str_from_utf8_unchecked(out, size_t(n), true);
    }
    std::u32string cps = str_to_u32(o->view());
    std::u32string sel;
    for (int64_t k = 0, i = start; k < n; ++k, i += step) sel.push_back(cps[size_t(i)]);
    return str_from_u32(sel);
  }
  raisef(exc::TypeError, "string indices must be integers, not '%s'", std::string(type_name(key)).c_str());
}

static bool str_contains_slot(Value self, Value item) {
  if (!is_str(item))
    raisef(exc::TypeError, "'in <string>' requires string as left operand, not %s",
           std::string(type_name(item)).c_str());
  return str_view(self).find(str_view(item)) != std::string_view::npos;
}

static Ref str_repeat(Value s, int64_t n) {
  StrObject* o = as_str(s);
  if (n <= 0 || o->size == 0) return empty_str();
  if (n == 1 && o->type == &StrType) return Ref(s);
  if (o->size > size_t(INT64_MAX / 4) / size_t(n)) raise_memory_error();
  check_result_size(uint64_t(o->size) * uint64_t(n));
  size_t total = o->size * size_t(n);
  Ref r = str_alloc(&StrType, total, o->length * size_t(n), o->ascii);
  char* d = as_str(r)->mutable_data();
  if (o->size == 1) {
    std::memset(d, o->data()[0], total);
  } else {
    std::memcpy(d, o->data(), o->size);
    size_t done = o->size;
    while (done < total) {  // doubling copies
      size_t chunk = done < total - done ? done : total - done;
      std::memcpy(d + done, d, chunk);
      done += chunk;
    }
  }
  return r;
}

static bool has_reflected(Value v, const char* dunder) {
  TypeObject* t = type_of(v);
  return t->has_flag(kTypeHeapType) && type_lookup(t, name(dunder));
}

static Ref str_add_slot(Value a, Value b) {
  if (is_str(a)) {
    if (is_str(b)) return str_concat(a, b);
    if (has_reflected(b, "__radd__")) return Ref(NotImplemented());
    raisef(exc::TypeError, "can only concatenate str (not \"%s\") to str", std::string(type_name(b)).c_str());
  }
  return Ref(NotImplemented());
}

static Ref str_mul_slot(Value a, Value b) {
  Value s = is_str(a) ? a : b;
  Value n = is_str(a) ? b : a;
  if (n.is_small_int()) return str_repeat(s, n.small_int_value());
  if (n.is_object() && type_of(n)->nb_index) {
    Ref idx = number_index(n);
    std::optional<int64_t> count = int_as_i64(idx);
    if (!count) {
      if (int_sign(idx) < 0) return empty_str();
      raisef(exc::OverflowError, "cannot fit '%s' into an index-sized integer", std::string(type_name(n)).c_str());
    }
    return str_repeat(s, *count);
  }
  if (s == a && has_reflected(n, "__rmul__")) return Ref(NotImplemented());
  if (s == b && is_str(a)) return Ref(NotImplemented());
  raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", std::string(type_name(n)).c_str());
}

static Ref str_mod_slot(Value a, Value b) {
  if (!is_str(a)) return Ref(NotImplemented());
  return str_percent_format(a, b);
}

static bool str_bool_slot(Value self) { return as_str(self)->size != 0; }

// ---- iterator -------------------------------------------------------------------------------------

struct StrIterObject : Object {
  Ref str;
  size_t pos;  // byte offset of the next character
};

static Ref str_iter_slot(Value self) {
  Ref it = new_object<StrIterObject>(as_str(self)->ascii ? &StrIterType : &StrUIterType);
  it.as<StrIterObject>()->str = Ref(self);
  it.as<StrIterObject>()->pos = 0;
  return it;
}

static Ref str_iter_self(Value self) { return Ref(self); }

static Ref str_iter_next(Value self) {
  StrIterObject* it = static_cast<StrIterObject*>(self.as_object());
  if (!it->str) return Ref();
  StrObject* s = as_str(it->str);
  if (it->pos >= s->size) {
    it->str.reset();
    return Ref();
  }
  uint32_t c = utf8_decode_at(s->view(), it->pos);
  return str_from_codepoint(c);
}

static Ref str_iter_length_hint(Value self, const Value*, size_t, Value) {
  StrIterObject* it = static_cast<StrIterObject*>(self.as_object());
  if (!it->str) return Ref(Value::small_int(0));
  StrObject* s = as_str(it->str);
  return Ref(Value::small_int(int64_t(count_cps(s->view().substr(it->pos)))));
}

static const MethodDef kStrIterMethods[] = {
    {"__length_hint__", str_iter_length_hint},
    {nullptr, nullptr},
};

// ---- constructor ----------------------------------------------------------------------------------

Ref str_new_from_object(TypeObject* type, Value obj) {
  Ref s = obj ? str_of(obj) : empty_str();
  if (type == &StrType) return s;
  StrObject* o = as_str(s);
  Ref r = str_alloc(type, o->size, o->length, o->ascii);
  std::memcpy(as_str(r)->mutable_data(), o->data(), o->size);
  return r;
}

static Ref str_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("str", "object='', encoding='utf-8', errors='strict'");
  Value a[3];
  spec.bind(args, nargs, kwnames, a);
  if (!a[1] && !a[2]) return str_new_from_object(type, a[0]);
  if (a[1] && !is_str(a[1]))
    raisef(exc::TypeError, "str() argument 'encoding' must be str, not %s", std::string(type_name(a[1])).c_str());
  if (a[2] && !is_str(a[2]))
    raisef(exc::TypeError, "str() argument 'errors' must be str, not %s", std::string(type_name(a[2])).c_str());
  if (!a[0]) return str_new_from_object(type, Value());
  std::string_view data;
  if (!bytes_like_view(a[0], data))
    raisef(exc::TypeError, "decoding to str: need a bytes-like object, %s found", std::string(type_name(a[0])).c_str());
  Ref s = codec_decode(data, a[1] ? str_view(a[1]) : "utf-8", a[2] ? str_view(a[2]) : "strict");
  if (type == &StrType) return s;
  return str_new_from_object(type, s);
}

// ---- builtins: chr, ord (ascii() and ascii_of are in abstract.cpp) ----------------------------------------------------------------------

static Ref builtin_chr(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("chr", kwnames);
  check_nargs("chr", nargs, 1, 1);
  Value v = args[0];
  if (!is_int(v)) {
    if (v.is_object() && type_of(v)->nb_index) {
      Ref i = number_index(v);
      Value arg = i;
      return builtin_chr(Value(), &arg, 1, Value());
    }
    raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(v)).c_str());
  }
  std::optional<int64_t> c = int_as_i64(v);
  if (!c) raise(exc::OverflowError, "Python int too large to convert to C int");
  if (*c < INT32_MIN || *c > INT32_MAX) raise(exc::OverflowError, "Python int too large to convert to C int");
  if (*c < 0 || *c > 0x10FFFF) raise(exc::ValueError, "chr() arg not in range(0x110000)");
  return str_from_codepoint(uint32_t(*c));
}

static Ref builtin_ord(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("ord", kwnames);
  check_nargs("ord", nargs, 1, 1);
  Value v = args[0];
  if (is_str(v)) {
    StrObject* s = as_str(v);
    if (s->length != 1)
      raisef(exc::TypeError, "ord() expected a character, but string of length %zu found", s->length);
    size_t i = 0;
    return Ref(Value::small_int(utf8_decode_at(s->view(), i)));
  }
  std::string_view data;
  if (bytes_like_view(v, data)) {
    if (data.size() != 1)
      raisef(exc::TypeError, "ord() expected a character, but string of length %zu found", data.size());
    return Ref(Value::small_int(static_cast<unsigned char>(data[0])));
  }
  raisef(exc::TypeError, "ord() expected string of length 1, but %s found", std::string(type_name(v)).c_str());
}

static const MethodDef kStrBuiltins[] = {
    {"chr", builtin_chr, kMethodPlain, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."},
    {"ord", builtin_ord, kMethodPlain, "Return the Unicode code point for a one-character string."},
    {nullptr, nullptr},
};
static BuiltinFunctions reg_str_fns(kStrBuiltins);
static BuiltinType reg_str_type("str", &StrType);

// ---- type object ----------------------------------------------------------------------------------

void init_str_type() {
  TypeObject& t = StrType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "str";
  t.base = &ObjectType;
  t.flags = kTypeBaseType | kTypeImmutable | kTypeStrSubclass;
  t.basicsize = sizeof(StrObject);
  t.dealloc = str_dealloc;
  t.new_ = str_new_slot;
  t.repr = str_repr_slot;
  t.str = str_str_slot;
  t.hash = str_hash_slot;
  t.richcompare = str_richcompare;
  t.iter = str_iter_slot;
  t.nb[int(BinOp::Add)] = str_add_slot;
  t.nb[int(BinOp::Mul)] = str_mul_slot;
  t.nb[int(BinOp::Mod)] = str_mod_slot;
  t.nb_bool = str_bool_slot;
  t.len = str_len_slot;
  t.getitem = str_getitem_slot;
  t.contains = str_contains_slot;
  t.methods = kStrMethods;
  static_type_declare(&t);

  for (TypeObject* it : {&StrIterType, &StrUIterType}) {
    it->refcnt = kImmortalRefcnt;
    it->type = &TypeType;
    it->name = it == &StrIterType ? "str_ascii_iterator" : "str_iterator";
    it->base = &ObjectType;
    it->flags = kTypeImmutable;
    it->basicsize = sizeof(StrIterObject);
    it->dealloc = dealloc_as<StrIterObject>;
    it->iter = str_iter_self;
    it->iternext = str_iter_next;
    it->methods = kStrIterMethods;
    static_type_declare(it);
  }

}

}  // namespace minipy
