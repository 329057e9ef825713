// Methods of bytes and bytearray. Both share one implementation working on the raw data; results
// that are byte strings have the type of self (bytearray methods return bytearrays). Character
// classes and case mapping are ASCII-only, as in CPython.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/str_args.h"
#include "runtime/str_internal.h"
#include "runtime/tuple_object.h"

namespace minipy {

int byte_from_value(Value v);                       // bytes_object.cpp
std::string bytes_from_iterable_of_ints(Value v);  // bytes_object.cpp

namespace {

const char* tp(Value self) { return is_bytearray(self) ? "bytearray" : "bytes"; }

std::string_view data_of(Value v) {
  return is_bytes(v) ? bytes_view(v) : std::string_view(bytearray_buffer(v));
}

Ref like(Value self, std::string_view d) { return is_bytearray(self) ? bytearray_new(d) : bytes_from_view(d); }

// Same contents as self: bytes returns itself when exact, bytearray always copies.
Ref same(Value self) {
  if (is_exact_bytes(self)) return Ref(self);
  return like(self, data_of(self));
}

std::string_view need_bytes(Value v) {
  std::string_view out;
  if (!bytes_like_view(v, out))
    raisef(exc::TypeError, "a bytes-like object is required, not '%s'", std::string(type_name(v)).c_str());
  return out;
}

// The needle of find/count/index: bytes-like or an int in range(256).
std::string needle_of(Value v) {
  std::string_view bv;
  if (bytes_like_view(v, bv)) return std::string(bv);
  if (v.is_small_int() || (v.is_object() && type_of(v)->nb_index)) return std::string(1, char(byte_from_value(v)));
  raisef(exc::TypeError, "argument should be integer or bytes-like object, not '%s'", std::string(type_name(v)).c_str());
}

bool is_ws(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// ---- decode / hex / fromhex ----

Ref m_decode(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("decode", "encoding='utf-8', errors='strict'");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  std::string_view enc = a[0] ? expect_str(a[0], "decode() argument 'encoding' must be str, not %s") : "utf-8";
  std::string_view err = a[1] ? expect_str(a[1], "decode() argument 'errors' must be str, not %s") : "strict";
  return codec_decode(data_of(self), enc, err);
}

Ref m_hex(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("hex", "sep=<unrepresentable>, bytes_per_sep=1");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  static const char hexd[] = "0123456789abcdef";
  std::string_view d = data_of(self);
  std::string sep;
  if (a[0]) {
    if (is_str(a[0])) {
      sep = std::string(str_view(a[0]));
      if (str_length(a[0]) != 1) raise(exc::ValueError, "sep must be length 1.");
      if (!as_str(a[0])->ascii) raise(exc::ValueError, "sep must be ASCII.");
    } else {
      std::string_view bv;
      if (!bytes_like_view(a[0], bv))
        raisef(exc::TypeError, "object of type '%s' has no len()", std::string(type_name(a[0])).c_str());
      if (bv.size() != 1) raise(exc::ValueError, "sep must be length 1.");
      sep = std::string(bv);
    }
  }
  int64_t per = a[1] ? arg_ssize(a[1]) : 1;
  std::string out;
  size_t n = d.size();
  size_t group = size_t(per < 0 ? -per : per);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && i > 0 && group > 0) {
      // groups counted from the right for positive bytes_per_sep, from the left for negative
      bool boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0);
      if (boundary) out += sep;
    }
    unsigned char c = d[i];
    out += hexd[c >> 4];
    out += hexd[c & 15];
  }
  return str_from_ascii(out);
}

