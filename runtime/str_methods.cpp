// Methods of str: searching, splitting, joining, replacing, stripping, padding, partitioning,
// translation. Case mapping and the is*() predicates are in str_methods_case.cpp.
//
// Text is UTF-8, so substring search works on bytes (a valid needle can only match at character
// boundaries); only positions are converted between bytes and code points, and only for non-ASCII
// text.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/codecs.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/str_args.h"
#include "runtime/str_internal.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode.h"

namespace minipy {

// str_methods_case.cpp and str_format.cpp
Ref str_lower(Value, const Value*, size_t, Value);
Ref str_upper(Value, const Value*, size_t, Value);
Ref str_casefold(Value, const Value*, size_t, Value);
Ref str_capitalize(Value, const Value*, size_t, Value);
Ref str_title(Value, const Value*, size_t, Value);
Ref str_swapcase(Value, const Value*, size_t, Value);
Ref str_isdigit(Value, const Value*, size_t, Value);
Ref str_isdecimal(Value, const Value*, size_t, Value);
Ref str_isnumeric(Value, const Value*, size_t, Value);
Ref str_isalpha(Value, const Value*, size_t, Value);
Ref str_isalnum(Value, const Value*, size_t, Value);
Ref str_isspace(Value, const Value*, size_t, Value);
Ref str_isupper(Value, const Value*, size_t, Value);
Ref str_islower(Value, const Value*, size_t, Value);
Ref str_istitle(Value, const Value*, size_t, Value);
Ref str_isidentifier(Value, const Value*, size_t, Value);
Ref str_isprintable(Value, const Value*, size_t, Value);
Ref str_isascii(Value, const Value*, size_t, Value);
Ref str_format_meth(Value, const Value*, size_t, Value);
Ref str_format_map_meth(Value, const Value*, size_t, Value);
Ref str_dunder_format(Value, const Value*, size_t, Value);

namespace {

constexpr const char* T = "str";

// A result equal to self: the same object for an exact str, an exact copy for a subclass.
Ref same_text(Value self) {
  if (is_exact_str(self)) return Ref(self);
  StrObject* o = as_str(self);
  return str_from_utf8_unchecked(o->view(), o->length, o->ascii);
}

// A substring given by byte offsets (the caller knows the code point count when cps != npos).
Ref sub_bytes(Value self, size_t b0, size_t b1) {
  StrObject* o = as_str(self);
  if (b0 == 0 && b1 == o->size) return same_text(self);
  std::string_view v(o->data() + b0, b1 - b0);
  if (o->ascii) return str_from_utf8_unchecked(v, v.size(), true);
  return str_new(v);
}

// Byte offset of a code point index clamped to [0, length].
size_t boff(Value self, int64_t cp) {
  if (cp <= 0) return 0;
  return str_byte_offset(self, size_t(cp));
}

int64_t cp_of(Value self, size_t byte_pos) {
  StrObject* o = as_str(self);
  if (o->ascii) return int64_t(byte_pos);
  return int64_t(count_cps(std::string_view(o->data(), byte_pos)));
}

// ---- find / rfind / index / rindex / count ----

int64_t find_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool reverse) {
  args_range_old(T, f, nargs, kwnames, 1, 3);
  std::string_view needle = expect_str(args[0], "must be str, not %s");
  StrObject* o = as_str(self);
  int64_t len = int64_t(o->length), s, e;
  arg_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), len, s, e);
  if (s > len || e < s) return -1;
  if (int64_t(str_length(args[0])) > e - s) return -1;
  size_t b0 = boff(self, s), b1 = boff(self, e);
  std::string_view hay(o->data() + b0, b1 - b0);
  size_t pos = reverse ? hay.rfind(needle) : hay.find(needle);
  if (pos == std::string_view::npos) return -1;
  return cp_of(self, b0 + pos);
}

