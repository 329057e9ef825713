// float: arithmetic with Python's floor/modulo rules, exact comparisons with ints, the float()
// constructor and the float methods (hex, fromhex, as_integer_ratio, __round__, ...).
#include <gmp.h>

#include <bit>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/abstract.h"
#include "runtime/bigint.h"
#include "runtime/builtins_registry.h"
#include "runtime/bytes_object.h"
#include "runtime/complex_object.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/format_spec.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/numeric_util.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject FloatType;

void init_complex_type();  // complex_object.cpp

// Floats are created and destroyed at a furious rate by numeric code, so exact floats are
// recycled through a small stack of free objects (all under the GIL, so no locking). Sanitizer
// builds skip it so that AddressSanitizer sees every float's lifetime.
#if defined(__SANITIZE_ADDRESS__)
constexpr int kFloatFreeMax = 0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr int kFloatFreeMax = 0;
#else
constexpr int kFloatFreeMax = 256;
#endif
#else
constexpr int kFloatFreeMax = 256;
#endif
static FloatObject* g_float_free[kFloatFreeMax > 0 ? kFloatFreeMax : 1];
static int g_float_nfree = 0;

Ref float_new(double d) {
  if (g_float_nfree > 0) {
    FloatObject* o = g_float_free[--g_float_nfree];
    o->refcnt = 1;
    o->type = &FloatType;
    o->value = d;
    return Ref::steal(Value(static_cast<Object*>(o)));
  }
  Ref r = new_object<FloatObject>(&FloatType);
  r.as<FloatObject>()->value = d;
  return r;
}

static void float_dealloc(Object* o) {
  if (o->type == &FloatType && g_float_nfree < kFloatFreeMax) {
    g_float_free[g_float_nfree++] = static_cast<FloatObject*>(o);
    return;
  }
  dealloc_as<FloatObject>(o);
}

static Ref float_subtype_new(TypeObject* type, double d) {
  Ref r = new_object<FloatObject>(type);
  r.as<FloatObject>()->value = d;
  return r;
}

bool is_float(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = v.as_object()->type;
  return t == &FloatType || is_subtype(t, &FloatType);
}

bool number_to_double_fast(Value v, double& out) {
  if (v.is_small_int()) {
    out = double(v.small_int_value());
    return true;
  }
  if (is_exact_float(v) || is_float(v)) {
    out = float_value(v);
    return true;
  }
  if (is_int(v)) {
    out = int_as_double(v);
    return true;
  }
  return false;
}

double as_double(Value v) {
  double d;
  if (number_to_double_fast(v, d)) return d;
  TypeObject* t = type_of(v);
  if (t->nb_float) {
    Ref r = t->nb_float(v);
    if (!is_float(r))
      raisef(exc::TypeError, "%s.__float__ returned non-float (type %s)", std::string(t->type_name()).c_str(),
             std::string(type_name(r)).c_str());
    return float_value(r);
  }
  if (t->nb_index) {
    Ref r = t->nb_index(v);
    if (!is_int(r))
      raisef(exc::TypeError, "__index__ returned non-int (type %s)", std::string(type_name(r)).c_str());
    return int_as_double(r);
  }
  raisef(exc::TypeError, "must be real number, not %s", std::string(type_name(v)).c_str());
}

// ---- arithmetic ---------------------------------------------------------------------------------