Ref m_fromhex(Value cls, const Value* args, size_t nargs, Value kwnames) {
  args_one(is_subtype(reinterpret_cast<TypeObject*>(cls.as_object()), &ByteArrayType) ? "bytearray" : "bytes",
           "fromhex", nargs, kwnames);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "fromhex() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  std::string_view s = str_view(args[0]);
  std::string out;
  size_t i = 0, cp = 0;
  auto hexval = [](unsigned char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  // positions are code point indices; non-ASCII text is an error at its position anyway
  while (i < s.size()) {
    unsigned char c = s[i];
    if (is_ws(c)) {
      ++i;
      ++cp;
      continue;
    }
    int hi = hexval(c);
    if (hi < 0) raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp);
    if (i + 1 >= s.size()) raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp + 1);
    int lo = hexval(static_cast<unsigned char>(s[i + 1]));
    if (lo < 0) raisef(exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zu", cp + 1);
    out += char(hi * 16 + lo);
    i += 2;
    cp += 2;
  }
  TypeObject* type = reinterpret_cast<TypeObject*>(cls.as_object());
  if (type == &BytesType) return bytes_from_view(out);
  if (type == &ByteArrayType) return bytearray_new(out);
  Ref raw = bytes_from_view(out);
  Value arg = raw;
  return call(cls, &arg, 1);
}

// ---- searching ----

int64_t find_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool reverse) {
  args_range_old(tp(self), f, nargs, kwnames, 1, 3);
  std::string needle = needle_of(args[0]);
  std::string_view d = data_of(self);
  int64_t len = int64_t(d.size()), s, e;
  arg_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), len, s, e);
  if (s > len || e < s || int64_t(needle.size()) > e - s) return -1;
  std::string_view hay = d.substr(size_t(s), size_t(e - s));
  size_t pos = reverse ? hay.rfind(needle) : hay.find(needle);
  return pos == std::string_view::npos ? -1 : s + int64_t(pos);
}

Ref m_find(Value self, const Value* a, size_t n, Value kw) { return int_from_i64(find_impl(self, a, n, kw, "find", false)); }
Ref m_rfind(Value self, const Value* a, size_t n, Value kw) { return int_from_i64(find_impl(self, a, n, kw, "rfind", true)); }
Ref m_index(Value self, const Value* a, size_t n, Value kw) {
  int64_t r = find_impl(self, a, n, kw, "index", false);
  if (r < 0) raise(exc::ValueError, "subsection not found");
  return int_from_i64(r);
}
Ref m_rindex(Value self, const Value* a, size_t n, Value kw) {
  int64_t r = find_impl(self, a, n, kw, "rindex", true);
  if (r < 0) raise(exc::ValueError, "subsection not found");
  return int_from_i64(r);
}

Ref m_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_range_old(tp(self), "count", nargs, kwnames, 1, 3);
  std::string needle = needle_of(args[0]);
  std::string_view d = data_of(self);
  int64_t len = int64_t(d.size()), s, e;
  arg_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), len, s, e);
  if (s > len || e < s) return Ref(Value::small_int(0));
  if (needle.empty()) return int_from_i64(e - s + 1);
  std::string_view hay = d.substr(size_t(s), size_t(e - s));
  int64_t n = 0;
  size_t pos = 0;
  while ((pos = hay.find(needle, pos)) != std::string_view::npos) {
    ++n;
    pos += needle.size();
  }
  return int_from_i64(n);
}

Ref starts_ends(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool end_side) {
  args_range_old(tp(self), f, nargs, kwnames, 1, 3);
  std::string_view d = data_of(self);
  int64_t len = int64_t(d.size()), s, e;
  arg_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), len, s, e);
  auto match = [&](std::string_view sub) {
    if (s > len || e - s < int64_t(sub.size())) return false;
    std::string_view hay = d.substr(size_t(s), size_t(e - s));
    return end_side ? hay.substr(hay.size() - sub.size()) == sub : hay.substr(0, sub.size()) == sub;
  };
  Value x = args[0];
  std::string_view bv;
  if (is_tuple(x)) {
    for (size_t i = 0; i < tuple_size(x); ++i) {
      if (!bytes_like_view(tuple_item(x, i), bv))
        raisef(exc::TypeError, "a bytes-like object is required, not '%s'", std::string(type_name(tuple_item(x, i))).c_str());
      if (match(bv)) return Ref(True());
    }
    return Ref(False());
  }
  if (!bytes_like_view(x, bv))
    raisef(exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", f, std::string(type_name(x)).c_str());
  return Ref(bool_value(match(bv)));
}