Ref str_find(Value self, const Value* a, size_t n, Value kw) { return int_from_i64(find_impl(self, a, n, kw, "find", false)); }
Ref str_rfind(Value self, const Value* a, size_t n, Value kw) { return int_from_i64(find_impl(self, a, n, kw, "rfind", true)); }
Ref str_index(Value self, const Value* a, size_t n, Value kw) {
  int64_t r = find_impl(self, a, n, kw, "index", false);
  if (r < 0) raise(exc::ValueError, "substring not found");
  return int_from_i64(r);
}
Ref str_rindex(Value self, const Value* a, size_t n, Value kw) {
  int64_t r = find_impl(self, a, n, kw, "rindex", true);
  if (r < 0) raise(exc::ValueError, "substring not found");
  return int_from_i64(r);
}

size_t count_in(std::string_view hay, std::string_view needle, size_t limit = SIZE_MAX) {
  size_t n = 0, pos = 0;
  while (n < limit) {
    size_t f = hay.find(needle, pos);
    if (f == std::string_view::npos) break;
    ++n;
    pos = f + needle.size();
  }
  return n;
}

Ref str_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_range_old(T, "count", nargs, kwnames, 1, 3);
  std::string_view needle = expect_str(args[0], "must be str, not %s");
  StrObject* o = as_str(self);
  int64_t len = int64_t(o->length), s, e;
  arg_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), len, s, e);
  if (s > len || e < s) return Ref(Value::small_int(0));
  if (needle.empty()) return int_from_i64(e - s + 1);
  size_t b0 = boff(self, s), b1 = boff(self, e);
  return int_from_i64(int64_t(count_in(std::string_view(o->data() + b0, b1 - b0), needle)));
}

// ---- startswith / endswith ----

bool tail_match(Value self, Value sub, int64_t s, int64_t e, bool end_side) {
  StrObject* o = as_str(self);
  int64_t len = int64_t(o->length);
  int64_t slen = int64_t(str_length(sub));
  if (s > len) return false;
  if (e - s < slen) return false;
  size_t b0 = boff(self, s), b1 = boff(self, e);
  std::string_view hay(o->data() + b0, b1 - b0);
  std::string_view needle = str_view(sub);
  if (needle.size() > hay.size()) return false;
  return end_side ? hay.substr(hay.size() - needle.size()) == needle : hay.substr(0, needle.size()) == needle;
}

Ref starts_ends(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool end_side) {
  args_range_old(T, f, nargs, kwnames, 1, 3);
  int64_t len = int64_t(str_length(self)), s, e;
  arg_bounds(nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), len, s, e);
  Value x = args[0];
  if (is_tuple(x)) {
    for (size_t i = 0; i < tuple_size(x); ++i) {
      Value item = tuple_item(x, i);
      if (!is_str(item))
        raisef(exc::TypeError, "tuple for %s must only contain str, not %s", f, std::string(type_name(item)).c_str());
      if (tail_match(self, item, s, e, end_side)) return Ref(True());
    }
    return Ref(False());
  }
  if (!is_str(x))
    raisef(exc::TypeError, "%s first arg must be str or a tuple of str, not %s", f, std::string(type_name(x)).c_str());
  return Ref(bool_value(tail_match(self, x, s, e, end_side)));
}

Ref str_startswith(Value self, const Value* a, size_t n, Value kw) { return starts_ends(self, a, n, kw, "startswith", false); }
Ref str_endswith(Value self, const Value* a, size_t n, Value kw) { return starts_ends(self, a, n, kw, "endswith", true); }

// ---- join ----

[[noreturn]] void join_type_error(size_t i, Value item) {
  raisef(exc::TypeError, "sequence item %zu: expected str instance, %s found", i, std::string(type_name(item)).c_str());
}

Ref join_items(Value self, const Value* items, size_t n) {
  StrObject* sep = as_str(self);
  if (n == 0) return empty_str();
  if (n == 1 && is_exact_str(items[0])) return Ref(items[0]);
  size_t total = 0, length = 0;
  bool ascii = sep->ascii;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) join_type_error(i, items[i]);
    StrObject* s = as_str(items[i]);
    total += s->size;
    length += s->length;
    ascii &= s->ascii;
  }
  total += sep->size * (n - 1);
  length += sep->length * (n - 1);
  Ref r = str_alloc(&StrType, total, length, ascii);
  char* d = as_str(r)->mutable_data();
  for (size_t i = 0; i < n; ++i) {
    if (i && sep->size) {
      std::memcpy(d, sep->data(), sep->size);
      d += sep->size;
    }
    StrObject* s = as_str(items[i]);
    std::memcpy(d, s->data(), s->size);
    d += s->size;
  }
  if (length <= 1) return str_new(as_str(r)->view());  // keep the 1-char cache canonical
  return r;
}