Ref float_pow_values(double iv, double iw) {
  if (iw == 0) return float_new(1.0);
  if (std::isnan(iv)) return float_new(iv);
  if (std::isnan(iw)) return float_new(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return float_new(1.0);
    if ((iw > 0) == (iv > 1)) return float_new(std::fabs(iw));
    return float_new(0.0);
  }
  bool iw_is_odd = std::fmod(std::fabs(iw), 2.0) == 1.0;
  if (std::isinf(iv)) {
    if (iv > 0) return float_new(iw > 0 ? iv : 0.0);
    return float_new(iw > 0 ? (iw_is_odd ? iv : -iv) : (iw_is_odd ? -0.0 : 0.0));
  }
  if (iv == 0.0) {
    if (iw < 0) raise(exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return float_new(iw_is_odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0) {
    if (iw != std::floor(iw)) return complex_pow_values(iv, 0.0, iw, 0.0);
    iv = -iv;
    negate = iw_is_odd;
  }
  if (iv == 1.0) return float_new(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) raise(exc::OverflowError, "(34, 'Numerical result out of range')");
  return float_new(negate ? -ix : ix);
}

static void float_divmod_values(double vx, double wx, double& floordiv, double& mod) {
  mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
}

#define FLOAT_OPERANDS                                                         \
  double x, y;                                                                 \
  if (!number_to_double_fast(a, x) || !number_to_double_fast(b, y)) return Ref(NotImplemented());

static Ref slot_add(Value a, Value b) { FLOAT_OPERANDS return float_new(x + y); }
static Ref slot_sub(Value a, Value b) { FLOAT_OPERANDS return float_new(x - y); }
static Ref slot_mul(Value a, Value b) { FLOAT_OPERANDS return float_new(x * y); }
static Ref slot_truediv(Value a, Value b) {
  FLOAT_OPERANDS
  if (y == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
  return float_new(x / y);
}
static Ref slot_floordiv(Value a, Value b) {
  FLOAT_OPERANDS
  if (y == 0.0) raise(exc::ZeroDivisionError, "float floor division by zero");
  double q, m;
  float_divmod_values(x, y, q, m);
  return float_new(q);
}
static Ref slot_mod(Value a, Value b) {
  FLOAT_OPERANDS
  if (y == 0.0) raise(exc::ZeroDivisionError, "float modulo");
  double q, m;
  float_divmod_values(x, y, q, m);
  return float_new(m);
}
static Ref slot_pow(Value a, Value b) { FLOAT_OPERANDS return float_pow_values(x, y); }
#undef FLOAT_OPERANDS

Ref float_divmod(Value a, Value b) {
  double x, y;
  if (!number_to_double_fast(a, x) || !number_to_double_fast(b, y)) return Ref(NotImplemented());
  if (y == 0.0) raise(exc::ZeroDivisionError, "float divmod()");
  double q, m;
  float_divmod_values(x, y, q, m);
  return tuple_from({float_new(q), float_new(m)});
}

static Ref slot_neg(Value a) { return float_new(-float_value(a)); }
static Ref slot_pos(Value a) { return is_exact_float(a) ? Ref(a) : float_new(float_value(a)); }
static Ref slot_abs(Value a) { return float_new(std::fabs(float_value(a))); }
static bool slot_bool(Value a) { return float_value(a) != 0.0; }
static Ref slot_int(Value a) { return int_from_double(float_value(a)); }
static Ref slot_float(Value a) { return slot_pos(a); }

static int64_t slot_hash(Value a) {
  double d = float_value(a);
  if (std::isnan(d)) {
    // NaNs hash by identity (3.10+), as CPython's _Py_HashPointer does.
    uintptr_t y = uintptr_t(a.as_object());
    y = (y >> 4) | (y << (8 * sizeof(void*) - 4));
    int64_t h = int64_t(y);
    return h == -1 ? -2 : h;
  }
  return hash_double(d);
}

static Ref slot_repr(Value a) { return str_from_ascii(float_repr(float_value(a))); }

// Exact int <-> double comparison: compare with the truncated double first, then let the dropped
// fraction decide ties.
int int_double_compare(Value i, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  if (i.is_small_int() && std::fabs(d) < 4.0e18) {
    int64_t x = i.small_int_value();
    double t = std::trunc(d);
    int64_t ti = int64_t(t);
    if (x != ti) return x < ti ? -1 : 1;
    double frac = d - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
  }
  double t = std::trunc(d);
  Mpz dz;
  mpz_set_d(dz, t);
  MpzArg iz(i);
  int c = mpz_cmp(iz.get(), dz);
  if (c != 0) return c < 0 ? -1 : 1;
  double frac = d - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

static bool cmp_result(int c, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

static Ref slot_richcompare(Value a, Value b, CmpOp op) {
  if (!is_float(a)) return Ref(NotImplemented());
  double x = float_value(a);
  if (is_float(b)) {
    double y = float_value(b);
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = x < y; break;
      case CmpOp::Le: r = x <= y; break;
      case CmpOp::Eq: r = x == y; break;
      case CmpOp::Ne: r = x != y; break;
      case CmpOp::Gt: r = x > y; break;
      case CmpOp::Ge: r = x >= y; break;
    }
    return Ref(bool_value(r));
  }
  if (is_int(b)) {
    if (std::isnan(x)) return Ref(bool_value(op == CmpOp::Ne));
    int c = -int_double_compare(b, x);
    return Ref(bool_value(cmp_result(c, op)));
  }
  return Ref(NotImplemented());
}

// ---- parsing ------------------------------------------------------------------------------------

static bool is_py_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\x1c' && c <= '\x1f'); }

// Validate Python float syntax and drop underscores; false when malformed.
static bool clean_float_text(std::string_view s, std::string& out) {
  size_t i = 0, n = s.size();
  out.clear();
  if (i < n && (s[i] == '+' || s[i] == '-')) out.push_back(s[i++]);
  std::string rest;
  for (size_t k = i; k < n; ++k) rest.push_back(char(std::tolower((unsigned char)s[k])));
  if (rest == "inf" || rest == "infinity" || rest == "nan") {
    out += rest;
    return true;
  }
  // digitpart := digit (["_"] digit)*
  auto digitpart = [&](bool required) -> int {
    size_t start = i;
    bool prev_digit = false;
    while (i < n) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        out.push_back(c);
        prev_digit = true;
        ++i;
      } else if (c == '_' && prev_digit && i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9') {
        prev_digit = false;
        ++i;
      } else {
        break;
      }
    }
    if (i == start) return required ? -1 : 0;
    return 1;
  };
  int intpart = digitpart(false);
  int fracpart = 0;
  if (i < n && s[i] == '.') {
    out.push_back('.');
    ++i;
    fracpart = digitpart(false);
  }
  if (intpart <= 0 && fracpart <= 0) return false;
  if (i < n && (s[i] == 'e' || s[i] == 'E')) {
    out.push_back('e');
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) out.push_back(s[i++]);
    if (digitpart(true) <= 0) return false;
  }
  return i == n;
}

bool parse_float_text(std::string_view s, double& out) {
  std::string clean;
  if (!clean_float_text(s, clean)) return false;
  out = std::strtod(clean.c_str(), nullptr);
  return true;
}

double float_from_string(std::string_view original) {
  std::string ascii;
  std::string_view text = numeric_text_to_ascii(original, ascii) ? std::string_view(ascii) : original;
  size_t a = 0, b = text.size();
  while (a < b && is_py_space(text[a])) ++a;
  while (b > a && is_py_space(text[b - 1])) --b;
  std::string clean;
  if (!clean_float_text(text.substr(a, b - a), clean))
    raisef(exc::ValueError, "could not convert string to float: %s", str_repr_utf8(original).c_str());
  return std::strtod(clean.c_str(), nullptr);
}

// ---- constructor ----------------------------------------------------------------------------------

static double float_arg(Value x) {
  double d;
  if (number_to_double_fast(x, d)) return d;
  if (is_str(x)) return float_from_string(str_view(x));
  std::string_view tn = type_name(x);
  TypeObject* t = type_of(x);
  if (t->nb_float || t->nb_index) return as_double(x);
  std::string_view data;
  if (bytes_like_view(x, data)) {
    size_t a = 0, b = data.size();
    while (a < b && is_py_space(data[a])) ++a;
    while (b > a && is_py_space(data[b - 1])) --b;
    double d;
    if (!parse_float_text(data.substr(a, b - a), d))
      raisef(exc::ValueError, "could not convert string to float: %s", repr_utf8(x).c_str());
    return d;
  }
  raisef(exc::TypeError, "float() argument must be a string or a real number, not '%s'", std::string(tn).c_str());
}

static Ref float_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwcount(kwnames)) raise(exc::TypeError, "float() takes no keyword arguments");
  if (nargs > 1) raisef(exc::TypeError, "float expected at most 1 argument, got %zu", nargs);
  if (type == &FloatType && nargs == 1 && is_exact_float(args[0])) return Ref(args[0]);
  double d = nargs ? float_arg(args[0]) : 0.0;
  if (type == &FloatType) return float_new(d);
  return float_subtype_new(type, d);
}

