// int: tagged small ints with exact overflow into GMP-backed BigIntObjects.
//
// Every operation first tries the small/small case in plain int64 arithmetic (the tagged payload is
// 63 bits, so sums and differences of two small ints never overflow int64) and falls back to GMP.
// Results always come back normalized: a value that fits the small range is a tagged Value.
#include <gmp.h>

#include <cmath>
#include <algorithm>
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/bytes_object.h"
#include "runtime/misc_objects.h"
#include "runtime/bigint.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/format_spec.h"
#include "runtime/int_object.h"
#include "runtime/numeric_util.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/unicode.h"

namespace minipy {

TypeObject IntType;

int64_t g_int_max_str_digits = 4300;
int64_t int_max_str_digits() { return g_int_max_str_digits; }
void set_int_max_str_digits(int64_t n) {
  if (n != 0 && n < 640) raise(exc::ValueError, "maxdigits must be 0 or larger than 640");
  g_int_max_str_digits = n;
}

// ---- construction -------------------------------------------------------------------------------

static Ref new_bigint(TypeObject* type) { return new_object<BigIntObject>(type); }

Ref int_from_i64(int64_t v) {
  if (Value::fits_small(v)) return Ref::steal(Value::small_int(v));
  Ref r = new_bigint(&IntType);
  mpz_set_si(r.as<BigIntObject>()->z, long(v));
  return r;
}

Ref int_from_u64(uint64_t v) {
  if (v <= uint64_t(Value::kSmallMax)) return Ref::steal(Value::small_int(int64_t(v)));
  Ref r = new_bigint(&IntType);
  mpz_set_ui(r.as<BigIntObject>()->z, (unsigned long)v);
  return r;
}

Ref int_from_mpz(mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) {
    long v = mpz_get_si(z);
    if (Value::fits_small(v)) return Ref::steal(Value::small_int(v));
  }
  Ref r = new_bigint(&IntType);
  mpz_set(r.as<BigIntObject>()->z, z);
  return r;
}

Ref int_subtype_from_mpz(TypeObject* type, mpz_srcptr z) {
  if (type == &IntType) return int_from_mpz(z);
  Ref r = new_bigint(type);
  mpz_set(r.as<BigIntObject>()->z, z);
  return r;
}