Ref m_startswith(Value self, const Value* a, size_t n, Value kw) { return starts_ends(self, a, n, kw, "startswith", false); }
Ref m_endswith(Value self, const Value* a, size_t n, Value kw) { return starts_ends(self, a, n, kw, "endswith", true); }

// ---- join / split ----

Ref m_join(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(tp(self), "join", nargs, kwnames);
  Value it = args[0];
  std::vector<Ref> items;
  if (is_exact_list(it)) {
    for (auto& r : list_items(it)) items.push_back(r);
  } else if (is_exact_tuple(it)) {
    for (size_t i = 0; i < tuple_size(it); ++i) items.push_back(Ref(tuple_item(it, i)));
  } else {
    if (it.is_object() && !type_of(it)->iter && !type_of(it)->getitem) raise(exc::TypeError, "can only join an iterable");
    if (!it.is_object()) raise(exc::TypeError, "can only join an iterable");
    Ref iter = get_iter(it);
    while (Ref x = iter_next(iter)) items.push_back(std::move(x));
  }
  std::string sep(data_of(self));
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    std::string_view bv;
    if (!bytes_like_view(items[i], bv))
      raisef(exc::TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
             std::string(type_name(items[i])).c_str());
    if (i) out += sep;
    out.append(bv);
  }
  return like(self, out);
}

Ref split_impl(Value self, Value sepv, Value maxv, bool reverse) {
  int64_t maxsplit = maxv ? arg_ssize(maxv) : -1;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view d = data_of(self);
  std::vector<Ref> parts;
  if (!sepv || is_none(sepv)) {
    if (!reverse) {
      size_t i = 0, n = d.size();
      while (true) {
        while (i < n && is_ws(d[i])) ++i;
        if (i >= n) break;
        if (int64_t(parts.size()) >= maxsplit) {
          parts.push_back(like(self, d.substr(i)));
          break;
        }
        size_t j = i;
        while (j < n && !is_ws(d[j])) ++j;
        parts.push_back(like(self, d.substr(i, j - i)));
        i = j;
      }
    } else {
      size_t i = d.size();
      while (true) {
        while (i > 0 && is_ws(d[i - 1])) --i;
        if (i == 0) break;
        if (int64_t(parts.size()) >= maxsplit) {
          parts.push_back(like(self, d.substr(0, i)));
          break;
        }
        size_t j = i;
        while (j > 0 && !is_ws(d[j - 1])) --j;
        parts.push_back(like(self, d.substr(j, i - j)));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string_view sp = need_bytes(sepv);
    if (sp.empty()) raise(exc::ValueError, "empty separator");
    if (!reverse) {
      size_t pos = 0;
      while (int64_t(parts.size()) < maxsplit) {
        size_t f = d.find(sp, pos);
        if (f == std::string_view::npos) break;
        parts.push_back(like(self, d.substr(pos, f - pos)));
        pos = f + sp.size();
      }
      parts.push_back(like(self, d.substr(pos)));
    } else {
      size_t end = d.size();
      while (int64_t(parts.size()) < maxsplit && end >= sp.size()) {
        size_t f = d.rfind(sp, end - sp.size());
        if (f == std::string_view::npos) break;
        parts.push_back(like(self, d.substr(f + sp.size(), end - f - sp.size())));
        end = f;
      }
      parts.push_back(like(self, d.substr(0, end)));
      std::reverse(parts.begin(), parts.end());
    }
  }
  Ref out = list_new();
  list_items(out) = std::move(parts);
  return out;
}

Ref m_split(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("split", "sep=None, maxsplit=-1");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  return split_impl(self, a[0], a[1], false);
}
Ref m_rsplit(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("rsplit", "sep=None, maxsplit=-1");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  return split_impl(self, a[0], a[1], true);
}

Ref m_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("splitlines", "keepends=False");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  bool keep = a[0] && is_true(a[0]);
  std::string_view d = data_of(self);
  Ref out = list_new();
  size_t i = 0, start = 0, n = d.size();
  while (i < n) {
    size_t eol = 0;
    if (d[i] == '\n') eol = 1;
    else if (d[i] == '\r') eol = (i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
    if (!eol) {
      ++i;
      continue;
    }
    list_append(out, like(self, d.substr(start, (keep ? i + eol : i) - start)));
    i += eol;
    start = i;
  }
  if (start < n) list_append(out, like(self, d.substr(start)));
  return out;
}

Ref partition_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool reverse) {
  args_one(tp(self), f, nargs, kwnames);
  std::string_view sep = need_bytes(args[0]);
  if (sep.empty()) raise(exc::ValueError, "empty separator");
  std::string_view d = data_of(self);
  size_t pos = reverse ? d.rfind(sep) : d.find(sep);
  if (pos == std::string_view::npos) {
    if (reverse) return tuple_from({like(self, ""), like(self, ""), same(self)});
    return tuple_from({same(self), like(self, ""), like(self, "")});
  }
  return tuple_from({like(self, d.substr(0, pos)), like(self, sep), like(self, d.substr(pos + sep.size()))});
}

Ref m_partition(Value self, const Value* a, size_t n, Value kw) { return partition_impl(self, a, n, kw, "partition", false); }
Ref m_rpartition(Value self, const Value* a, size_t n, Value kw) { return partition_impl(self, a, n, kw, "rpartition", true); }

// ---- transforming ----

Ref strip_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool left, bool right) {
  args_range(tp(self), f, nargs, kwnames, 0, 1);
  std::string_view d = data_of(self);
  bool table[256] = {};
  if (nargs == 0 || is_none(args[0])) {
    for (int c : {' ', '\t', '\n', '\r', '\x0b', '\x0c'}) table[c] = true;
  } else {
    for (unsigned char c : need_bytes(args[0])) table[c] = true;
  }
  size_t b = 0, e = d.size();
  if (left)
    while (b < e && table[static_cast<unsigned char>(d[b])]) ++b;
  if (right)
    while (e > b && table[static_cast<unsigned char>(d[e - 1])]) --e;
  if (b == 0 && e == d.size()) return same(self);
  return like(self, d.substr(b, e - b));
}