// ---- methods ------------------------------------------------------------------------------------

static Ref m_is_integer(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("float.is_integer", nargs, kw);
  double d = float_value(self);
  return Ref(bool_value(std::isfinite(d) && d == std::floor(d)));
}

static Ref m_conjugate(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("float.conjugate", nargs, kw);
  return slot_pos(self);
}

static Ref m_as_integer_ratio(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("float.as_integer_ratio", nargs, kw);
  double d = float_value(self);
  if (std::isinf(d)) raise(exc::OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) raise(exc::ValueError, "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  Mpz num, den;
  mpz_set_d(num, m);
  mpz_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, (unsigned long)e);
  else
    mpz_mul_2exp(den, den, (unsigned long)(-e));
  Ref n = int_from_mpz(num), dd = int_from_mpz(den);
  return tuple_from({n, dd});
}

static Ref m_trunc(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("float.__trunc__", nargs, kw);
  return int_from_double(float_value(self));
}
static Ref m_floor(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("float.__floor__", nargs, kw);
  return int_from_double(std::floor(float_value(self)));
}
static Ref m_ceil(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("float.__ceil__", nargs, kw);
  return int_from_double(std::ceil(float_value(self)));
}

// round(x, ndigits) correctly rounded (half to even on the exact binary value), as CPython does
// with dtoa: printf's "%.*f" is exact, and for negative ndigits the integer part decides.
double float_round_ndigits(double x, int64_t nd) {
  if (!std::isfinite(x) || x == 0.0) return x;
  if (nd > 323) return x;
  if (nd < -308) return std::copysign(0.0, x);
  if (nd >= 0) {
    std::string buf(size_t(nd) + 340, '\0');
    int n = std::snprintf(buf.data(), buf.size(), "%.*f", int(nd), x);
    buf.resize(size_t(n));
    double r = std::strtod(buf.c_str(), nullptr);
    if (std::isinf(r)) raise(exc::OverflowError, "rounded value too large to represent");
    return r;
  }
  double t = std::trunc(x);
  bool has_frac = t != x;
  Mpz n, p, q, r, twice;
  mpz_set_d(n, std::fabs(t));
  mpz_ui_pow_ui(p, 10, (unsigned long)(-nd));
  mpz_fdiv_qr(q, r, n, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && (has_frac || mpz_odd_p(q.get())))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  bool overflow;
  double res = mpz_to_double_rounded(q, &overflow);
  if (overflow) raise(exc::OverflowError, "rounded value too large to represent");
  return std::copysign(res, x);
}

