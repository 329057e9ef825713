// The format mini-language for numbers (see format_spec.h). The layout follows CPython's
// formatter: a number is [sign][prefix][digits][rest]; '=' alignment pads between prefix and
// digits, and zero padding with a thousands separator groups the padding zeros too.
#include "runtime/format_spec.h"

#include <cmath>
#include <string>

#include "runtime/abstract.h"
#include "runtime/bigint.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"

namespace minipy {

namespace {

std::string tname(Value obj) { return obj.is_null() ? std::string("float") : std::string(type_name(obj)); }

size_t utf8_char_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 6) return 2;
  if ((c >> 4) == 14) return 3;
  return 4;
}

bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

[[noreturn]] void unknown_code(char type, Value obj) {
  raisef(exc::ValueError, "Unknown format code '%c' for object of type '%s'", type, tname(obj).c_str());
}

// Digits grouped from the right in groups of `group`, padded with zeros to `min_width` characters
// when zero-padding applies (CPython's grouping with a minimum width).
std::string group_digits(const std::string& digits, char sep, int group, int64_t min_width) {
  std::string out;  // built reversed
  int64_t remaining = int64_t(digits.size());
  size_t pos = digits.size();
  bool first = true;
  if (min_width < 0) min_width = 0;
  while (true) {
    int64_t l = std::min<int64_t>(group, std::max<int64_t>(std::max(remaining, min_width), 1));
    int64_t n_zeros = std::max<int64_t>(0, l - remaining);
    int64_t n_chars = std::max<int64_t>(0, std::min(remaining, l));
    if (!first) out.push_back(sep);
    for (int64_t i = 0; i < n_chars; ++i) out.push_back(digits[--pos]);
    for (int64_t i = 0; i < n_zeros; ++i) out.push_back('0');
    first = false;
    remaining -= n_chars;
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  return std::string(out.rbegin(), out.rend());
}

// Assemble sign/prefix/digits/rest with grouping and padding.
std::string layout_number(const std::string& sign, const std::string& prefix, const std::string& digits,
                          const std::string& rest, const FormatSpec& spec, int group) {
  std::string grouped = digits;
  bool zero_fill = spec.fill == "0" && spec.align == '=';
  if (spec.grouping && !digits.empty()) {
    int64_t min_width = zero_fill ? spec.width - int64_t(sign.size() + prefix.size() + rest.size()) : 0;
    grouped = group_digits(digits, spec.grouping, group, min_width);
  }
  std::string body = sign + prefix + grouped + rest;
  size_t len = body.size();  // all ASCII
  if (spec.width <= int64_t(len)) return body;
  char align = spec.align ? spec.align : '>';
  if (align == '=') {
    size_t pad = size_t(spec.width) - len;
    std::string fill;
    for (size_t i = 0; i < pad; ++i) fill += spec.fill;
    return sign + prefix + fill + grouped + rest;
  }
  return pad_to_width(body, len, spec, '>');
}

}  // namespace

FormatSpec parse_format_spec(std::string_view s, Value obj) {
  FormatSpec f;
  size_t i = 0, n = s.size();
  auto invalid = [&]() {
    raisef(exc::ValueError, "Invalid format specifier '%.*s' for object of type '%s'", int(s.size()), s.data(),
           tname(obj).c_str());
  };
  bool fill_given = false, align_given = false;
  if (n > 0) {
    size_t cl = utf8_char_len((unsigned char)s[0]);
    if (cl < n && is_align(s[cl])) {
      f.fill = std::string(s.substr(0, cl));
      f.align = s[cl];
      i = cl + 1;
      fill_given = align_given = true;
    } else if (is_align(s[0])) {
      f.align = s[0];
      i = 1;
      align_given = true;
    }
  }
  if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) f.sign = s[i++];
  if (i < n && s[i] == 'z') {
    f.no_neg_zero = true;
    ++i;
  }
  if (i < n && s[i] == '#') {
    f.alt = true;
    ++i;
  }
  if (i < n && s[i] == '0') {
    f.zero_pad = true;
    if (!fill_given) f.fill = "0";
    if (!align_given) f.align = '=';
    ++i;
  }
  auto read_number = [&](int64_t& out) -> bool {
    size_t start = i;
    int64_t v = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (v > (int64_t(1) << 58)) raise(exc::ValueError, "Too many decimal digits in format string");
      v = v * 10 + (s[i] - '0');
      ++i;
    }
    if (i == start) return false;
    out = v;
    return true;
  };
  read_number(f.width);
  if (i < n && s[i] == ',') {
    f.grouping = ',';
    ++i;
  }
  if (i < n && s[i] == '_') {
    if (f.grouping) raise(exc::ValueError, "Cannot specify both ',' and '_'.");
    f.grouping = '_';
    ++i;
  }
  if (i < n && s[i] == ',') {
    if (f.grouping == '_') raise(exc::ValueError, "Cannot specify both ',' and '_'.");
  }
  if (i < n && s[i] == '.') {
    ++i;
    if (!read_number(f.precision)) raise(exc::ValueError, "Format specifier missing precision");
  }
  if (n - i > 1) invalid();
  if (i < n) f.type = s[i];
  if (f.grouping) {
    switch (f.type) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.grouping == '_') break;
        [[fallthrough]];
      default:
        raisef(exc::ValueError, "Cannot specify '%c' with '%c'.", f.grouping, f.type);
    }
  }
  return f;
}