Ref int_from_double(double d) {
  if (std::isinf(d)) raise(exc::OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) raise(exc::ValueError, "cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -4.6e18 && t <= 4.6e18) return int_from_i64(int64_t(t));
  Mpz z;
  mpz_set_d(z, t);
  return int_from_mpz(z);
}

bool is_int(Value v) {
  return v.is_small_int() || (v.is_object() && v.as_object()->type->has_flag(kTypeIntSubclass));
}
bool is_exact_int(Value v) {
  return v.is_small_int() || (v.is_object() && v.as_object()->type == &IntType);
}

Ref int_to_exact(Value v) {
  if (is_exact_int(v)) return Ref(v);
  return int_from_mpz(bigint_mpz(v));
}

std::optional<int64_t> int_as_i64(Value v) {
  if (v.is_small_int()) return v.small_int_value();
  if (!is_int(v)) return std::nullopt;
  int64_t out;
  if (int_get_i64(v, out)) return out;
  return std::nullopt;
}

int int_sign(Value v) {
  if (v.is_small_int()) {
    int64_t x = v.small_int_value();
    return (x > 0) - (x < 0);
  }
  return mpz_sgn(bigint_mpz(v));
}

// Round |z| to the nearest double (ties to even) without GMP's truncation: keep the top 55 bits
// with a sticky bit for everything below, let the hardware's uint64->double rounding do the rest.
double mpz_to_double_rounded(mpz_srcptr z, bool* overflow) {
  *overflow = false;
  size_t bits = mpz_sizeinbase(z, 2);
  if (mpz_sgn(z) == 0) return 0.0;
  if (bits <= 63) return double(mpz_get_si(z));
  if (bits > 1024) {
    *overflow = true;
    return 0.0;
  }
  Mpz top;
  mpz_abs(top, z);
  size_t shift = bits - 55;
  bool sticky = mpz_scan1(top, 0) < shift;
  mpz_tdiv_q_2exp(top, top, shift);
  uint64_t q = mpz_get_ui(top);
  if (sticky) q |= 1;
  double r = std::ldexp(double(q), int(shift));
  if (std::isinf(r)) {
    *overflow = true;
    return 0.0;
  }
  return mpz_sgn(z) < 0 ? -r : r;
}

double int_as_double(Value v) {
  if (v.is_small_int()) return double(v.small_int_value());
  bool overflow;
  double d = mpz_to_double_rounded(bigint_mpz(v), &overflow);
  if (overflow) raise(exc::OverflowError, "int too large to convert to float");
  return d;
}

// ---- text ---------------------------------------------------------------------------------------

[[noreturn]] static void raise_str_digits_limit() {
  raisef(exc::ValueError,
         "Exceeds the limit (%lld digits) for integer string conversion; use "
         "sys.set_int_max_str_digits() to increase the limit",
         (long long)g_int_max_str_digits);
}

std::string int_to_base(Value v, int base) {
  if (v.is_small_int()) {
    int64_t x = v.small_int_value();
    if (base == 10) return std::to_string(x);
    char buf[80];
    char* p = buf + sizeof buf;
    uint64_t u = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    const char* digits = "0123456789abcdef";
    do {
      *--p = digits[u % unsigned(base)];
      u /= unsigned(base);
    } while (u);
    if (x < 0) *--p = '-';
    return std::string(p, buf + sizeof buf);
  }
  mpz_srcptr z = bigint_mpz(v);
  if (base == 10 && g_int_max_str_digits > 0) {
    // Refuse before the (quadratic-ish) conversion when the size alone proves it is too long.
    size_t bits = mpz_sizeinbase(z, 2);
    if (double(bits) * 0.30102999566398120 > double(g_int_max_str_digits) + 1) raise_str_digits_limit();
  }
  std::string s(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(s.data(), base, z);
  s.resize(std::strlen(s.c_str()));
  if (base == 10 && g_int_max_str_digits > 0) {
    size_t ndigits = s.size() - (s[0] == '-');
    if (int64_t(ndigits) > g_int_max_str_digits) raise_str_digits_limit();
  }
  return s;
}

std::string int_to_decimal(Value v) { return int_to_base(v, 10); }

std::string int_to_prefixed(Value v, int base) {
  std::string s = int_to_base(v, base);
  const char* prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
  if (s[0] == '-') return "-" + std::string(prefix) + s.substr(1);
  return prefix + s;
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static bool is_py_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f'; }

// Parse per int(str, base). Returns null when the text is malformed (the caller words the error).
static Ref parse_int_text(std::string_view s, int base, bool allow_space) {
  size_t i = 0, n = s.size();
  if (allow_space) {
    while (i < n && is_py_space(s[i])) ++i;
    while (n > i && is_py_space(s[n - 1])) --n;
  }
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  bool had_prefix = false;
  if (i + 1 < n && s[i] == '0') {
    char p = char(s[i + 1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      base = pb;
      i += 2;
      had_prefix = true;
    }
  }
  bool base0_decimal = false;
  if (base == 0) {
    base = 10;
    base0_decimal = true;
  }
  // Digits with single underscores between them (and one allowed right after a prefix).
  std::string digits;
  digits.reserve(n - i);
  bool last_underscore = had_prefix;  // "0x_1f" is fine, "_1" is not
  bool need_digit = true;
  if (had_prefix && i < n && s[i] == '_') {
    ++i;
    last_underscore = true;
  } else {
    last_underscore = false;
  }
  for (; i < n; ++i) {
    char c = s[i];
    if (c == '_') {
      if (need_digit || last_underscore) return Ref();
      last_underscore = true;
      continue;
    }
    int d = digit_value(c);
    if (d >= base) return Ref();
    digits.push_back(c);
    last_underscore = false;
    need_digit = false;
  }
  if (digits.empty() || last_underscore) return Ref();
  if (base0_decimal && digits.size() > 1 && digits[0] == '0') {
    // "010" is not allowed with base 0, though "000" is.
    for (char c : digits)
      if (c != '0') return Ref();
  }
  if ((base & (base - 1)) != 0 && g_int_max_str_digits > 0 && int64_t(digits.size()) > g_int_max_str_digits) {
    raisef(exc::ValueError,
           "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; use "
           "sys.set_int_max_str_digits() to increase the limit",
           (long long)g_int_max_str_digits, digits.size());
  }
  if (digits.size() <= 17 && base <= 10) {
    int64_t v = 0;
    for (char c : digits) v = v * base + (c - '0');
    return int_from_i64(neg ? -v : v);
  }
  Mpz z;
  mpz_set_str(z, digits.c_str(), base);
  if (neg) mpz_neg(z, z);
  return int_from_mpz(z);
}

bool numeric_text_to_ascii(std::string_view s, std::string& out) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  if (ascii) return false;
  out.clear();
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (i + len > s.size()) len = s.size() - i;
    uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3f);
    int d;
    if (cp < 0x80)
      out.push_back(char(cp));
    else if (uni_isspace(cp))
      out.push_back(' ');
    else if ((d = uni_decimal_value(cp)) >= 0)
      out.push_back(char('0' + d));
    else
      out.append(s.substr(i, len));  // stays invalid
    i += len;
  }
  return true;
}

Ref int_from_string(std::string_view s, int base) {
  if (base != 0 && (base < 2 || base > 36)) raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
  std::string ascii;
  Ref r = parse_int_text(numeric_text_to_ascii(s, ascii) ? std::string_view(ascii) : s, base, true);
  if (!r) {
    std::string shown(s.substr(0, 200));
    raisef(exc::ValueError, "invalid literal for int() with base %d: %s", base, str_repr_utf8(shown).c_str());
  }
  return r;
}

Ref int_from_literal(std::string_view s) {
  Ref r;
  try {
    r = parse_int_text(s, 0, false);
  } catch (PyException& e) {
    // Only the digit limit can fail here; CPython reports it as a SyntaxError with a hint.
    if (!exception_matches(e.value, exc::ValueError)) throw;
    raise(exc::SyntaxError, str_utf8(e.value) + " - Consider hexadecimal for huge integer literal");
  }
  if (!r) raisef(exc::ValueError, "invalid integer literal: %.*s", int(s.size()), s.data());
  return r;
}

// ---- arithmetic ---------------------------------------------------------------------------------

Ref int_add(Value a, Value b) {
  if (both_small(a, b)) return int_from_i64(a.small_int_value() + b.small_int_value());
  MpzArg x(a), y(b);
  Mpz r;
  mpz_add(r, x.get(), y.get());
  return int_from_mpz(r);
}

Ref int_sub(Value a, Value b) {
  if (both_small(a, b)) return int_from_i64(a.small_int_value() - b.small_int_value());
  MpzArg x(a), y(b);
  Mpz r;
  mpz_sub(r, x.get(), y.get());
  return int_from_mpz(r);
}

Ref int_mul(Value a, Value b) {
  if (both_small(a, b)) {
    int64_t r;
    if (!__builtin_mul_overflow(a.small_int_value(), b.small_int_value(), &r)) return int_from_i64(r);
  }
  MpzArg x(a), y(b);
  Mpz r;
  mpz_mul(r, x.get(), y.get());
  return int_from_mpz(r);
}

[[noreturn]] static void raise_int_div_zero() {
  raise(exc::ZeroDivisionError, "integer division or modulo by zero");
}

static int64_t floor_div64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
static int64_t floor_mod64(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

Ref int_floordiv(Value a, Value b) {
  if (int_sign(b) == 0) raise_int_div_zero();
  if (both_small(a, b)) return int_from_i64(floor_div64(a.small_int_value(), b.small_int_value()));
  MpzArg x(a), y(b);
  Mpz r;
  mpz_fdiv_q(r, x.get(), y.get());
  return int_from_mpz(r);
}

Ref int_mod(Value a, Value b) {
  if (int_sign(b) == 0) raise(exc::ZeroDivisionError, "integer modulo by zero");
  if (both_small(a, b)) return int_from_i64(floor_mod64(a.small_int_value(), b.small_int_value()));
  MpzArg x(a), y(b);
  Mpz r;
  mpz_fdiv_r(r, x.get(), y.get());
  return int_from_mpz(r);
}

Ref int_divmod(Value a, Value b) {
  if (int_sign(b) == 0) raise_int_div_zero();
  if (both_small(a, b)) {
    int64_t x = a.small_int_value(), y = b.small_int_value();
    return tuple_from({int_from_i64(floor_div64(x, y)), int_from_i64(floor_mod64(x, y))});
  }
  MpzArg x(a), y(b);
  Mpz q, r;
  mpz_fdiv_qr(q, r, x.get(), y.get());
  Ref qi = int_from_mpz(q), ri = int_from_mpz(r);
  return tuple_from({qi, ri});
}

// a / b correctly rounded: scale so the quotient has >= 55 significant bits, fold the remainder
// into a sticky bit, and let the uint64->double conversion round once.
Ref int_truediv(Value a, Value b) {
  if (int_sign(b) == 0) raise(exc::ZeroDivisionError, "division by zero");
  if (both_small(a, b)) {
    int64_t x = a.small_int_value(), y = b.small_int_value();
    const int64_t k53 = int64_t(1) << 53;
    if (x >= -k53 && x <= k53 && y >= -k53 && y <= k53) return float_new(double(x) / double(y));
  }
  MpzArg x(a), y(b);
  Mpz na, nb, q, r;
  mpz_abs(na, x.get());
  mpz_abs(nb, y.get());
  bool neg = (mpz_sgn(x.get()) < 0) != (mpz_sgn(y.get()) < 0);
  if (mpz_sgn(na.get()) == 0) return float_new(neg ? -0.0 : 0.0);
  long ea = long(mpz_sizeinbase(na, 2)), eb = long(mpz_sizeinbase(nb, 2));
  long shift = ea - eb - 55;
  if (ea - eb > 1025) raise(exc::OverflowError, "integer division result too large for a float");
  if (ea - eb < -1100) return float_new(neg ? -0.0 : 0.0);
  if (shift >= 0)
    mpz_mul_2exp(nb, nb, (unsigned long)shift);
  else
    mpz_mul_2exp(na, na, (unsigned long)(-shift));
  mpz_tdiv_qr(q, r, na, nb);
  uint64_t qq = mpz_get_ui(q);
  if (mpz_sgn(r.get()) != 0) qq |= 1;
  double d = std::ldexp(double(qq), int(shift));
  if (std::isinf(d)) raise(exc::OverflowError, "integer division result too large for a float");
  return float_new(neg ? -d : d);
}

Ref int_neg(Value a) {
  if (a.is_small_int()) return int_from_i64(-a.small_int_value());
  Mpz r;
  mpz_neg(r, bigint_mpz(a));
  return int_from_mpz(r);
}

static Ref int_abs(Value a) { return int_sign(a) < 0 ? int_neg(a) : int_to_exact(a); }

static Ref int_invert(Value a) {
  if (a.is_small_int()) return int_from_i64(~a.small_int_value());
  Mpz r;
  mpz_com(r, bigint_mpz(a));
  return int_from_mpz(r);
}

Ref float_pow_values(double a, double b);  // float_object.cpp

Ref int_pow(Value a, Value b) {
  if (int_sign(b) < 0) return float_pow_values(int_as_double(a), int_as_double(b));
  int64_t e;
  if (!int_get_i64(b, e)) {
    // A huge exponent only has a small result for bases 0, 1 and -1.
    int64_t base;
    if (int_get_i64(a, base) && base >= -1 && base <= 1) {
      if (base != -1) return int_from_i64(base);
      return int_from_i64(mpz_odd_p(bigint_mpz(b)) ? -1 : 1);
    }
    raise_memory_error();
  }
  if (a.is_small_int()) {
    int64_t x = a.small_int_value();
    if (x == 0 || x == 1) return int_from_i64(e == 0 ? 1 : x);
    if (x == -1) return int_from_i64(e % 2 ? -1 : 1);
    // Repeated squaring in int64 while it cannot overflow.
    int64_t result = 1, base = x, n = e;
    bool ok = true;
    while (n > 0) {
      if (n & 1) {
        if (__builtin_mul_overflow(result, base, &result)) { ok = false; break; }
      }
      n >>= 1;
      if (n && __builtin_mul_overflow(base, base, &base)) { ok = false; break; }
    }
    if (ok) return int_from_i64(result);
  }
  MpzArg x(a);
  if (e > (int64_t(1) << 40)) raise_memory_error();
  Mpz r;
  mpz_pow_ui(r, x.get(), (unsigned long)e);
  return int_from_mpz(r);
}

Ref int_pow_mod(Value a, Value b, Value m) {
  if (int_sign(m) == 0) raise(exc::ValueError, "pow() 3rd argument cannot be 0");
  MpzArg x(a), y(b), mod(m);
  Mpz absm, base, r, e;
  mpz_abs(absm, mod.get());
  mpz_set(base, x.get());
  mpz_set(e, y.get());
  if (mpz_sgn(e.get()) < 0) {
    if (mpz_invert(base, base, absm) == 0) raise(exc::ValueError, "base is not invertible for the given modulus");
    mpz_neg(e, e);
  }
  mpz_powm(r, base, e, absm);
  if (mpz_sgn(mod.get()) < 0 && mpz_sgn(r.get()) != 0) mpz_sub(r, r, absm);
  return int_from_mpz(r);
}

static Ref int_lshift(Value a, Value b) {
  if (int_sign(b) < 0) raise(exc::ValueError, "negative shift count");
  if (int_sign(a) == 0) return Ref::steal(Value::small_int(0));
  int64_t n;
  if (!int_get_i64(b, n) || n > (int64_t(1) << 40)) raise(exc::OverflowError, "too many digits in integer");
  if (a.is_small_int() && n < 62) {
    int64_t x = a.small_int_value();
    int64_t r = x << n;
    if ((r >> n) == x) return int_from_i64(r);
  }
  MpzArg x(a);
  Mpz r;
  mpz_mul_2exp(r, x.get(), (unsigned long)n);
  return int_from_mpz(r);
}

static Ref int_rshift(Value a, Value b) {
  if (int_sign(b) < 0) raise(exc::ValueError, "negative shift count");
  int64_t n;
  if (!int_get_i64(b, n) || n > (int64_t(1) << 40)) return int_from_i64(int_sign(a) < 0 ? -1 : 0);
  if (a.is_small_int()) {
    int64_t x = a.small_int_value();
    return int_from_i64(n >= 63 ? (x < 0 ? -1 : 0) : (x >> n));
  }
  Mpz r;
  mpz_fdiv_q_2exp(r, bigint_mpz(a), (unsigned long)n);
  return int_from_mpz(r);
}

static Ref int_bitop(Value a, Value b, BinOp op) {
  if (both_small(a, b)) {
    int64_t x = a.small_int_value(), y = b.small_int_value();
    return int_from_i64(op == BinOp::And ? (x & y) : op == BinOp::Or ? (x | y) : (x ^ y));
  }
  MpzArg x(a), y(b);
  Mpz r;
  if (op == BinOp::And)
    mpz_and(r, x.get(), y.get());
  else if (op == BinOp::Or)
    mpz_ior(r, x.get(), y.get());
  else
    mpz_xor(r, x.get(), y.get());
  return int_from_mpz(r);
}

int int_compare(Value a, Value b) {
  if (both_small(a, b)) {
    int64_t x = a.small_int_value(), y = b.small_int_value();
    return (x > y) - (x < y);
  }
  MpzArg x(a), y(b);
  int c = mpz_cmp(x.get(), y.get());
  return (c > 0) - (c < 0);
}

// ---- hashing ------------------------------------------------------------------------------------

static constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;

int64_t hash_int(Value v) {
  int64_t h;
  if (v.is_small_int()) {
    int64_t x = v.small_int_value();
    uint64_t ax = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    h = int64_t(ax % kHashModulus);
    if (x < 0) h = -h;
  } else {
    mpz_srcptr z = bigint_mpz(v);
    h = int64_t(mpz_tdiv_ui(z, (unsigned long)kHashModulus));
    if (mpz_sgn(z) < 0) h = -h;
  }
  return h == -1 ? -2 : h;
}

int64_t hash_double(double d) {
  if (!std::isfinite(d)) return std::isinf(d) ? (d > 0 ? 314159 : -314159) : 0;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m != 0.0) {
    x = ((x << 28) & kHashModulus) | x >> (61 - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    uint64_t y = uint64_t(m);
    m -= double(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kHashModulus) | x >> (61 - e);
  int64_t h = int64_t(x) * sign;
  return h == -1 ? -2 : h;
}

// ---- slots --------------------------------------------------------------------------------------

#define INT_BINARY_SLOT(fname, expr)                                   \
  static Ref fname(Value a, Value b) {                                 \
    if (!is_int(a) || !is_int(b)) return Ref(NotImplemented());        \
    return expr;                                                       \
  }
INT_BINARY_SLOT(slot_add, int_add(a, b))
INT_BINARY_SLOT(slot_sub, int_sub(a, b))
INT_BINARY_SLOT(slot_mul, int_mul(a, b))
INT_BINARY_SLOT(slot_floordiv, int_floordiv(a, b))
INT_BINARY_SLOT(slot_mod, int_mod(a, b))
INT_BINARY_SLOT(slot_truediv, int_truediv(a, b))
INT_BINARY_SLOT(slot_pow, int_pow(a, b))
INT_BINARY_SLOT(slot_lshift, int_lshift(a, b))
INT_BINARY_SLOT(slot_rshift, int_rshift(a, b))
INT_BINARY_SLOT(slot_and, int_bitop(a, b, BinOp::And))
INT_BINARY_SLOT(slot_or, int_bitop(a, b, BinOp::Or))
INT_BINARY_SLOT(slot_xor, int_bitop(a, b, BinOp::Xor))
#undef INT_BINARY_SLOT

static Ref slot_neg(Value a) { return int_neg(a); }
static Ref slot_pos(Value a) { return int_to_exact(a); }
static Ref slot_invert(Value a) { return int_invert(a); }
static Ref slot_abs(Value a) { return int_abs(a); }
static bool slot_bool(Value a) { return int_sign(a) != 0; }
static Ref slot_int(Value a) { return int_to_exact(a); }
static Ref slot_float(Value a) { return float_new(int_as_double(a)); }
static int64_t slot_hash(Value a) { return hash_int(a); }

static Ref slot_repr(Value a) { return str_from_ascii(int_to_decimal(a)); }

static Ref slot_richcompare(Value a, Value b, CmpOp op) {
  if (!is_int(a) || !is_int(b)) return Ref(NotImplemented());
  int c = int_compare(a, b);
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

// int(x=0, /, base=10)
static Ref int_from_object(Value x) {
  if (is_exact_int(x)) return Ref(x);
  if (is_int(x)) return int_to_exact(x);
  if (is_str(x)) return int_from_string(str_view(x), 10);
  TypeObject* t = type_of(x);
  if (t->nb_int) {
    Ref r = t->nb_int(x);
    if (!is_int(r)) raisef(exc::TypeError, "__int__ returned non-int (type %s)", std::string(type_name(r)).c_str());
    return int_to_exact(r);
  }
  if (t->nb_index) {
    Ref r = t->nb_index(x);
    if (!is_int(r)) raisef(exc::TypeError, "__index__ returned non-int (type %s)", std::string(type_name(r)).c_str());
    return int_to_exact(r);
  }
  static Value trunc_name = name("__trunc__");
  if (Value f = type_lookup(t, trunc_name)) {
    Ref r = call_method(x, trunc_name, {});
    if (is_int(r)) return int_to_exact(r);
    Ref idx = number_index(r);  // "__trunc__ returned non-Integral" in CPython; index is close
    return int_to_exact(idx);
  }
  std::string_view data;
  if (bytes_like_view(x, data)) {
    Ref r = parse_int_text(data, 10, true);
    if (!r) raisef(exc::ValueError, "invalid literal for int() with base 10: %s", repr_utf8(x).c_str());
    return r;
  }
  raisef(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
         std::string(type_name(x)).c_str());
}

static Ref int_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  size_t nkw = kwcount(kwnames);
  Value x, base;
  if (nargs > 2 || nargs + nkw > 2)
    raisef(exc::TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
  if (nargs >= 1) x = args[0];
  if (nargs == 2) base = args[1];
  for (size_t i = 0; i < nkw; ++i) {
    Value k = tuple_item(kwnames, i);
    if (str_view(k) == "base" && base.is_null()) {
      base = args[nargs + i];
    } else if (str_view(k) == "base") {
      raise(exc::TypeError, "argument for int() given by name ('base') and position (2)");
    } else {
      raisef(exc::TypeError, "'%s' is an invalid keyword argument for int()", std::string(str_view(k)).c_str());
    }
  }
  Ref result;
  if (x.is_null()) {
    if (!base.is_null()) raise(exc::TypeError, "int() missing string argument");
    result = Ref::steal(Value::small_int(0));
  } else if (base.is_null()) {
    result = int_from_object(x);
  } else {
    int64_t b = index_as_int64(base, exc::OverflowError);
    if (b != 0 && (b < 2 || b > 36)) raise(exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (is_str(x)) {
      result = int_from_string(str_view(x), int(b));
    } else {
      std::string_view data;
      if (!bytes_like_view(x, data)) raise(exc::TypeError, "int() can't convert non-string with explicit base");
      Ref r = parse_int_text(data, int(b), true);
      if (!r) raisef(exc::ValueError, "invalid literal for int() with base %d: %s", int(b), repr_utf8(x).c_str());
      result = r;
    }
  }
  if (type == &IntType) return result;
  MpzArg z(result);
  return int_subtype_from_mpz(type, z.get());
}

// ---- methods ------------------------------------------------------------------------------------

static Ref m_bit_length(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("int.bit_length", nargs, kw);
  if (self.is_small_int()) {
    int64_t x = self.small_int_value();
    uint64_t u = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    return int_from_i64(u ? 64 - __builtin_clzll(u) : 0);
  }
  mpz_srcptr z = bigint_mpz(self);
  return int_from_i64(mpz_sgn(z) ? int64_t(mpz_sizeinbase(z, 2)) : 0);
}

static Ref m_bit_count(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("int.bit_count", nargs, kw);
  if (self.is_small_int()) {
    int64_t x = self.small_int_value();
    uint64_t u = x < 0 ? uint64_t(0) - uint64_t(x) : uint64_t(x);
    return int_from_i64(__builtin_popcountll(u));
  }
  Mpz a;
  mpz_abs(a, bigint_mpz(self));
  return int_from_u64(mpz_popcount(a));
}

static Ref m_conjugate(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("int.conjugate", nargs, kw);
  return int_to_exact(self);
}

static Ref m_as_integer_ratio(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("int.as_integer_ratio", nargs, kw);
  return tuple_from({int_to_exact(self), Value::small_int(1)});
}

static Ref m_trunc(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("int.__trunc__", nargs, kw);
  return int_to_exact(self);
}

static Ref m_getnewargs(Value self, const Value* args, size_t nargs, Value kw) {
  return tuple_from({int_to_exact(self)});
}

static Ref m_sizeof(Value self, const Value* args, size_t nargs, Value kw) {
  if (self.is_small_int()) return int_from_i64(28);
  size_t limbs = mpz_size(bigint_mpz(self));
  return int_from_i64(int64_t(24 + 4 * ((limbs * 64 + 29) / 30)));
}

// round(int, ndigits): ndigits >= 0 returns the int; negative rounds half to even at 10**-ndigits.
static Ref m_round(Value self, const Value* args, size_t nargs, Value kw) {
  if (kwcount(kw)) raise(exc::TypeError, "__round__() takes no keyword arguments");
  if (nargs > 1) raisef(exc::TypeError, "__round__ expected at most 1 argument, got %zu", nargs);
  if (nargs == 0 || is_none(args[0])) return int_to_exact(self);
  Ref nd = number_index(args[0]);
  if (int_sign(nd) >= 0) return int_to_exact(self);
  Ref neg = int_neg(nd);
  int64_t k;
  if (!int_get_i64(neg, k) || k > 100000000) return Ref::steal(Value::small_int(0));
  Mpz pow10, q, r, twice;
  mpz_ui_pow_ui(pow10, 10, (unsigned long)k);
  MpzArg x(self);
  mpz_fdiv_qr(q, r, x.get(), pow10);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, pow10);
  if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, pow10);
  return int_from_mpz(q);
}

static Ref m_divmod(Value self, const Value* args, size_t nargs, Value kw) {
  need_args("__divmod__", nargs, kw, 1, 1);
  if (!is_int(args[0])) return Ref(NotImplemented());
  return int_divmod(self, args[0]);
}
static Ref m_rdivmod(Value self, const Value* args, size_t nargs, Value kw) {
  need_args("__rdivmod__", nargs, kw, 1, 1);
  if (!is_int(args[0])) return Ref(NotImplemented());
  return int_divmod(args[0], self);
}

// __pow__/__rpow__ as methods (not only slot wrappers) so that three-argument pow reaches
// them: power3 calls a type's own __pow__(exp, mod).
static Ref pow_method(const char* fname, Value base, Value exp, const Value* args, size_t nargs, Value kw) {
  need_args(fname, nargs, kw, 1, 2);
  if (!is_int(base) || !is_int(exp)) return Ref(NotImplemented());
  if (nargs == 1 || is_none(args[1])) return int_pow(base, exp);
  if (!is_int(args[1])) return Ref(NotImplemented());
  return int_pow_mod(base, exp, args[1]);
}
static Ref m_pow(Value self, const Value* args, size_t nargs, Value kw) {
  return pow_method("__pow__", self, nargs ? args[0] : Value(), args, nargs, kw);
}
static Ref m_rpow(Value self, const Value* args, size_t nargs, Value kw) {
  return pow_method("__rpow__", nargs ? args[0] : Value(), self, args, nargs, kw);
}

static Ref m_format(Value self, const Value* args, size_t nargs, Value kw) {
  need_args("__format__", nargs, kw, 1, 1);
  if (!is_str(args[0])) raisef(exc::TypeError, "__format__() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  return str_new(format_int_spec(self, str_view(args[0])));
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
static Ref m_to_bytes(Value self, const Value* args, size_t nargs, Value kw) {
  static const ArgSpec spec("to_bytes", "length=1, byteorder='big', *, signed=False");
  Value a[3];
  if (nargs > 2) raisef(exc::TypeError, "to_bytes() takes at most 2 positional arguments (%zu given)", nargs);
  spec.bind(args, nargs, kw, a);
  int64_t length = a[0].is_null() ? 1 : index_as_int64(a[0], exc::OverflowError);
  if (length < 0) raise(exc::ValueError, "length argument must be non-negative");
  bool little = false;
  if (!a[1].is_null()) {
    if (!is_str(a[1]))
      raisef(exc::TypeError, "to_bytes() argument 'byteorder' must be str, not %s", std::string(type_name(a[1])).c_str());
    std::string_view bo = str_view(a[1]);
    if (bo == "little")
      little = true;
    else if (bo != "big")
      raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool is_signed = !a[2].is_null() && is_true(a[2]);
  MpzArg x(self);
  int sign = mpz_sgn(x.get());
  if (!is_signed && sign < 0) raise(exc::OverflowError, "can't convert negative int to unsigned");
  Mpz v;
  mpz_set(v, x.get());
  if (sign < 0) {  // two's complement in length*8 bits
    Mpz m;
    mpz_set_ui(m, 1);
    mpz_mul_2exp(m, m, (unsigned long)(length * 8));
    mpz_add(v, v, m);
  }
  size_t need = mpz_sgn(v.get()) > 0 ? (mpz_sizeinbase(v, 2) + 7) / 8 : 0;
  bool overflow = mpz_sgn(v.get()) < 0 || int64_t(need) > length;
  if (is_signed && !overflow && length > 0) {
    bool top = mpz_tstbit(v, (mp_bitcnt_t)(length * 8 - 1));
    if (top != (sign < 0)) overflow = true;
  }
  if (overflow) raise(exc::OverflowError, "int too big to convert");
  std::string bytes(size_t(length), '\0');
  size_t count = 0;
  if (need) mpz_export(bytes.data() + (length - int64_t(need)), &count, 1, 1, 1, 0, v);
  if (little) std::reverse(bytes.begin(), bytes.end());
  return bytes_new(bytes.data(), bytes.size());
}

// int.from_bytes(bytes, byteorder='big', *, signed=False)  (a class method)
static Ref m_from_bytes(Value cls, const Value* args, size_t nargs, Value kw) {
  static const ArgSpec spec("from_bytes", "bytes, byteorder='big', *, signed=False");
  Value a[3];
  spec.bind(args, nargs, kw, a);
  bool little = false;
  if (!a[1].is_null()) {
    if (!is_str(a[1]))
      raisef(exc::TypeError, "from_bytes() argument 'byteorder' must be str, not %s", std::string(type_name(a[1])).c_str());
    std::string_view bo = str_view(a[1]);
    if (bo == "little")
      little = true;
    else if (bo != "big")
      raise(exc::ValueError, "byteorder must be either 'little' or 'big'");
  }
  bool is_signed = !a[2].is_null() && is_true(a[2]);
  std::string_view data;
  Ref holder;
  if (!bytes_like_view(a[0], data)) {
    holder = call(Value(static_cast<Object*>(&BytesType)), {a[0]});
    data = bytes_view(holder);
  }
  std::string buf(data);
  if (little) std::reverse(buf.begin(), buf.end());
  Mpz v;
  if (!buf.empty()) mpz_import(v, buf.size(), 1, 1, 1, 0, buf.data());
  if (is_signed && !buf.empty() && (static_cast<unsigned char>(buf[0]) & 0x80)) {
    Mpz m;
    mpz_set_ui(m, 1);
    mpz_mul_2exp(m, m, (unsigned long)(buf.size() * 8));
    mpz_sub(v, v, m);
  }
  if (cls == Value(static_cast<Object*>(&IntType))) return int_from_mpz(v);
  return call(cls, {int_from_mpz(v)});
}

// ---- attributes ---------------------------------------------------------------------------------

static Ref get_real(Value self) { return int_to_exact(self); }
static Ref get_imag(Value self) { return Ref::steal(Value::small_int(0)); }
static Ref get_denominator(Value self) { return Ref::steal(Value::small_int(1)); }

static const MethodDef kIntMethods[] = {
    {"bit_length", m_bit_length},
    {"bit_count", m_bit_count},
    {"conjugate", m_conjugate},
    {"as_integer_ratio", m_as_integer_ratio},
    {"__trunc__", m_trunc},
    {"__floor__", m_trunc},
    {"__ceil__", m_trunc},
    {"__round__", m_round},
    {"__getnewargs__", m_getnewargs},
    {"__sizeof__", m_sizeof},
    {"__format__", m_format},
    {"__divmod__", m_divmod},
    {"__rdivmod__", m_rdivmod},
    {"__pow__", m_pow},
    {"__rpow__", m_rpow},
    {"to_bytes", m_to_bytes},
    {"from_bytes", m_from_bytes, kMethodClass},
    {nullptr, nullptr},
};

// bool keeps int's methods through its MRO, but its own filled Pow slot would otherwise get a
// binary-only wrapper in bool's dict that hides int's ternary __pow__.
extern const MethodDef kBoolPowMethods[];
const MethodDef kBoolPowMethods[] = {
    {"__pow__", m_pow},
    {"__rpow__", m_rpow},
    {nullptr, nullptr},
};

static const GetSetDef kIntGetSets[] = {
    {"real", get_real},
    {"imag", get_imag},
    {"numerator", get_real},
    {"denominator", get_denominator},
    {nullptr, nullptr},
};

void fill_int_number_slots(TypeObject* t) {
  t->nb[int(BinOp::Add)] = slot_add;
  t->nb[int(BinOp::Sub)] = slot_sub;
  t->nb[int(BinOp::Mul)] = slot_mul;
  t->nb[int(BinOp::FloorDiv)] = slot_floordiv;
  t->nb[int(BinOp::Mod)] = slot_mod;
  t->nb[int(BinOp::TrueDiv)] = slot_truediv;
  t->nb[int(BinOp::Pow)] = slot_pow;
  t->nb[int(BinOp::LShift)] = slot_lshift;
  t->nb[int(BinOp::RShift)] = slot_rshift;
  t->nb[int(BinOp::And)] = slot_and;
  t->nb[int(BinOp::Or)] = slot_or;
  t->nb[int(BinOp::Xor)] = slot_xor;
  t->nb_neg = slot_neg;
  t->nb_pos = slot_pos;
  t->nb_invert = slot_invert;
  t->nb_abs = slot_abs;
  t->nb_bool = slot_bool;
  t->nb_int = slot_int;
  t->nb_float = slot_float;
  t->nb_index = slot_int;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->repr = slot_repr;
}

void init_bool_type();  // bool_object.cpp

void init_int_type() {
  TypeObject* t = &IntType;
  t->refcnt = kImmortalRefcnt;
  t->type = &TypeType;
  t->name = "int";
  t->flags = kTypeBaseType | kTypeImmutable | kTypeIntSubclass | kTypeVarSize;
  t->basicsize = sizeof(BigIntObject);
  t->base = &ObjectType;
  t->dealloc = dealloc_as<BigIntObject>;
  t->new_ = int_new;
  fill_int_number_slots(t);
  t->methods = kIntMethods;
  t->getsets = kIntGetSets;
  static_type_declare(t);
  init_bool_type();
}

static BuiltinType reg_int("int", &IntType);

}  // namespace minipy