static Ref m_round(Value self, const Value* args, size_t nargs, Value kw) {
  if (kwcount(kw)) raise(exc::TypeError, "__round__() takes no keyword arguments");
  if (nargs > 1) raisef(exc::TypeError, "__round__ expected at most 1 argument, got %zu", nargs);
  double x = float_value(self);
  if (nargs == 0 || is_none(args[0])) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
    return int_from_double(r);
  }
  int64_t nd = index_as_int64(args[0], nullptr);
  return float_new(float_round_ndigits(x, nd));
}

static Ref m_hex(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("float.hex", nargs, kw);
  double d = float_value(self);
  if (std::isnan(d)) return str_from_ascii("nan");
  if (std::isinf(d)) return str_from_ascii(d > 0 ? "inf" : "-inf");
  std::string sign = std::signbit(d) ? "-" : "";
  if (d == 0.0) return str_from_ascii(sign + "0x0.0p+0");
  uint64_t bits = std::bit_cast<uint64_t>(d);
  int biased = int((bits >> 52) & 0x7ff);
  uint64_t frac = bits & ((uint64_t(1) << 52) - 1);
  int lead = biased ? 1 : 0;
  int e = biased ? biased - 1023 : -1022;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", sign.c_str(), lead, (unsigned long long)frac, e);
  return str_from_ascii(buf);
}

static Ref m_fromhex(Value cls, const Value* args, size_t nargs, Value kw) {
  need_one_arg("float.fromhex", nargs, kw);
  if (!is_str(args[0])) raisef(exc::TypeError, "bad argument type for built-in operation");
  std::string_view s = str_view(args[0]);
  size_t i = 0, n = s.size();
  while (i < n && is_py_space(s[i])) ++i;
  while (n > i && is_py_space(s[n - 1])) --n;
  auto invalid = [] { raise(exc::ValueError, "invalid hexadecimal floating-point string"); };
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  std::string rest;
  for (size_t k = i; k < n; ++k) rest.push_back(char(std::tolower((unsigned char)s[k])));
  double result;
  if (rest == "inf" || rest == "infinity") {
    result = INFINITY;
  } else if (rest == "nan") {
    result = NAN;
  } else {
    if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
    Mpz m;
    long exp = 0;
    size_t ndig = 0;
    auto hexval = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      c = char(c | 0x20);
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    while (i < n && hexval(s[i]) >= 0) {
      mpz_mul_2exp(m, m, 4);
      mpz_add_ui(m, m, unsigned(hexval(s[i++])));
      ++ndig;
    }
    if (i < n && s[i] == '.') {
      ++i;
      while (i < n && hexval(s[i]) >= 0) {
        mpz_mul_2exp(m, m, 4);
        mpz_add_ui(m, m, unsigned(hexval(s[i++])));
        exp -= 4;
        ++ndig;
      }
    }
    if (ndig == 0) invalid();
    if (i < n && (s[i] | 0x20) == 'p') {
      ++i;
      bool eneg = false;
      if (i < n && (s[i] == '+' || s[i] == '-')) eneg = s[i++] == '-';
      if (i >= n || s[i] < '0' || s[i] > '9') invalid();
      long pe = 0;
      while (i < n && s[i] >= '0' && s[i] <= '9') {
        if (pe < 100000000) pe = pe * 10 + (s[i] - '0');
        ++i;
      }
      exp += eneg ? -pe : pe;
    }
    if (i != n) invalid();
    if (mpz_sgn(m.get()) == 0) {
      result = 0.0;
    } else {
      long bits = long(mpz_sizeinbase(m, 2));
      long top = bits + exp;  // value < 2**top
      if (top > 1024) raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
      // Keep 53 significant bits (fewer for subnormals), rounding half to even on the rest.
      long keep = 53;
      if (top - 53 < -1074) keep = top + 1074;
      if (keep < 0) {
        result = 0.0;
      } else {
        long drop = bits - keep;
        if (drop > 0) {
          Mpz q, r, half;
          mpz_fdiv_q_2exp(q, m, (unsigned long)drop);
          mpz_fdiv_r_2exp(r, m, (unsigned long)drop);
          mpz_set_ui(half, 1);
          mpz_mul_2exp(half, half, (unsigned long)(drop - 1));
          int c = mpz_cmp(r, half);
          if (c > 0 || (c == 0 && mpz_odd_p(q.get()))) mpz_add_ui(q, q, 1);
          mpz_set(m, q);
          exp += drop;
        }
        result = std::ldexp(mpz_get_d(m), int(exp));
        if (std::isinf(result)) raise(exc::OverflowError, "hexadecimal value too large to represent as a float");
      }
    }
  }
  if (neg) result = -result;
  if (cls == Value(static_cast<Object*>(&FloatType))) return float_new(result);
  return call(cls, {float_new(result)});
}

