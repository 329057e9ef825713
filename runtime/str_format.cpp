// Formatting: the format-spec mini-language for str (__format__), str.format / format_map (CPython's
// MarkupIterator and field-name rules, with the same error messages), and %-formatting for str and
// bytes (one engine; the bytes flavour differs only in %s/%r/%c).
#include "runtime/str_format.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/str_args.h"
#include "runtime/str_internal.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode.h"

namespace minipy {

// ---- the format-spec mini-language ------------------------------------------------------------------

namespace {

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct TextSpec {
  uint32_t fill = ' ';
  char align = 0;      // '<' '>' '^' '=' or 0 when not given
  char sign = 0;       // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alt = false;    // '#'
  bool fill_given = false;
  int64_t width = -1;
  char grouping = 0;   // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;       // presentation type or 0
};

}  // namespace

static bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

// Reads decimal digits at cps[pos...]: returns the number of digits consumed; -1 on overflow.
static int64_t read_int(const std::u32string& cps, size_t& pos, int64_t& out) {
  int64_t n = 0, digits = 0;
  while (pos < cps.size()) {
    int d = uni_decimal_value(cps[pos]);
    if (d < 0) break;
    if (n > (INT64_MAX - d) / 10 || n * 10 + d > 0x7fffffffffffffffLL / 2) raise(exc::ValueError, "Too many decimal digits in format string");
    n = n * 10 + d;
    ++pos;
    ++digits;
  }
  out = n;
  return digits;
}

static void parse_text_spec(std::string_view spec, char default_align, std::string_view type_name, TextSpec& f) {
  f = TextSpec();
  std::u32string s = str_to_u32(spec);
  size_t pos = 0, end = s.size();
  bool align_given = false;
  if (end - pos >= 2 && is_align(s[pos + 1])) {
    f.align = char(s[pos + 1]);
    f.fill = s[pos];
    f.fill_given = true;
    align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(s[pos])) {
    f.align = char(s[pos]);
    align_given = true;
    ++pos;
  }
  if (pos < end && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = char(s[pos++]);
  if (pos < end && s[pos] == 'z') {
    f.no_neg_zero = true;
    ++pos;
  }
  if (pos < end && s[pos] == '#') {
    f.alt = true;
    ++pos;
  }
  if (!f.fill_given && pos < end && s[pos] == '0') {
    f.fill = '0';
    f.fill_given = true;
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  int64_t w;
  if (read_int(s, pos, w) > 0) f.width = w;
  if (pos < end && s[pos] == ',') {
    f.grouping = ',';
    ++pos;
  }
  if (pos < end && s[pos] == '_') {
    if (f.grouping) raise(exc::ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++pos;
  }
  if (pos < end && s[pos] == ',') {
    if (f.grouping == '_') raise(exc::ValueError, "Cannot specify both ',' and '_'.");
    raise(exc::ValueError, "Cannot specify ',' with ','.");
  }
  if (pos < end && s[pos] == '.') {
    ++pos;
    int64_t p;
    if (read_int(s, pos, p) == 0) raise(exc::ValueError, "Format specifier missing precision");
    f.precision = p;
  }
  if (end - pos > 1)
    raisef(exc::ValueError, "Invalid format specifier '%s' for object of type '%s'", std::string(spec).c_str(),
           std::string(type_name).c_str());
  if (end - pos == 1) f.type = char(s[pos] < 128 ? s[pos] : 0x7f);
  if (end - pos == 1 && s[pos] >= 128) {
    // keep the real code point for the error message of the caller
    f.type = 1;
  }
  if (f.grouping) {
    char t = f.type;
    bool ok = t == 0 || t == 'd' || t == 'e' || t == 'f' || t == 'g' || t == 'E' || t == 'G' || t == '%' || t == 'F';
    if (f.grouping == '_' && (t == 'x' || t == 'X' || t == 'o' || t == 'b')) ok = true;
    if (!ok) {
      if (t > 32 && t < 127) raisef(exc::ValueError, "Cannot specify '%c' with '%c'.", f.grouping, t);
      raisef(exc::ValueError, "Cannot specify '%c' with '\\x%x'.", f.grouping, unsigned(s[end - 1]));
    }
  }
}

static std::string format_pad(std::string_view text, size_t len, const TextSpec& f, char default_align) {
  if (f.width < 0 || int64_t(len) >= f.width) return std::string(text);
  size_t total = size_t(f.width - int64_t(len));
  check_result_size(total);
  char align = f.align ? f.align : default_align;
  size_t left = 0, right = 0;
  if (align == '>' || align == '=') left = total;
  else if (align == '^') {
    left = total / 2;
    right = total - left;
  } else right = total;
  std::string fill;
  utf8_append(fill, f.fill);
  std::string out;
  out.reserve(text.size() + total * fill.size());
  for (size_t i = 0; i < left; ++i) out += fill;
  out.append(text);
  for (size_t i = 0; i < right; ++i) out += fill;
  return out;
}

[[noreturn]] static void unknown_code(uint32_t type_cp, std::string_view tname) {
  if (type_cp > 32 && type_cp < 128)
    raisef(exc::ValueError, "Unknown format code '%c' for object of type '%s'", char(type_cp), std::string(tname).c_str());
  raisef(exc::ValueError, "Unknown format code '\\x%x' for object of type '%s'", type_cp, std::string(tname).c_str());
}

Ref str_format_spec(Value s, std::string_view spec) {
  if (spec.empty()) return is_exact_str(s) ? Ref(s) : str_new(str_view(s));
  TextSpec f;
  parse_text_spec(spec, '<', "str", f);
  if (f.type != 0 && f.type != 's') {
    std::u32string cps = str_to_u32(spec);
    unknown_code(cps.back(), "str");
  }
  if (f.grouping) raisef(exc::ValueError, "Cannot specify '%c' with 's'.", f.grouping);
  if (f.sign == ' ') raise(exc::ValueError, "Space not allowed in string format specifier");
  if (f.sign) raise(exc::ValueError, "Sign not allowed in string format specifier");
  if (f.no_neg_zero) raise(exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) raise(exc::ValueError, "Alternate form (#) not allowed in string format specifier");
  if (f.align == '=') raise(exc::ValueError, "'=' alignment not allowed in string format specifier");
  std::string_view text = str_view(s);
  size_t len = str_length(s);
  if (f.precision >= 0 && size_t(f.precision) < len) {
    size_t b = str_byte_offset(s, size_t(f.precision));
    text = text.substr(0, b);
    len = size_t(f.precision);
  }
  std::string out = format_pad(text, len, f, '<');
  return str_new(out);
}

Ref str_dunder_format(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_range("str", "__format__", nargs, kwnames, 1, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "__format__() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  return str_format_spec(self, str_view(args[0]));
}

// ---- str.format -------------------------------------------------------------------------------------

namespace {

struct FormatArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  Value kwnames;           // tuple of names for values after args (format), or null
  const Value* kwvalues = nullptr;
  Value mapping;           // format_map's mapping, or null
  int auto_state = 0;      // 0 unknown, 1 automatic, 2 manual
  size_t auto_next = 0;
};

// All characters decimal digits: the value; -1 when not a number; raises on overflow.
int64_t field_integer(std::u32string_view s) {
  if (s.empty()) return -1;
  int64_t n = 0;
  for (char32_t c : s) {
    int d = uni_decimal_value(c);
    if (d < 0) return -1;
    if (n > (INT64_MAX - d) / 10) raise(exc::ValueError, "Too many decimal digits in format string");
    n = n * 10 + d;
  }
  return n;
}

Ref u32_str(std::u32string_view s) { return str_from_u32(std::u32string(s)); }

Ref lookup_first(FormatArgs& fa, std::u32string_view first) {
  int64_t index = field_integer(first);
  if (first.empty()) {
    if (fa.auto_state == 2)
      raise(exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
    fa.auto_state = 1;
    index = int64_t(fa.auto_next++);
  } else if (index >= 0) {
    if (fa.auto_state == 1)
      raise(exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
    fa.auto_state = 2;
  }
  if (index >= 0) {
    if (fa.mapping) raise(exc::ValueError, "Format string contains positional fields");
    if (size_t(index) >= fa.nargs)
      raisef(exc::IndexError, "Replacement index %lld out of range for positional args tuple", (long long)index);
    return Ref(fa.args[index]);
  }
  Ref key = u32_str(first);
  if (fa.mapping) return getitem(fa.mapping, key);
  if (fa.kwnames) {
    size_t nk = tuple_size(fa.kwnames);
    for (size_t i = 0; i < nk; ++i)
      if (str_equal(tuple_item(fa.kwnames, i), key)) return Ref(fa.kwvalues[i]);
  }
  Value k = key;
  throw_exception(new_exception_args(exc::KeyError, &k, 1));
}

Ref resolve_field(FormatArgs& fa, std::u32string_view name) {
  size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  Ref obj = lookup_first(fa, name.substr(0, i));
  while (i < name.size()) {
    char32_t c = name[i++];
    if (c == '.') {
      size_t j = i;
      while (j < name.size() && name[j] != '.' && name[j] != '[') ++j;
      if (j == i) raise(exc::ValueError, "Empty attribute in format string");
      Ref attr = u32_str(name.substr(i, j - i));
      obj = getattr(obj, attr);
      i = j;
    } else if (c == '[') {
      size_t j = i;
      while (j < name.size() && name[j] != ']') ++j;
      if (j >= name.size()) raise(exc::ValueError, "Missing ']' in format string");
      std::u32string_view key = name.substr(i, j - i);
      if (key.empty()) raise(exc::ValueError, "Empty attribute in format string");
      int64_t idx = field_integer(key);
      Ref k = idx >= 0 ? int_from_i64(idx) : u32_str(key);
      obj = getitem(obj, k);
      i = j + 1;
      if (i < name.size() && name[i] != '.' && name[i] != '[')
        raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    } else {
      raise(exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

void build_format(std::u32string_view s, FormatArgs& fa, int depth, std::string& out);

void render_field(FormatArgs& fa, std::u32string_view field, std::u32string_view spec, bool spec_expand,
                  char32_t conversion, int depth, std::string& out) {
  Ref obj = resolve_field(fa, field);
  if (conversion) {
    switch (conversion) {
      case 'r': obj = repr(obj); break;
      case 's': obj = str_of(obj); break;
      case 'a': obj = ascii_of(obj); break;
      default:
        if (conversion > 32 && conversion < 127)
          raisef(exc::ValueError, "Unknown conversion specifier %c", char(conversion));
        raisef(exc::ValueError, "Unknown conversion specifier \\x%x", unsigned(conversion));
    }
  }
  std::string spec_text;
  if (spec_expand) {
    build_format(spec, fa, depth - 1, spec_text);
  } else {
    for (char32_t c : spec) utf8_append(spec_text, c);
  }
  if (spec_text.empty() && is_str(obj)) {
    out.append(str_view(obj));
    return;
  }
  if (is_exact_str(obj)) {
    Ref r = str_format_spec(obj, spec_text);
    out.append(str_view(r));
    return;
  }
  Ref sp = str_new(spec_text);
  Ref r = format_value(obj, sp);
  if (!is_str(r))
    raisef(exc::TypeError, "__format__ must return a str, not %s", std::string(type_name(r)).c_str());
  out.append(str_view(r));
}

void build_format(std::u32string_view s, FormatArgs& fa, int depth, std::string& out) {
  if (depth <= 0) raise(exc::ValueError, "Max string recursion exceeded");
  size_t pos = 0, end = s.size();
  while (pos < end) {
    size_t start = pos;
    char32_t c = 0;
    bool markup = false;
    while (pos < end) {
      c = s[pos++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= end;
    size_t len = pos - start;
    if (markup && c == '}' && (at_end || s[pos] != '}'))
      raise(exc::ValueError, "Single '}' encountered in format string");
    if (markup && at_end && c == '{') raise(exc::ValueError, "Single '{' encountered in format string");
    if (markup && !at_end) {
      if (s[pos] == c) {
        ++pos;  // escaped brace: part of the literal
        markup = false;
      } else {
        --len;
      }
    }
    for (size_t k = start; k < start + len; ++k) utf8_append(out, s[k]);
    if (!markup) continue;
    // parse the field: name, then !conversion and :spec
    size_t name_start = pos;
    char32_t t = 0;
    while (pos < end) {
      t = s[pos++];
      if (t == '{') raise(exc::ValueError, "unexpected '{' in field name");
      if (t == '[') {
        while (pos < end && s[pos] != ']') ++pos;
        continue;
      }
      if (t == '}' || t == ':' || t == '!') break;
    }
    size_t name_end = pos - 1;
    char32_t conversion = 0;
    std::u32string_view spec;
    bool expand = false;
    if (t == '!' || t == ':') {
      bool done = false;
      if (t == '!') {
        if (pos >= end) raise(exc::ValueError, "end of string while looking for conversion specifier");
        conversion = s[pos++];
        if (pos < end) {
          char32_t d = s[pos++];
          if (d == '}') done = true;
          else if (d != ':') raise(exc::ValueError, "expected ':' after conversion specifier");
        }
      }
      if (!done) {
        size_t spec_start = pos;
        int count = 1;
        bool closed = false;
        while (pos < end) {
          char32_t d = s[pos++];
          if (d == '{') {
            expand = true;
            ++count;
          } else if (d == '}') {
            if (--count == 0) {
              spec = s.substr(spec_start, pos - 1 - spec_start);
              closed = true;
              break;
            }
          }
        }
        if (!closed) raise(exc::ValueError, "unmatched '{' in format spec");
      }
    } else if (t != '}' || name_end < name_start) {
      raise(exc::ValueError, "expected '}' before end of string");
    }
    render_field(fa, s.substr(name_start, name_end - name_start), spec, expand, conversion, depth, out);
  }
}

}  // namespace

Ref str_format_method(Value fmt, const Value* args, size_t nargs, Value kwnames) {
  FormatArgs fa;
  size_t nk = kwnames ? tuple_size(kwnames) : 0;
  fa.args = args;
  fa.nargs = nargs;
  fa.kwnames = nk ? kwnames : Value();
  fa.kwvalues = args + nargs;
  std::u32string s = str_to_u32(str_view(fmt));
  std::string out;
  out.reserve(s.size());
  build_format(s, fa, 2, out);
  return str_new(out);
}

Ref str_format_meth(Value self, const Value* args, size_t nargs, Value kwnames) {
  return str_format_method(self, args, nargs, kwnames);
}

Ref str_format_map_meth(Value self, const Value* args, size_t nargs, Value kwnames) {
  args_one("str", "format_map", nargs, kwnames);
  FormatArgs fa;
  fa.mapping = args[0];
  std::u32string s = str_to_u32(str_view(self));
  std::string out;
  build_format(s, fa, 2, out);
  return str_new(out);
}

// ---- %-formatting -----------------------------------------------------------------------------------

namespace {

struct PercentSpec {
  bool left = false, plus = false, space = false, alt = false, zero = false;
  int64_t width = -1, prec = -1;
};

std::string pad_text(std::string body, size_t len, const PercentSpec& ps) {
  if (ps.width < 0 || int64_t(len) >= ps.width) return body;
  size_t n = size_t(ps.width - int64_t(len));
  if (ps.left) return body + std::string(n, ' ');
  return std::string(n, ' ') + body;
}

bool has_number_slots(Value v) {
  TypeObject* t = type_of(v);
  return t->nb_index || t->nb_int || t->nb_float;
}

// Digits of an int in base 10/16/8 (without sign) and its sign.
std::string int_digits(Value v, int base, bool upper, bool& negative) {
  std::optional<int64_t> x = int_as_i64(v);
  if (x) {
    negative = *x < 0;
    uint64_t u = negative ? uint64_t(0) - uint64_t(*x) : uint64_t(*x);
    if (u == 0) return "0";
    const char* dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string s;
    while (u) {
      s += dig[u % unsigned(base)];
      u /= unsigned(base);
    }
    return std::string(s.rbegin(), s.rend());
  }
  std::string s;
  if (base == 10) {
    s = int_to_decimal(v);
  } else {
    Ref spec = str_from_ascii(base == 16 ? (upper ? "X" : "x") : "o");
    Ref r = format_value(v, spec);
    s = std::string(str_view(r));
  }
  negative = !s.empty() && s[0] == '-';
  if (negative) s.erase(0, 1);
  return s;
}

std::string format_int(Value v, char type, const PercentSpec& ps) {
  int base = (type == 'x' || type == 'X') ? 16 : type == 'o' ? 8 : 10;
  bool neg;
  std::string digits = int_digits(v, base, type == 'X', neg);
  if (ps.prec >= 0 && int64_t(digits.size()) < ps.prec) digits.insert(0, size_t(ps.prec) - digits.size(), '0');
  std::string prefix;
  if (neg) prefix = "-";
  else if (ps.plus) prefix = "+";
  else if (ps.space) prefix = " ";
  if (ps.alt && base != 10) prefix += type == 'x' ? "0x" : type == 'X' ? "0X" : "0o";
  if (ps.zero && !ps.left && ps.width > int64_t(prefix.size() + digits.size()))
    digits.insert(0, size_t(ps.width) - prefix.size() - digits.size(), '0');
  std::string body = prefix + digits;
  return pad_text(body, body.size(), ps);
}

std::string format_float(double d, char type, const PercentSpec& ps) {
  if (!std::isfinite(d)) {  // Python zero-pads inf/nan (C does not) and never shows nan's sign
    bool upper = type == 'E' || type == 'F' || type == 'G';
    std::string body = std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    std::string sign = (!std::isnan(d) && d < 0) ? "-" : ps.plus ? "+" : ps.space ? " " : "";
    size_t len = sign.size() + body.size();
    if (ps.width < 0 || int64_t(len) >= ps.width) return sign + body;
    size_t pad = size_t(ps.width) - len;
    if (ps.left) return sign + body + std::string(pad, ' ');
    if (ps.zero) return sign + std::string(pad, '0') + body;
    return std::string(pad, ' ') + sign + body;
  }
  std::string f = "%";
  if (ps.left) f += '-';
  if (ps.plus) f += '+';
  if (ps.space) f += ' ';
  if (ps.alt) f += '#';
  if (ps.zero) f += '0';
  if (ps.width >= 0) f += std::to_string(ps.width);
  f += '.';
  f += std::to_string(ps.prec >= 0 ? ps.prec : 6);
  f += type;
  int n = std::snprintf(nullptr, 0, f.c_str(), d);
  std::string out(size_t(n) + 1, '\0');
  std::snprintf(out.data(), out.size(), f.c_str(), d);
  out.resize(size_t(n));
  return out;
}

// The %-engine. For bytes, `as_bytes` selects the bytes rules for %s/%b/%r/%a/%c.
std::string percent_format(std::string_view fmt, Value args, bool as_bytes) {
  std::string out;
  out.reserve(fmt.size() + 16);
  bool tuple_args = is_tuple(args);
  size_t nargs = tuple_args ? tuple_size(args) : 1;
  size_t argidx = 0;
  Value dict;
  if (!tuple_args && args.is_object() && type_of(args)->getitem && !is_str(args) &&
      !(as_bytes && (is_bytes(args) || is_bytearray(args))))
    dict = args;
  auto next_arg = [&]() -> Value {
    if (argidx >= nargs) raise(exc::TypeError, "not enough arguments for format string");
    return tuple_args ? tuple_item(args, argidx++) : (argidx++, args);
  };
  size_t i = 0, n = fmt.size();
  bool used_dict_key = false;
  while (i < n) {
    size_t pct = fmt.find('%', i);
    if (pct == std::string_view::npos) {
      out.append(fmt.substr(i));
      break;
    }
    out.append(fmt.substr(i, pct - i));
    size_t spec_start = pct;
    i = pct + 1;
    if (i >= n) raise(exc::ValueError, "incomplete format");
    if (fmt[i] == '%') {  // "%%" (only when nothing stands between the two)
      out += '%';
      ++i;
      continue;
    }
    Ref keyed;  // the argument chosen by %(key)
    if (fmt[i] == '(') {
      if (!dict) raise(exc::TypeError, "format requires a mapping");
      int depth = 1;
      size_t k = ++i;
      while (i < n && depth) {
        if (fmt[i] == '(') ++depth;
        else if (fmt[i] == ')') --depth;
        ++i;
      }
      if (depth) raise(exc::ValueError, "incomplete format key");
      std::string_view key = fmt.substr(k, i - 1 - k);
      Ref kobj = as_bytes ? bytes_from_view(key) : str_new(key);
      keyed = getitem(dict, kobj);
      used_dict_key = true;
      tuple_args = false;
      nargs = 0;
      argidx = 0;
    }
    PercentSpec ps;
    while (i < n) {
      char c = fmt[i];
      if (c == '-') ps.left = true;
      else if (c == '+') ps.plus = true;
      else if (c == ' ') ps.space = true;
      else if (c == '#') ps.alt = true;
      else if (c == '0') ps.zero = true;
      else break;
      ++i;
    }
    // width / precision: digits, or '*' taking the value from the arguments (-1 = absent)
    auto read_num = [&](const char* what, bool& star) -> int64_t {
      star = false;
      if (i < n && fmt[i] == '*') {
        ++i;
        star = true;
        Value v = next_arg();
        if (!is_int(v)) raise(exc::TypeError, "* wants int");
        std::optional<int64_t> x = int_as_i64(v);
        if (!x) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
        if (*x > INT32_MAX || *x < -INT32_MAX) raise_memory_error();  // CPython would try, then fail
        return *x;
      }
      int64_t x = 0;
      bool any = false;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        if (x > (INT64_MAX - 9) / 10) raisef(exc::ValueError, "%s too big", what);
        x = x * 10 + (fmt[i] - '0');
        ++i;
        any = true;
      }
      if (x > INT32_MAX) raise_memory_error();
      return any ? x : -1;
    };
    bool star;
    ps.width = read_num("width", star);
    if (star && ps.width < 0) {
      ps.left = true;
      ps.width = -ps.width;
    }
    if (i < n && fmt[i] == '.') {
      ++i;
      ps.prec = read_num("precision", star);
      if (ps.prec < 0) ps.prec = 0;
    }
    while (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;
    if (i >= n) raise(exc::ValueError, "incomplete format");
    char type = fmt[i++];
    Value arg = keyed ? Value(keyed) : next_arg();  // even '%5%' takes an argument, then fails
    switch (type) {
      case 's':
      case 'r':
      case 'a':
      case 'b': {
        if (as_bytes) {
          std::string data;
          if (type == 'r' || type == 'a') {
            Ref r = ascii_of(arg);
            data = std::string(str_view(r));
          } else {
            if (type == 's' || type == 'b') {
              std::string_view bv;
              if (bytes_like_view(arg, bv)) {
                data = std::string(bv);
              } else if (Ref m = getattr_opt(arg, name("__bytes__"))) {
                Ref r = call(m, nullptr, 0);
                if (!is_bytes(r))
                  raisef(exc::TypeError, "__bytes__ returned non-bytes (type %s)", std::string(type_name(r)).c_str());
                data = std::string(bytes_view(r));
              } else {
                raisef(exc::TypeError,
                       "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                       std::string(type_name(arg)).c_str());
              }
            }
          }
          if (ps.prec >= 0 && size_t(ps.prec) < data.size()) data.resize(size_t(ps.prec));
          out += pad_text(data, data.size(), ps);
          break;
        }
        if (type == 'b') {
          raisef(exc::ValueError, "unsupported format character 'b' (0x62) at index %zu", i - 1);
        }
        Ref r = type == 's' ? str_of(arg) : type == 'r' ? repr(arg) : ascii_of(arg);
        std::string_view text = str_view(r);
        size_t len = str_length(r);
        if (ps.prec >= 0 && size_t(ps.prec) < len) {
          text = text.substr(0, str_byte_offset(r, size_t(ps.prec)));
          len = size_t(ps.prec);
        }
        out += pad_text(std::string(text), len, ps);
        break;
      }
      case 'd':
      case 'i':
      case 'u': {
        if (is_int(arg)) {
          out += format_int(arg, 'd', ps);
          break;
        }
        if (!arg.is_object() || !has_number_slots(arg) || is_str(arg))
          raisef(exc::TypeError, "%%%c format: a real number is required, not %s", type, std::string(type_name(arg)).c_str());
        Ref iv = number_int(arg);
        out += format_int(iv, 'd', ps);
        break;
      }
      case 'x':
      case 'X':
      case 'o': {
        Ref iv;
        if (is_int(arg)) iv = Ref(arg);
        else if (arg.is_object() && type_of(arg)->nb_index) iv = number_index(arg);
        else
          raisef(exc::TypeError, "%%%c format: an integer is required, not %s", type, std::string(type_name(arg)).c_str());
        out += format_int(iv, type, ps);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        double d;
        if (is_exact_float(arg)) d = float_value(arg);
        else if (!arg.is_object() || is_int(arg)) d = int_as_double(arg);
        else if (has_number_slots(arg) && !is_str(arg)) d = as_double(arg);
        else raisef(exc::TypeError, "must be real number, not %s", std::string(type_name(arg)).c_str());
        out += format_float(d, type, ps);
        break;
      }
      case 'c': {
        if (as_bytes) {
          std::string_view bv;
          int b;
          if (bytes_like_view(arg, bv) && bv.size() == 1) {
            b = static_cast<unsigned char>(bv[0]);
          } else if (is_int(arg)) {
            std::optional<int64_t> x = int_as_i64(arg);
            if (!x || *x < 0 || *x > 255) raise(exc::OverflowError, "%c arg not in range(256)");
            b = int(*x);
          } else {
            raise(exc::TypeError, "%c requires an integer in range(256) or a single byte");
          }
          std::string s(1, char(b));
          out += pad_text(s, 1, ps);
          break;
        }
        std::string s;
        if (is_str(arg)) {
          if (str_length(arg) != 1) raise(exc::TypeError, "%c requires int or char");
          s = std::string(str_view(arg));
        } else if (is_int(arg)) {
          std::optional<int64_t> x = int_as_i64(arg);
          if (!x || *x < 0 || *x > 0x10FFFF) raise(exc::OverflowError, "%c arg not in range(0x110000)");
          utf8_append(s, uint32_t(*x));
        } else {
          raise(exc::TypeError, "%c requires int or char");
        }
        out += pad_text(s, 1, ps);
        break;
      }
      default: {
        // the offending character, as CPython reports it (code point and index in characters)
        size_t at = i - 1;
        size_t j = at;
        uint32_t cp = utf8_decode_at(fmt, j);
        size_t index = as_bytes ? at : count_cps(fmt.substr(0, at));
        if (cp > 32 && cp < 127)
          raisef(exc::ValueError, "unsupported format character '%c' (0x%x) at index %zu", char(cp), cp, index);
        std::string ch;
        utf8_append(ch, cp);
        raisef(exc::ValueError, "unsupported format character '%s' (0x%x) at index %zu", ch.c_str(), cp, index);
      }
    }
    (void)spec_start;
  }
  if (argidx < nargs && !dict && !used_dict_key)
    raise(exc::TypeError, as_bytes ? "not all arguments converted during bytes formatting"
                                   : "not all arguments converted during string formatting");
  return out;
}

}  // namespace

Ref str_percent_format(Value fmt, Value args) {
  std::string out = percent_format(str_view(fmt), args, false);
  return str_new(out);
}

Ref bytes_percent_format(Value fmt, Value args) {
  std::string_view f;
  bytes_like_view(fmt, f);
  std::string out = percent_format(f, args, true);
  if (is_bytearray(fmt)) return bytearray_new(out);
  return bytes_from_view(out);
}

}  // namespace minipy
