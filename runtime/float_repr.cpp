// Text for doubles: repr (shortest round-trip digits laid out as CPython's float_repr_style
// 'short') and format_double, the one primitive behind format specs, %-formatting and repr.
//
// Digits come from std::to_chars (shortest) and from glibc's printf, which is exact: a correctly
// rounded "%.*e" yields the same digits as CPython's dtoa for any precision.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "runtime/float_object.h"

namespace minipy {

namespace {

// A finite non-negative double as decimal digits "ddd" and the exponent of the first digit.
struct Digits {
  std::string digits;  // no leading zeros (except "0" for zero)
  int exp10 = 0;       // value = d.ddd * 10**exp10
};

Digits shortest_digits(double v) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view s(buf, size_t(res.ptr - buf));
  Digits d;
  size_t epos = s.find('e');
  for (char c : s.substr(0, epos))
    if (c != '.') d.digits.push_back(c);
  d.exp10 = std::atoi(std::string(s.substr(epos + 1)).c_str());
  return d;
}

// `ndigits` significant digits, correctly rounded.
Digits precise_digits(double v, int ndigits) {
  if (ndigits < 1) ndigits = 1;
  std::string buf(size_t(ndigits) + 32, '\0');
  int n = std::snprintf(buf.data(), buf.size(), "%.*e", ndigits - 1, v);
  buf.resize(size_t(n));
  Digits d;
  size_t epos = buf.find('e');
  for (size_t i = 0; i < epos; ++i)
    if (buf[i] != '.') d.digits.push_back(buf[i]);
  d.exp10 = std::atoi(buf.c_str() + epos + 1);
  return d;
}

std::string exponent_text(int e, char echar) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%c%c%02d", echar, e < 0 ? '-' : '+', e < 0 ? -e : e);
  return buf;
}

// Lay digits out in scientific notation: d[.ddd]e+XX
std::string layout_sci(const std::string& digits, int exp10, bool force_point, char echar) {
  std::string out(1, digits[0]);
  if (digits.size() > 1 || force_point) out += '.';
  out.append(digits, 1, std::string::npos);
  out += exponent_text(exp10, echar);
  return out;
}

// Lay digits out in positional notation with at least `min_frac` fractional digits (padding with
// zeros) and a point when there is a fraction or force_point.
std::string layout_fixed(const std::string& digits, int exp10, size_t min_frac, bool force_point) {
  int decpt = exp10 + 1;  // digits before the point
  std::string out;
  std::string frac;
  if (decpt <= 0) {
    out = "0";
    frac.assign(size_t(-decpt), '0');
    frac += digits;
  } else if (size_t(decpt) >= digits.size()) {
    out = digits;
    out.append(size_t(decpt) - digits.size(), '0');
  } else {
    out = digits.substr(0, size_t(decpt));
    frac = digits.substr(size_t(decpt));
  }
  if (frac.size() < min_frac) frac.append(min_frac - frac.size(), '0');
  if (!frac.empty() || force_point) out += '.';
  out += frac;
  return out;
}

void strip_trailing_zeros(std::string& digits) {
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
}

}  // namespace

std::string float_repr(double d) {
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
  std::string sign = std::signbit(d) ? "-" : "";
  double a = std::fabs(d);
  if (a == 0.0) return sign + "0.0";
  Digits dg = shortest_digits(a);
  if (dg.exp10 < -4 || dg.exp10 >= 16) return sign + layout_sci(dg.digits, dg.exp10, false, 'e');
  return sign + layout_fixed(dg.digits, dg.exp10, 1, true);
}

std::string format_double(double v, char type, int precision, int flags) {
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool alt = flags & kFormatAlt;
  std::string sign;
  if (std::signbit(v) && !std::isnan(v))
    sign = "-";
  else if (flags & kFormatSign)
    sign = "+";
  else if (flags & kFormatSpace)
    sign = " ";
  if (!std::isfinite(v)) {
    std::string s = std::isnan(v) ? "nan" : "inf";
    if (upper)
      for (char& c : s) c = char(c - 32);
    return sign + s;
  }
  double a = std::fabs(v);
  std::string body;
  switch (type) {
    case 'r': {
      std::string r = float_repr(a);
      if (alt && r.find('.') == std::string::npos) {
        // '#' forces a point: "1.e+16"
        size_t e = r.find('e');
        r.insert(e == std::string::npos ? r.size() : e, ".");
      }
      body = r;
      break;
    }
    case 'e':
    case 'E': {
      if (precision < 0) precision = 6;
      Digits dg = a == 0.0 ? Digits{std::string(size_t(precision) + 1, '0'), 0} : precise_digits(a, precision + 1);
      body = layout_sci(dg.digits, dg.exp10, alt, upper ? 'E' : 'e');
      break;
    }
    case 'f':
    case 'F': {
      if (precision < 0) precision = 6;
      std::string buf(size_t(precision) + 340, '\0');
      int n = std::snprintf(buf.data(), buf.size(), alt ? "%#.*f" : "%.*f", precision, a);
      buf.resize(size_t(n));
      body = buf;
      break;
    }
    case 'g':
    case 'G': {
      // flags & kFormatAddDot0: the '' presentation type with a precision (format(x, '.3')),
      // which switches to exponent notation at exp >= precision and keeps a ".0" on integers.
      bool add_dot0 = flags & kFormatAddDot0;
      if (precision < 0) precision = 6;
      int p = precision == 0 ? 1 : precision;
      Digits dg = a == 0.0 ? Digits{std::string(size_t(p), '0'), 0} : precise_digits(a, p);
      int limit = add_dot0 ? p - 1 : p;  // CPython: decpt > precision - 1 with ADD_DOT_0
      bool use_exp = dg.exp10 < -4 || dg.exp10 >= limit;
      if (!alt) strip_trailing_zeros(dg.digits);
      if (use_exp) {
        body = layout_sci(dg.digits, dg.exp10, alt, upper ? 'E' : 'e');
      } else {
        size_t min_frac = 0;
        if (alt) {
          int frac = p - 1 - dg.exp10;
          min_frac = frac > 0 ? size_t(frac) : 0;
        }
        body = layout_fixed(dg.digits, dg.exp10, min_frac, alt);
        if (add_dot0 && body.find('.') == std::string::npos) body += ".0";
      }
      break;
    }
    default:
      body = float_repr(a);
  }
  return sign + body;
}

}  // namespace minipy