static Ref m_getnewargs(Value self, const Value* args, size_t nargs, Value kw) {
  return tuple_from({float_new(float_value(self))});
}

static Ref m_divmod(Value self, const Value* args, size_t nargs, Value kw) {
  need_args("__divmod__", nargs, kw, 1, 1);
  return float_divmod(self, args[0]);
}
static Ref m_rdivmod(Value self, const Value* args, size_t nargs, Value kw) {
  need_args("__rdivmod__", nargs, kw, 1, 1);
  return float_divmod(args[0], self);
}

static Ref m_format(Value self, const Value* args, size_t nargs, Value kw) {
  need_args("__format__", nargs, kw, 1, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "__format__() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  return str_new(format_float_spec(float_value(self), str_view(args[0]), self));
}

static Ref get_real(Value self) { return slot_pos(self); }
static Ref get_imag(Value self) { return float_new(0.0); }

static const MethodDef kFloatMethods[] = {
    {"is_integer", m_is_integer},
    {"conjugate", m_conjugate},
    {"as_integer_ratio", m_as_integer_ratio},
    {"hex", m_hex},
    {"fromhex", m_fromhex, kMethodClass},
    {"__trunc__", m_trunc},
    {"__floor__", m_floor},
    {"__ceil__", m_ceil},
    {"__round__", m_round},
    {"__getnewargs__", m_getnewargs},
    {"__format__", m_format},
    {"__divmod__", m_divmod},
    {"__rdivmod__", m_rdivmod},
    {nullptr, nullptr},
};

static const GetSetDef kFloatGetSets[] = {
    {"real", get_real},
    {"imag", get_imag},
    {nullptr, nullptr},
};

void init_float_type() {
  TypeObject* t = &FloatType;
  t->refcnt = kImmortalRefcnt;
  t->type = &TypeType;
  t->name = "float";
  t->flags = kTypeBaseType | kTypeImmutable;
  t->basicsize = sizeof(FloatObject);
  t->base = &ObjectType;
  t->dealloc = float_dealloc;
  t->new_ = float_new_slot;
  t->nb[int(BinOp::Add)] = slot_add;
  t->nb[int(BinOp::Sub)] = slot_sub;
  t->nb[int(BinOp::Mul)] = slot_mul;
  t->nb[int(BinOp::TrueDiv)] = slot_truediv;
  t->nb[int(BinOp::FloorDiv)] = slot_floordiv;
  t->nb[int(BinOp::Mod)] = slot_mod;
  t->nb[int(BinOp::Pow)] = slot_pow;
  t->nb_neg = slot_neg;
  t->nb_pos = slot_pos;
  t->nb_abs = slot_abs;
  t->nb_bool = slot_bool;
  t->nb_int = slot_int;
  t->nb_float = slot_float;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->repr = slot_repr;
  t->methods = kFloatMethods;
  t->getsets = kFloatGetSets;
  static_type_declare(t);
  init_complex_type();  // complex has no initializer of its own in runtime.h
}

static BuiltinType reg_float("float", &FloatType);

}  // namespace minipy