Ref str_join(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(T, "join", nargs, kwnames);
  Value it = args[0];
  if (is_exact_list(it)) {
    // Items are only inspected (no Python code runs), so the list cannot change meanwhile; copy
    // the pointers anyway so a str subclass's data stays alive.
    std::vector<Ref>& items = list_items(it);
    std::vector<Value> vals(items.begin(), items.end());
    std::vector<Ref> keep(items.begin(), items.end());
    return join_items(self, vals.data(), vals.size());
  }
  if (is_exact_tuple(it)) return join_items(self, tuple_items(it), tuple_size(it));
  Ref iter;
  try {
    iter = get_iter(it);
  } catch (PyException& e) {
    if (exception_matches(e.value, exc::TypeError) && !type_of(it)->iter && !type_of(it)->getitem)
      raise(exc::TypeError, "can only join an iterable");
    throw;
  }
  std::vector<Ref> keep;
  while (Ref x = iter_next(iter)) keep.push_back(std::move(x));
  std::vector<Value> vals(keep.begin(), keep.end());
  return join_items(self, vals.data(), vals.size());
}

// ---- split / rsplit / splitlines ----

bool is_ws_at(std::string_view v, size_t i, size_t& next) {
  unsigned char c = v[i];
  if (c < 0x80) {
    next = i + 1;
    return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  }
  size_t j = i;
  uint32_t cp = utf8_decode_at(v, j);
  next = j;
  return uni_isspace(cp);
}

// Whitespace before byte i (decoding backwards); sets prev to the start of that character.
bool is_ws_before(std::string_view v, size_t i, size_t& prev) {
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(v[j]) & 0xC0) == 0x80) --j;
  prev = j;
  size_t next;
  return is_ws_at(v, j, next);
}

int64_t maxsplit_arg(Value v) {
  if (!v) return -1;
  return arg_ssize(v);
}