Ref m_strip(Value self, const Value* a, size_t n, Value kw) { return strip_impl(self, a, n, kw, "strip", true, true); }
Ref m_lstrip(Value self, const Value* a, size_t n, Value kw) { return strip_impl(self, a, n, kw, "lstrip", true, false); }
Ref m_rstrip(Value self, const Value* a, size_t n, Value kw) { return strip_impl(self, a, n, kw, "rstrip", false, true); }

Ref m_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_range(tp(self), "replace", nargs, kwnames, 2, 3);
  std::string_view old = need_bytes(args[0]), nw = need_bytes(args[1]);
  int64_t count = nargs > 2 ? arg_ssize(args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view d = data_of(self);
  std::string out;
  int64_t done = 0;
  if (old.empty()) {
    size_t i = 0;
    while (i < d.size() && done < count) {
      out.append(nw);
      out += d[i++];
      ++done;
    }
    if (done < count) out.append(nw);
    else out.append(d.substr(i));
    return like(self, out);
  }
  size_t pos = 0, f;
  while (done < count && (f = d.find(old, pos)) != std::string_view::npos) {
    out.append(d.substr(pos, f - pos));
    out.append(nw);
    pos = f + old.size();
    ++done;
  }
  if (done == 0) return same(self);
  out.append(d.substr(pos));
  return like(self, out);
}

Ref map_bytes(Value self, size_t nargs, Value kwnames, const char* f, char (*fn)(char, bool&)) {
  args_none(tp(self), f, nargs, kwnames);
  std::string out(data_of(self));
  bool state = false;
  for (char& c : out) c = fn(c, state);
  return like(self, out);
}

char up(char c, bool&) { return is_lower(c) ? char(c - 32) : c; }
char lowc(char c, bool&) { return is_upper(c) ? char(c + 32) : c; }
char swp(char c, bool&) { return is_lower(c) ? char(c - 32) : is_upper(c) ? char(c + 32) : c; }
char ttl(char c, bool& prev_cased) {
  char r = prev_cased ? lowc(c, prev_cased) : up(c, prev_cased);
  prev_cased = is_alpha(c);
  return r;
}
char cap(char c, bool& seen) {
  char r = seen ? lowc(c, seen) : up(c, seen);
  seen = true;
  return r;
}