std::string pad_to_width(const std::string& body, size_t len, const FormatSpec& spec, char default_align) {
  if (spec.width <= int64_t(len)) return body;
  size_t pad = size_t(spec.width) - len;
  char align = spec.align ? spec.align : default_align;
  size_t left = 0, right = 0;
  if (align == '<')
    right = pad;
  else if (align == '^') {
    left = pad / 2;
    right = pad - left;
  } else
    left = pad;
  std::string out;
  out.reserve(body.size() + pad * spec.fill.size());
  for (size_t k = 0; k < left; ++k) out += spec.fill;
  out += body;
  for (size_t k = 0; k < right; ++k) out += spec.fill;
  return out;
}

// ---- floats -------------------------------------------------------------------------------------

static std::string format_float_parsed(double v, FormatSpec spec, Value obj) {
  char type = spec.type;
  int flags = 0;
  int precision = int(spec.precision > 1000000 ? 1000000 : spec.precision);
  std::string suffix;
  switch (type) {
    case 0:
      if (precision < 0) {
        type = 'r';
      } else {
        type = 'g';
        flags |= kFormatAddDot0;
      }
      break;
    case 'n':
      type = 'g';
      break;
    case '%':
      type = 'f';
      v *= 100;
      suffix = "%";
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      break;
    default:
      unknown_code(type, obj);
  }
  if (spec.alt) flags |= kFormatAlt;
  bool negative = std::signbit(v) && !std::isnan(v);
  std::string body = format_double(std::fabs(v), type, precision, flags);
  if (negative && spec.no_neg_zero && std::isfinite(v) && body.find_first_of("123456789") == std::string::npos)
    negative = false;
  std::string sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  size_t d = 0;
  while (d < body.size() && body[d] >= '0' && body[d] <= '9') ++d;
  return layout_number(sign, "", body.substr(0, d), body.substr(d) + suffix, spec, 3);
}

std::string format_float_spec(double v, std::string_view spec, Value obj) {
  if (spec.empty()) return obj.is_null() ? float_repr(v) : str_utf8(obj);
  return format_float_parsed(v, parse_format_spec(spec, obj), obj);
}

// ---- ints ---------------------------------------------------------------------------------------

std::string format_int_spec(Value v, std::string_view spec_text) {
  if (spec_text.empty()) return str_utf8(v);
  FormatSpec spec = parse_format_spec(spec_text, v);
  char type = spec.type ? spec.type : 'd';
  switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return format_float_parsed(int_as_double(v), spec, v);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    default:
      unknown_code(type, v);
  }
  if (spec.no_neg_zero) raise(exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.precision >= 0) raise(exc::ValueError, "Precision not allowed in integer format specifier");
  if (type == 'c') {
    if (spec.sign) raise(exc::ValueError, "Sign not allowed with integer format specifier 'c'");
    if (spec.alt) raise(exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    auto cp = int_as_i64(v);
    if (!cp || *cp < 0 || *cp > 0x10FFFF) raise(exc::OverflowError, "%c arg not in range(0x110000)");
    std::string body;
    utf8_append(body, uint32_t(*cp));
    return pad_to_width(body, 1, spec, '<');
  }
  int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  bool negative = int_sign(v) < 0;
  std::string digits = int_to_base(v, base);
  if (negative) digits.erase(0, 1);
  if (type == 'X')
    for (char& c : digits) c = char(std::toupper((unsigned char)c));
  std::string prefix;
  if (spec.alt && base != 10) {
    prefix = type == 'b' ? "0b" : type == 'o' ? "0o" : type == 'x' ? "0x" : "0X";
  }
  std::string sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  return layout_number(sign, prefix, digits, "", spec, base == 10 ? 3 : 4);
}

// ---- complex ------------------------------------------------------------------------------------

std::string format_complex_spec(double re, double im, std::string_view spec_text, Value obj) {
  if (spec_text.empty()) return str_utf8(obj);
  FormatSpec spec = parse_format_spec(spec_text, obj);
  if (spec.fill == "0") raise(exc::ValueError, "Zero padding is not allowed in complex format specifier");
  if (spec.align == '=') raise(exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
  char type = spec.type;
  int precision = int(spec.precision);
  bool skip_re = false, parens = false;
  int flags = spec.alt ? kFormatAlt : 0;
  switch (type) {
    case 0:
      if (re == 0.0 && !std::signbit(re))
        skip_re = true;
      else
        parens = true;
      type = precision < 0 ? 'r' : 'g';
      break;
    case 'n':
      type = 'g';
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      break;
    default:
      unknown_code(type, obj);
  }
  auto part = [&](double x) {
    std::string s = format_double(std::fabs(x), type, precision, type == 'r' ? 0 : flags);
    if (type == 'r') {
      // repr digits without the ".0" a float repr would add; '#' puts a bare point back.
      if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
      if (spec.alt && std::isfinite(x) && s.find('.') == std::string::npos) {
        size_t e = s.find('e');
        s.insert(e == std::string::npos ? s.size() : e, ".");
      }
    }
    if (spec.grouping) {
      size_t d = 0;
      while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
      if (d) s = group_digits(s.substr(0, d), spec.grouping, 3, 0) + s.substr(d);
    }
    return s;
  };
  std::string out;
  if (parens) out += '(';
  if (!skip_re) {
    bool neg = std::signbit(re) && !std::isnan(re);
    if (neg && spec.no_neg_zero && part(re).find_first_of("123456789") == std::string::npos) neg = false;
    out += neg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
    out += part(re);
  }
  bool ineg = std::signbit(im) && !std::isnan(im);
  if (ineg && spec.no_neg_zero && part(im).find_first_of("123456789") == std::string::npos) ineg = false;
  if (skip_re)
    out += ineg ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
  else
    out += ineg ? "-" : "+";
  out += part(im);
  out += 'j';
  if (parens) out += ')';
  return pad_to_width(out, out.size(), spec, '>');
}

}  // namespace minipy