Ref split_impl(Value self, Value sep, Value maxsplit_v, bool reverse) {
  int64_t maxsplit = maxsplit_arg(maxsplit_v);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  std::string_view v = str_view(self);
  Ref out = list_new();
  std::vector<Ref> parts;
  if (!sep || is_none(sep)) {
    if (!reverse) {
      size_t i = 0, n = v.size(), nx;
      while (true) {
        while (i < n && is_ws_at(v, i, nx)) i = nx;
        if (i >= n) break;
        if (int64_t(parts.size()) >= maxsplit) {
          // the rest, with trailing whitespace kept
          parts.push_back(sub_bytes(self, i, n));
          break;
        }
        size_t j = i;
        while (j < n && !is_ws_at(v, j, nx)) j = nx;
        parts.push_back(sub_bytes(self, i, j));
        i = j;
      }
    } else {
      size_t i = v.size(), pv;
      while (true) {
        while (i > 0 && is_ws_before(v, i, pv)) i = pv;
        if (i == 0) break;
        if (int64_t(parts.size()) >= maxsplit) {
          parts.push_back(sub_bytes(self, 0, i));
          break;
        }
        size_t j = i;
        while (j > 0 && !is_ws_before(v, j, pv)) j = pv;
        parts.push_back(sub_bytes(self, j, i));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    std::string_view sp = expect_str(sep, "must be str or None, not %s");
    if (sp.empty()) raise(exc::ValueError, "empty separator");
    if (!reverse) {
      size_t pos = 0;
      while (int64_t(parts.size()) < maxsplit) {
        size_t f = v.find(sp, pos);
        if (f == std::string_view::npos) break;
        parts.push_back(sub_bytes(self, pos, f));
        pos = f + sp.size();
      }
      parts.push_back(sub_bytes(self, pos, v.size()));
    } else {
      size_t end = v.size();
      while (int64_t(parts.size()) < maxsplit && end >= sp.size()) {
        size_t f = v.rfind(sp, end - sp.size());
        if (f == std::string_view::npos) break;
        parts.push_back(sub_bytes(self, f + sp.size(), end));
        end = f;
      }
      parts.push_back(sub_bytes(self, 0, end));
      std::reverse(parts.begin(), parts.end());
    }
  }
  std::vector<Ref>& items = list_items(out);
  items = std::move(parts);
  return out;
}

Ref str_split(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("split", "sep=None, maxsplit=-1");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  return split_impl(self, a[0], a[1], false);
}

Ref str_rsplit(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("rsplit", "sep=None, maxsplit=-1");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  return split_impl(self, a[0], a[1], true);
}

Ref str_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("splitlines", "keepends=False");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  bool keep = a[0] && is_true(a[0]);
  std::string_view v = str_view(self);
  Ref out = list_new();
  std::vector<Ref>& items = list_items(out);
  size_t i = 0, n = v.size(), start = 0;
  while (i < n) {
    unsigned char c = v[i];
    size_t eol_len = 0;
    if (c == '\n' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e) {
      eol_len = 1;
    } else if (c == '\r') {
      eol_len = (i + 1 < n && v[i + 1] == '\n') ? 2 : 1;
    } else if (c == 0xC2 && i + 1 < n && static_cast<unsigned char>(v[i + 1]) == 0x85) {
      eol_len = 2;
    } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(v[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(v[i + 2]) == 0xA8 || static_cast<unsigned char>(v[i + 2]) == 0xA9)) {
      eol_len = 3;
    }
    if (!eol_len) {
      ++i;
      continue;
    }
    items.push_back(sub_bytes(self, start, keep ? i + eol_len : i));
    i += eol_len;
    start = i;
  }
  if (start < n) items.push_back(sub_bytes(self, start, n));
  return out;
}

// ---- strip ----

Ref strip_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool left, bool right) {
  args_range(T, f, nargs, kwnames, 0, 1);
  std::string_view v = str_view(self);
  size_t b = 0, e = v.size();
  if (nargs == 0 || is_none(args[0])) {
    size_t nx, pv;
    if (left)
      while (b < e && is_ws_at(v, b, nx)) b = nx;
    if (right)
      while (e > b && is_ws_before(v, e, pv)) e = pv;
  } else {
    if (!is_str(args[0])) raisef(exc::TypeError, "%s arg must be None or str", f);
    StrObject* cs = as_str(args[0]);
    if (cs->ascii && as_str(self)->ascii) {
      bool table[128] = {};
      for (char c : cs->view()) table[static_cast<unsigned char>(c)] = true;
      if (left)
        while (b < e && table[static_cast<unsigned char>(v[b])]) ++b;
      if (right)
        while (e > b && table[static_cast<unsigned char>(v[e - 1])]) --e;
    } else {
      std::u32string set = str_to_u32(cs->view());
      auto in = [&](uint32_t c) { return set.find(char32_t(c)) != std::u32string::npos; };
      if (left)
        while (b < e) {
          size_t j = b;
          if (!in(utf8_decode_at(v, j))) break;
          b = j;
        }
      if (right)
        while (e > b) {
          size_t j = e - 1;
          while (j > b && (static_cast<unsigned char>(v[j]) & 0xC0) == 0x80) --j;
          size_t k = j;
          if (!in(utf8_decode_at(v, k))) break;
          e = j;
        }
    }
  }
  return sub_bytes(self, b, e);
}

Ref str_strip(Value self, const Value* a, size_t n, Value kw) { return strip_impl(self, a, n, kw, "strip", true, true); }
Ref str_lstrip(Value self, const Value* a, size_t n, Value kw) { return strip_impl(self, a, n, kw, "lstrip", true, false); }
Ref str_rstrip(Value self, const Value* a, size_t n, Value kw) { return strip_impl(self, a, n, kw, "rstrip", false, true); }