Ref m_upper(Value self, const Value*, size_t n, Value kw) { return map_bytes(self, n, kw, "upper", up); }
Ref m_lower(Value self, const Value*, size_t n, Value kw) { return map_bytes(self, n, kw, "lower", lowc); }
Ref m_swapcase(Value self, const Value*, size_t n, Value kw) { return map_bytes(self, n, kw, "swapcase", swp); }
Ref m_title(Value self, const Value*, size_t n, Value kw) { return map_bytes(self, n, kw, "title", ttl); }
Ref m_capitalize(Value self, const Value*, size_t n, Value kw) { return map_bytes(self, n, kw, "capitalize", cap); }

template <bool (*P)(unsigned char)>
Ref all_of(Value self, size_t nargs, Value kwnames, const char* f) {
  args_none(tp(self), f, nargs, kwnames);
  std::string_view d = data_of(self);
  if (d.empty()) return Ref(False());
  for (unsigned char c : d)
    if (!P(c)) return Ref(False());
  return Ref(True());
}
bool p_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
bool p_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

Ref m_isdigit(Value self, const Value*, size_t n, Value kw) { return all_of<is_digit>(self, n, kw, "isdigit"); }
Ref m_isalpha(Value self, const Value*, size_t n, Value kw) { return all_of<is_alpha>(self, n, kw, "isalpha"); }
Ref m_isalnum(Value self, const Value*, size_t n, Value kw) { return all_of<p_alnum>(self, n, kw, "isalnum"); }
Ref m_isspace(Value self, const Value*, size_t n, Value kw) { return all_of<p_space>(self, n, kw, "isspace"); }
Ref m_isascii(Value self, const Value*, size_t n, Value kw) {
  args_none(tp(self), "isascii", n, kw);
  for (unsigned char c : data_of(self))
    if (c >= 128) return Ref(False());
  return Ref(True());
}
Ref m_isupper(Value self, const Value*, size_t n, Value kw) {
  args_none(tp(self), "isupper", n, kw);
  bool cased = false;
  for (unsigned char c : data_of(self)) {
    if (is_lower(c)) return Ref(False());
    cased |= is_upper(c);
  }
  return Ref(bool_value(cased));
}
Ref m_islower(Value self, const Value*, size_t n, Value kw) {
  args_none(tp(self), "islower", n, kw);
  bool cased = false;
  for (unsigned char c : data_of(self)) {
    if (is_upper(c)) return Ref(False());
    cased |= is_lower(c);
  }
  return Ref(bool_value(cased));
}
Ref m_istitle(Value self, const Value*, size_t n, Value kw) {
  args_none(tp(self), "istitle", n, kw);
  bool cased = false, prev = false;
  for (unsigned char c : data_of(self)) {
    if (is_upper(c)) {
      if (prev) return Ref(False());
      prev = cased = true;
    } else if (is_lower(c)) {
      if (!prev) return Ref(False());
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return Ref(bool_value(cased));
}

char fill_byte(Value self, Value v, const char* f) {
  std::string_view bv;
  if (!bytes_like_view(v, bv) || bv.size() != 1)
    raisef(exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %s", f, std::string(type_name(v)).c_str());
  return bv[0];
}

Ref just_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, int mode) {
  args_range(tp(self), f, nargs, kwnames, 1, 2);
  int64_t width = arg_ssize(args[0]);
  char fill = nargs > 1 ? fill_byte(self, args[1], f) : ' ';
  std::string_view d = data_of(self);
  int64_t len = int64_t(d.size());
  if (width <= len) return same(self);
  check_result_size(uint64_t(width));
  int64_t marg = width - len, left = mode == 0 ? 0 : mode == 1 ? marg : marg / 2 + (marg & width & 1);
  std::string out(size_t(left), fill);
  out.append(d);
  out.append(size_t(marg - left), fill);
  return like(self, out);
}

Ref m_ljust(Value self, const Value* a, size_t n, Value kw) { return just_impl(self, a, n, kw, "ljust", 0); }
Ref m_rjust(Value self, const Value* a, size_t n, Value kw) { return just_impl(self, a, n, kw, "rjust", 1); }
Ref m_center(Value self, const Value* a, size_t n, Value kw) { return just_impl(self, a, n, kw, "center", 2); }

Ref m_zfill(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(tp(self), "zfill", nargs, kwnames);
  int64_t width = arg_ssize(args[0]);
  std::string_view d = data_of(self);
  if (width <= int64_t(d.size())) return same(self);
  check_result_size(uint64_t(width));
  std::string out;
  size_t fill = size_t(width) - d.size();
  if (!d.empty() && (d[0] == '+' || d[0] == '-')) {
    out += d[0];
    out.append(fill, '0');
    out.append(d.substr(1));
  } else {
    out.append(fill, '0');
    out.append(d);
  }
  return like(self, out);
}

Ref m_expandtabs(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("expandtabs", "tabsize=8");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int64_t tab = a[0] ? arg_ssize(a[0]) : 8;
  if (tab > INT32_MAX || tab < INT32_MIN) raise(exc::OverflowError, "Python int too large to convert to C int");
  std::string out;
  int64_t col = 0;
  for (char c : data_of(self)) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
    } else {
      out += c;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return like(self, out);
}

Ref m_removeprefix(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(tp(self), "removeprefix", nargs, kwnames);
  std::string_view p = need_bytes(args[0]), d = data_of(self);
  if (!p.empty() && d.substr(0, p.size()) == p) return like(self, d.substr(p.size()));
  return same(self);
}

Ref m_removesuffix(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(tp(self), "removesuffix", nargs, kwnames);
  std::string_view p = need_bytes(args[0]), d = data_of(self);
  if (!p.empty() && d.size() >= p.size() && d.substr(d.size() - p.size()) == p) return like(self, d.substr(0, d.size() - p.size()));
  return same(self);
}

Ref m_translate(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("translate", "table, /, delete=b''");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  std::string_view table;
  bool has_table = !is_none(a[0]);
  if (has_table) {
    table = need_bytes(a[0]);
    if (table.size() != 256) raise(exc::ValueError, "translation table must be 256 characters long");
  }
  bool del[256] = {};
  if (a[1])
    for (unsigned char c : need_bytes(a[1])) del[c] = true;
  std::string out;
  for (unsigned char c : data_of(self)) {
    if (del[c]) continue;
    out += has_table ? table[c] : char(c);
  }
  return like(self, out);
}

Ref m_maketrans(Value, const Value* args, size_t nargs, Value kwnames) {
  args_range("bytes", "maketrans", nargs, kwnames, 2, 2);
  std::string_view from = need_bytes(args[0]), to = need_bytes(args[1]);
  if (from.size() != to.size()) raise(exc::ValueError, "maketrans arguments must have same length");
  std::string t(256, '\0');
  for (int i = 0; i < 256; ++i) t[size_t(i)] = char(i);
  for (size_t i = 0; i < from.size(); ++i) t[static_cast<unsigned char>(from[i])] = to[i];
  return bytes_from_view(t);
}

Ref m_getnewargs(Value self, const Value*, size_t n, Value kw) {
  args_none(tp(self), "__getnewargs__", n, kw);
  return tuple_from({bytes_from_view(data_of(self))});
}

// ---- bytearray mutators ----

std::string& buf(Value self) { return bytearray_buffer(self); }

Ref ba_append(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one("bytearray", "append", nargs, kwnames);
  buf(self) += char(byte_from_value(args[0]));
  return Ref(None());
}

Ref ba_extend(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one("bytearray", "extend", nargs, kwnames);
  std::string_view bv;
  if (bytes_like_view(args[0], bv)) {
    std::string copy(bv);
    buf(self) += copy;
    return Ref(None());
  }
  if (is_str(args[0])) raise(exc::TypeError, "expected iterable of integers; got: 'str'");
  if (!args[0].is_object() || (!type_of(args[0])->iter && !type_of(args[0])->getitem))
    raisef(exc::TypeError, "can't extend bytearray with %s", std::string(type_name(args[0])).c_str());
  std::string more = bytes_from_iterable_of_ints(args[0]);
  buf(self) += more;
  return Ref(None());
}

Ref ba_pop(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_range("bytearray", "pop", nargs, kwnames, 0, 1);
  int64_t i = nargs ? arg_ssize(args[0]) : -1;
  std::string& b = buf(self);
  if (b.empty()) raise(exc::IndexError, "pop from empty bytearray");
  if (i < 0) i += int64_t(b.size());
  if (i < 0 || i >= int64_t(b.size())) raise(exc::IndexError, "pop index out of range");
  unsigned char c = b[size_t(i)];
  b.erase(size_t(i), 1);
  return Ref(Value::small_int(c));
}

Ref ba_insert(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_range("bytearray", "insert", nargs, kwnames, 2, 2);
  int64_t i = arg_ssize(args[0]);
  char c = char(byte_from_value(args[1]));
  std::string& b = buf(self);
  int64_t n = int64_t(b.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  b.insert(b.begin() + i, c);
  return Ref(None());
}

Ref ba_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one("bytearray", "remove", nargs, kwnames);
  char c = char(byte_from_value(args[0]));
  std::string& b = buf(self);
  size_t pos = b.find(c);
  if (pos == std::string::npos) raise(exc::ValueError, "value not found in bytearray");
  b.erase(pos, 1);
  return Ref(None());
}

Ref ba_reverse(Value self, const Value*, size_t nargs, Value kwnames) {
  args_none("bytearray", "reverse", nargs, kwnames);
  std::reverse(buf(self).begin(), buf(self).end());
  return Ref(None());
}

Ref ba_clear(Value self, const Value*, size_t nargs, Value kwnames) {
  args_none("bytearray", "clear", nargs, kwnames);
  buf(self).clear();
  return Ref(None());
}

Ref ba_copy(Value self, const Value*, size_t nargs, Value kwnames) {
  args_none("bytearray", "copy", nargs, kwnames);
  return bytearray_new(buf(self));
}

}  // namespace

#define MINIPY_BYTES_COMMON_METHODS                                                          \
  {"decode", m_decode}, {"hex", m_hex}, {"fromhex", m_fromhex, kMethodClass},               \
      {"find", m_find}, {"rfind", m_rfind}, {"index", m_index}, {"rindex", m_rindex},        \
      {"count", m_count}, {"startswith", m_startswith}, {"endswith", m_endswith},            \
      {"join", m_join}, {"split", m_split}, {"rsplit", m_rsplit},                            \
      {"splitlines", m_splitlines}, {"partition", m_partition}, {"rpartition", m_rpartition}, \
      {"strip", m_strip}, {"lstrip", m_lstrip}, {"rstrip", m_rstrip},                        \
      {"replace", m_replace}, {"upper", m_upper}, {"lower", m_lower},                        \
      {"swapcase", m_swapcase}, {"title", m_title}, {"capitalize", m_capitalize},            \
      {"isdigit", m_isdigit}, {"isalpha", m_isalpha}, {"isalnum", m_isalnum},                \
      {"isspace", m_isspace}, {"isascii", m_isascii}, {"isupper", m_isupper},                \
      {"islower", m_islower}, {"istitle", m_istitle}, {"center", m_center},                  \
      {"ljust", m_ljust}, {"rjust", m_rjust}, {"zfill", m_zfill},                            \
      {"expandtabs", m_expandtabs}, {"removeprefix", m_removeprefix},                        \
      {"removesuffix", m_removesuffix}, {"translate", m_translate},                          \
      {"maketrans", m_maketrans, kMethodStatic}

extern const MethodDef kBytesMethods[], kByteArrayMethods[];
const MethodDef kBytesMethods[] = {
    MINIPY_BYTES_COMMON_METHODS,
    {"__getnewargs__", m_getnewargs},
    {nullptr, nullptr},
};
const MethodDef kByteArrayMethods[] = {
    MINIPY_BYTES_COMMON_METHODS,
    {"append", ba_append},
    {"extend", ba_extend},
    {"pop", ba_pop},
    {"insert", ba_insert},
    {"remove", ba_remove},
    {"reverse", ba_reverse},
    {"clear", ba_clear},
    {"copy", ba_copy},
    {nullptr, nullptr},
};

}  // namespace minipy