// ---- replace ----

Ref str_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_range(T, "replace", nargs, kwnames, 2, 3);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "replace() argument 1 must be str, not %s", std::string(type_name(args[0])).c_str());
  if (!is_str(args[1]))
    raisef(exc::TypeError, "replace() argument 2 must be str, not %s", std::string(type_name(args[1])).c_str());
  int64_t count = nargs > 2 ? arg_ssize(args[2]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string_view v = str_view(self), old = str_view(args[0]), nw = str_view(args[1]);
  if (count == 0) return same_text(self);
  std::string out;
  if (old.empty()) {
    // insert `new` before every character and at the end, up to count times
    size_t i = 0;
    int64_t done = 0;
    out.reserve(v.size() + nw.size() * (str_length(self) + 1));
    while (i < v.size() && done < count) {
      out.append(nw);
      ++done;
      size_t j = i;
      utf8_decode_at(v, j);
      out.append(v.data() + i, j - i);
      i = j;
    }
    if (done < count) out.append(nw);
    else out.append(v.substr(i));
    return str_new(out);
  }
  size_t first = v.find(old);
  if (first == std::string_view::npos) return same_text(self);
  size_t pos = 0;
  int64_t done = 0;
  out.reserve(v.size());
  for (size_t f = first; f != std::string_view::npos && done < count; f = v.find(old, pos)) {
    out.append(v.data() + pos, f - pos);
    out.append(nw);
    pos = f + old.size();
    ++done;
  }
  out.append(v.substr(pos));
  if (as_str(self)->ascii && as_str(args[1])->ascii) return str_from_utf8_unchecked(out, out.size(), true);
  return str_new(out);
}

// ---- padding ----

uint32_t fill_char(Value v, const char* f) {
  if (!is_str(v))
    raisef(exc::TypeError, "The fill character must be a unicode character, not %s", std::string(type_name(v)).c_str());
  if (str_length(v) != 1) raise(exc::TypeError, "The fill character must be exactly one character long");
  size_t i = 0;
  return utf8_decode_at(str_view(v), i);
}

Ref pad(Value self, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0) return same_text(self);
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  check_result_size(uint64_t(left + right));
  std::string f;
  utf8_append(f, fill);
  std::string out;
  out.reserve(size_t(left + right) * f.size() + as_str(self)->size);
  for (int64_t i = 0; i < left; ++i) out += f;
  out.append(str_view(self));
  for (int64_t i = 0; i < right; ++i) out += f;
  return str_from_utf8_unchecked(out, size_t(left + right) + str_length(self), fill < 128 && as_str(self)->ascii);
}

Ref just_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, int mode) {
  args_range(T, f, nargs, kwnames, 1, 2);
  int64_t width = arg_ssize(args[0]);
  uint32_t fill = nargs > 1 ? fill_char(args[1], f) : ' ';
  int64_t len = int64_t(str_length(self));
  if (width <= len) return same_text(self);
  int64_t marg = width - len;
  if (mode == 0) return pad(self, 0, marg, fill);      // ljust
  if (mode == 1) return pad(self, marg, 0, fill);      // rjust
  int64_t left = marg / 2 + (marg & width & 1);        // CPython's center rounding
  return pad(self, left, marg - left, fill);
}

Ref str_ljust(Value self, const Value* a, size_t n, Value kw) { return just_impl(self, a, n, kw, "ljust", 0); }
Ref str_rjust(Value self, const Value* a, size_t n, Value kw) { return just_impl(self, a, n, kw, "rjust", 1); }
Ref str_center(Value self, const Value* a, size_t n, Value kw) { return just_impl(self, a, n, kw, "center", 2); }

Ref str_zfill(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(T, "zfill", nargs, kwnames);
  int64_t width = arg_ssize(args[0]);
  int64_t len = int64_t(str_length(self));
  if (width <= len) return same_text(self);
  check_result_size(uint64_t(width));
  std::string_view v = str_view(self);
  std::string out;
  size_t fill = size_t(width - len);
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out += v[0];
    out.append(fill, '0');
    out.append(v.substr(1));
  } else {
    out.append(fill, '0');
    out.append(v);
  }
  return str_from_utf8_unchecked(out, size_t(width), as_str(self)->ascii);
}

Ref str_expandtabs(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("expandtabs", "tabsize=8");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int64_t tab = a[0] ? arg_ssize(a[0]) : 8;
  if (tab > INT32_MAX || tab < INT32_MIN) raise(exc::OverflowError, "Python int too large to convert to C int");
  std::string_view v = str_view(self);
  if (v.find('\t') == std::string_view::npos) return same_text(self);
  std::string out;
  int64_t col = 0;
  size_t i = 0;
  while (i < v.size()) {
    unsigned char c = v[i];
    if (c == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(size_t(n), ' ');
        col += n;
      }
      ++i;
    } else if (c == '\n' || c == '\r') {
      out += char(c);
      col = 0;
      ++i;
    } else {
      size_t j = i;
      utf8_decode_at(v, j);
      out.append(v.data() + i, j - i);
      ++col;
      i = j;
    }
  }
  return str_new(out);
}

// ---- partition ----

Ref partition_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* f, bool reverse) {
  args_one(T, f, nargs, kwnames);
  std::string_view sep = expect_str(args[0], "must be str, not %s");
  if (sep.empty()) raise(exc::ValueError, "empty separator");
  std::string_view v = str_view(self);
  size_t pos = reverse ? v.rfind(sep) : v.find(sep);
  if (pos == std::string_view::npos) {
    if (reverse) return tuple_from({empty_str(), empty_str(), same_text(self)});
    return tuple_from({same_text(self), empty_str(), empty_str()});
  }
  Ref a = sub_bytes(self, 0, pos);
  Ref b = is_exact_str(args[0]) ? Ref(args[0]) : same_text(args[0]);
  Ref c = sub_bytes(self, pos + sep.size(), v.size());
  return tuple_from({a, b, c});
}

Ref str_partition(Value self, const Value* a, size_t n, Value kw) { return partition_impl(self, a, n, kw, "partition", false); }
Ref str_rpartition(Value self, const Value* a, size_t n, Value kw) { return partition_impl(self, a, n, kw, "rpartition", true); }

// ---- removeprefix / removesuffix ----

Ref str_removeprefix(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(T, "removeprefix", nargs, kwnames);
  std::string_view p = expect_str(args[0], "removeprefix() argument must be str, not %s");
  std::string_view v = str_view(self);
  if (!p.empty() && v.substr(0, p.size()) == p) return sub_bytes(self, p.size(), v.size());
  return same_text(self);
}

Ref str_removesuffix(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(T, "removesuffix", nargs, kwnames);
  std::string_view p = expect_str(args[0], "removesuffix() argument must be str, not %s");
  std::string_view v = str_view(self);
  if (!p.empty() && v.size() >= p.size() && v.substr(v.size() - p.size()) == p) return sub_bytes(self, 0, v.size() - p.size());
  return same_text(self);
}

// ---- translate / maketrans ----

Ref str_translate(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one(T, "translate", nargs, kwnames);
  Value table = args[0];
  std::string_view v = str_view(self);
  std::string out;
  out.reserve(v.size());
  size_t i = 0;
  while (i < v.size()) {
    size_t at = i;
    uint32_t c = utf8_decode_at(v, i);
    Ref r;
    try {
      r = getitem(table, Value::small_int(c));
    } catch (PyException& e) {
      if (!exception_matches(e.value, exc::LookupError)) throw;
      out.append(v.data() + at, i - at);
      continue;
    }
    if (is_none(r)) continue;
    if (is_int(r)) {
      std::optional<int64_t> x = int_as_i64(r);
      if (!x || *x < 0 || *x > 0x10FFFF) raise(exc::ValueError, "character mapping must be in range(0x110000)");
      utf8_append(out, uint32_t(*x));
    } else if (is_str(r)) {
      out.append(str_view(r));
    } else {
      raise(exc::TypeError, "character mapping must return integer, None or str");
    }
  }
  return str_new(out);
}

Ref str_maketrans(Value, const Value* args, size_t nargs, Value kwnames) {
  args_range(T, "maketrans", nargs, kwnames, 1, 3);
  Ref d = dict_new();
  if (nargs == 1) {
    Value x = args[0];
    if (!is_dict(x)) raise(exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value k, val;
    while (dict_next(x, pos, k, val)) {
      if (is_str(k)) {
        if (str_length(k) != 1) raise(exc::ValueError, "string keys in translate table must be of length 1");
        dict_set(d, Value::small_int(str_char_at(k, 0)), val);
      } else if (is_int(k)) {
        dict_set(d, k, val);
      } else {
        raise(exc::TypeError, "keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  if (!is_str(args[0]))
    raisef(exc::TypeError, "maketrans() argument 1 must be str, not %s", std::string(type_name(args[0])).c_str());
  if (!is_str(args[1]))
    raisef(exc::TypeError, "maketrans() argument 2 must be str, not %s", std::string(type_name(args[1])).c_str());
  std::u32string x = str_to_u32(str_view(args[0])), y = str_to_u32(str_view(args[1]));
  if (x.size() != y.size()) raise(exc::ValueError, "the first two maketrans arguments must have equal length");
  for (size_t i = 0; i < x.size(); ++i) dict_set(d, Value::small_int(x[i]), Value::small_int(y[i]));
  if (nargs > 2) {
    if (!is_str(args[2]))
      raisef(exc::TypeError, "maketrans() argument 3 must be str, not %s", std::string(type_name(args[2])).c_str());
    for (char32_t c : str_to_u32(str_view(args[2]))) dict_set(d, Value::small_int(c), None());
  }
  return d;
}

// ---- misc ----

Ref str_encode(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("encode", "encoding='utf-8', errors='strict'");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  std::string_view enc = a[0] ? expect_str(a[0], "encode() argument 'encoding' must be str, not %s") : "utf-8";
  std::string_view err = a[1] ? expect_str(a[1], "encode() argument 'errors' must be str, not %s") : "strict";
  return codec_encode(self, enc, err);
}

Ref str_getnewargs(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_none(T, "__getnewargs__", nargs, kwnames);
  return tuple_from({same_text(self)});
}

Ref str_sizeof(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_none(T, "__sizeof__", nargs, kwnames);
  return int_from_i64(int64_t(sizeof(StrObject) + as_str(self)->size + 1));
}

}  // namespace

extern const MethodDef kStrMethods[];
const MethodDef kStrMethods[] = {
    {"encode", str_encode},
    {"replace", str_replace},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"join", str_join},
    {"capitalize", str_capitalize},
    {"casefold", str_casefold},
    {"title", str_title},
    {"center", str_center},
    {"count", str_count},
    {"expandtabs", str_expandtabs},
    {"find", str_find},
    {"partition", str_partition},
    {"index", str_index},
    {"ljust", str_ljust},
    {"lower", str_lower},
    {"lstrip", str_lstrip},
    {"rfind", str_rfind},
    {"rindex", str_rindex},
    {"rjust", str_rjust},
    {"rstrip", str_rstrip},
    {"rpartition", str_rpartition},
    {"splitlines", str_splitlines},
    {"strip", str_strip},
    {"swapcase", str_swapcase},
    {"translate", str_translate},
    {"upper", str_upper},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"isascii", str_isascii},
    {"islower", str_islower},
    {"isupper", str_isupper},
    {"istitle", str_istitle},
    {"isspace", str_isspace},
    {"isdecimal", str_isdecimal},
    {"isdigit", str_isdigit},
    {"isnumeric", str_isnumeric},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isidentifier", str_isidentifier},
    {"isprintable", str_isprintable},
    {"zfill", str_zfill},
    {"format", str_format_meth},
    {"format_map", str_format_map_meth},
    {"__format__", str_dunder_format},
    {"maketrans", str_maketrans, kMethodStatic},
    {"__getnewargs__", str_getnewargs},
    {"__sizeof__", str_sizeof},
    {nullptr, nullptr},
};

}  // namespace minipy
