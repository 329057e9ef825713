// The math module: libm functions with CPython's domain/range error rules, exact integer
// functions on GMP (factorial, isqrt, gcd, lcm, comb, perm) and Shewchuk's exact fsum.
#include <gmp.h>

#include <cerrno>
#include <cmath>
#include <limits>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/bigint.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/numeric_util.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

[[noreturn]] void domain_error() { raise(exc::ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(exc::OverflowError, "math range error"); }

// CPython's math_1: a NaN from a non-NaN input is a domain error; an infinity from a finite input
// is a range error when the function can overflow, a domain error (a pole) otherwise.
Ref math_1(const char* fname, const Value* args, size_t nargs, Value kw, double (*f)(double), bool can_overflow) {
  need_one_arg(fname, nargs, kw);
  double x = as_double(args[0]);
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) domain_error();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) range_error();
    domain_error();
  }
  return float_new(r);
}

#define MATH_FUNC_1(pyname, cfunc, overflow)                                           \
  Ref m_##pyname(Value, const Value* args, size_t nargs, Value kw) {                  \
    return math_1("math." #pyname, args, nargs, kw, [](double x) { return cfunc(x); }, overflow); \
  }

MATH_FUNC_1(acos, std::acos, false)
MATH_FUNC_1(acosh, std::acosh, false)
MATH_FUNC_1(asin, std::asin, false)
MATH_FUNC_1(asinh, std::asinh, false)
MATH_FUNC_1(atan, std::atan, false)
MATH_FUNC_1(atanh, std::atanh, false)
MATH_FUNC_1(cos, std::cos, false)
MATH_FUNC_1(cosh, std::cosh, true)
MATH_FUNC_1(sin, std::sin, false)
MATH_FUNC_1(sinh, std::sinh, true)
MATH_FUNC_1(tan, std::tan, false)
MATH_FUNC_1(tanh, std::tanh, false)
MATH_FUNC_1(exp, std::exp, true)
MATH_FUNC_1(exp2, std::exp2, true)
MATH_FUNC_1(expm1, std::expm1, true)
MATH_FUNC_1(fabs, std::fabs, false)
MATH_FUNC_1(sqrt, std::sqrt, false)
MATH_FUNC_1(cbrt, std::cbrt, false)
MATH_FUNC_1(erf, std::erf, false)
MATH_FUNC_1(erfc, std::erfc, false)
MATH_FUNC_1(log1p, std::log1p, false)
#undef MATH_FUNC_1

// gamma and lgamma use the Lanczos approximation (N=13, g=6.0246800407767296) with the same
// coefficients and evaluation order as CPython, so results agree to the last bit.
constexpr int kLanczosN = 13;
constexpr double kLanczosG = 6.024680040776729583740234375;
constexpr double kLanczosGMinusHalf = 5.524680040776729583740234375;
constexpr double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,  1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,  31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,  186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,  210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
constexpr double kLanczosDen[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                           45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                           1925.0,    66.0,       1.0};
constexpr double kGammaIntegral[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};
constexpr double kLogPi = 1.144729885849400174143427351353058711647;

double lanczos_sum(double x) {
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = kLanczosN; --i >= 0;) {
      num = num * x + kLanczosNum[i];
      den = den * x + kLanczosDen[i];
    }
  } else {
    for (int i = 0; i < kLanczosN; i++) {
      num = num / x + kLanczosNum[i];
      den = den / x + kLanczosDen[i];
    }
  }
  return num / den;
}

// sin(pi * x), exact at the integers and half-integers.
double sinpi(double x) {
  double y = std::fmod(std::fabs(x), 2.0);
  int n = int(std::round(2.0 * y));
  double r = 0.0;
  switch (n) {
    case 0: r = std::sin(M_PI * y); break;
    case 1: r = std::cos(M_PI * (y - 0.5)); break;
    case 2: r = std::sin(M_PI * (1.0 - y)); break;
    case 3: r = -std::cos(M_PI * (y - 1.5)); break;
    case 4: r = std::sin(M_PI * (y - 2.0)); break;
  }
  return std::copysign(1.0, x) * r;
}

Ref m_gamma(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.gamma", nargs, kw);
  double x = as_double(args[0]);
  if (!std::isfinite(x)) {
    if (std::isnan(x) || x > 0.0) return float_new(x);
    domain_error();
  }
  if (x == 0.0) domain_error();
  if (x == std::floor(x)) {
    if (x < 0.0) domain_error();
    if (x <= 23) return float_new(kGammaIntegral[int(x) - 1]);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) {
    double r = 1.0 / x;
    if (std::isinf(r)) range_error();
    return float_new(r);
  }
  if (absx > 200.0) {
    if (x < 0.0) return float_new(0.0 / sinpi(x));
    range_error();
  }
  double y = absx + kLanczosGMinusHalf;
  double z;
  if (absx > kLanczosGMinusHalf) {
    double q = y - absx;
    z = q - kLanczosGMinusHalf;
  } else {
    double q = y - kLanczosGMinusHalf;
    z = q - absx;
  }
  z = z * kLanczosG / y;
  double r;
  if (x < 0.0) {
    r = -M_PI / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
    r -= z * r;
    if (absx < 140.0) {
      r /= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczos_sum(absx) / std::exp(y);
    r += z * r;
    if (absx < 140.0) {
      r *= std::pow(y, absx - 0.5);
    } else {
      double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (std::isinf(r)) range_error();
  return float_new(r);
}

Ref m_lgamma(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.lgamma", nargs, kw);
  double x = as_double(args[0]);
  if (!std::isfinite(x)) return float_new(std::isnan(x) ? x : INFINITY);
  if (x == std::floor(x) && x <= 2.0) {
    if (x <= 0.0) domain_error();
    return float_new(0.0);
  }
  double absx = std::fabs(x);
  if (absx < 1e-20) return float_new(-std::log(absx));
  double r = std::log(lanczos_sum(absx)) - kLanczosG;
  r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
  if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
  if (std::isinf(r)) range_error();
  return float_new(r);
}

// Logarithms accept ints of any size: log(n) = log(mantissa) + exponent * log(2).
double log_helper(Value v, double (*f)(double)) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) domain_error();
    if (v.is_small_int()) return f(double(v.small_int_value()));
    mpz_srcptr z = bigint_mpz(v);
    bool overflow;
    double d = mpz_to_double_rounded(z, &overflow);
    if (!overflow) return f(d);
    long e;
    double m = mpz_get_d_2exp(&e, z);  // z = m * 2**e, 0.5 <= m < 1
    return f(m) + f(2.0) * double(e);
  }
  double x = as_double(v);
  if (std::isnan(x)) return x;
  if (x <= 0) domain_error();
  if (std::isinf(x)) return x;
  return f(x);
}

double ln(double x) { return std::log(x); }
double lg2(double x) { return std::log2(x); }
double lg10(double x) { return std::log10(x); }

Ref m_log(Value, const Value* args, size_t nargs, Value kw) {
  if (kwcount(kw)) raise(exc::TypeError, "math.log() takes no keyword arguments");
  if (nargs < 1 || nargs > 2) raise(exc::TypeError, "math.log requires 1 to 2 arguments");
  double num = log_helper(args[0], ln);
  if (nargs == 1) return float_new(num);
  double den = log_helper(args[1], ln);
  if (den == 0.0) raise(exc::ZeroDivisionError, "float division by zero");
  return float_new(num / den);
}
Ref m_log2(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.log2", nargs, kw);
  return float_new(log_helper(args[0], lg2));
}
Ref m_log10(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.log10", nargs, kw);
  return float_new(log_helper(args[0], lg10));
}

Ref m_pow(Value, const Value* args, size_t nargs, Value kw) {
  need_args("pow", nargs, kw, 2, 2);
  double x = as_double(args[0]), y = as_double(args[1]);
  double r;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x))
      r = y == 0.0 ? 1.0 : x;
    else if (std::isnan(y))
      r = x == 1.0 ? 1.0 : y;
    else
      r = std::pow(x, y);  // C99 Annex F handles the infinities as CPython wants
    return float_new(r);
  }
  if (x == 0.0 && y < 0) domain_error();
  r = std::pow(x, y);
  if (std::isnan(r)) domain_error();
  if (std::isinf(r)) range_error();
  return float_new(r);
}

Ref m_atan2(Value, const Value* args, size_t nargs, Value kw) {
  need_args("atan2", nargs, kw, 2, 2);
  return float_new(std::atan2(as_double(args[0]), as_double(args[1])));
}

Ref m_copysign(Value, const Value* args, size_t nargs, Value kw) {
  need_args("copysign", nargs, kw, 2, 2);
  return float_new(std::copysign(as_double(args[0]), as_double(args[1])));
}

Ref m_fmod(Value, const Value* args, size_t nargs, Value kw) {
  need_args("fmod", nargs, kw, 2, 2);
  double x = as_double(args[0]), y = as_double(args[1]);
  if (std::isinf(y) && std::isfinite(x)) return float_new(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
  return float_new(r);
}

Ref m_remainder(Value, const Value* args, size_t nargs, Value kw) {
  need_args("remainder", nargs, kw, 2, 2);
  double x = as_double(args[0]), y = as_double(args[1]);
  if (std::isnan(x)) return float_new(x);
  if (std::isnan(y)) return float_new(y);
  if (std::isinf(x) || y == 0.0) domain_error();
  if (std::isinf(y)) return float_new(x);
  return float_new(std::remainder(x, y));
}

Ref m_modf(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.modf", nargs, kw);
  double x = as_double(args[0]);
  if (std::isinf(x)) return tuple_from({float_new(std::copysign(0.0, x)), float_new(x)});
  double ip;
  double fp = std::modf(x, &ip);
  return tuple_from({float_new(fp), float_new(ip)});
}

Ref m_frexp(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.frexp", nargs, kw);
  double x = as_double(args[0]);
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0.0) ? x : std::frexp(x, &e);
  return tuple_from({float_new(m), int_from_i64(e)});
}

Ref m_ldexp(Value, const Value* args, size_t nargs, Value kw) {
  need_args("ldexp", nargs, kw, 2, 2);
  double x = as_double(args[0]);
  if (!is_int(args[1])) raise(exc::TypeError, "Expected an int as second argument to ldexp.");
  auto e64 = int_as_i64(args[1]);
  long e = e64 ? long(std::max<int64_t>(std::min<int64_t>(*e64, 100000), -100000))
               : (int_sign(args[1]) > 0 ? 100000 : -100000);
  if (x == 0.0 || !std::isfinite(x)) return float_new(x);
  double r = std::ldexp(x, int(e));
  if (std::isinf(r)) range_error();
  return float_new(r);
}

Ref m_degrees(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.degrees", nargs, kw);
  return float_new(as_double(args[0]) * (180.0 / M_PI));
}
Ref m_radians(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.radians", nargs, kw);
  return float_new(as_double(args[0]) * (M_PI / 180.0));
}

Ref m_isfinite(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.isfinite", nargs, kw);
  return Ref(bool_value(std::isfinite(as_double(args[0]))));
}
Ref m_isinf(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.isinf", nargs, kw);
  return Ref(bool_value(std::isinf(as_double(args[0]))));
}
Ref m_isnan(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.isnan", nargs, kw);
  return Ref(bool_value(std::isnan(as_double(args[0]))));
}

Ref m_isclose(Value, const Value* args, size_t nargs, Value kw) {
  static const ArgSpec spec("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0");
  Value a[4];
  spec.bind(args, nargs, kw, a);
  double x = as_double(a[0]), y = as_double(a[1]);
  double rel = a[2].is_null() ? 1e-09 : as_double(a[2]);
  double abs_tol = a[3].is_null() ? 0.0 : as_double(a[3]);
  if (rel < 0.0 || abs_tol < 0.0) raise(exc::ValueError, "tolerances must be non-negative");
  if (x == y) return Ref(True());
  if (std::isinf(x) || std::isinf(y)) return Ref(False());
  double diff = std::fabs(y - x);
  bool close = (diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || (diff <= abs_tol);
  return Ref(bool_value(close));
}

Ref m_nextafter(Value, const Value* args, size_t nargs, Value kw) {
  need_args("nextafter", nargs, kw, 2, 2);
  return float_new(std::nextafter(as_double(args[0]), as_double(args[1])));
}

Ref m_ulp(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.ulp", nargs, kw);
  double x = as_double(args[0]);
  if (std::isnan(x)) return float_new(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_new(x);
  double x2 = std::nextafter(x, INFINITY);
  if (std::isinf(x2)) {
    x2 = std::nextafter(x, -INFINITY);
    return float_new(x - x2);
  }
  return float_new(x2 - x);
}

// floor/ceil/trunc: exact for floats and ints, else the __floor__/__ceil__/__trunc__ protocol.
Ref rounding(const char* fname, const char* dunder, Value x, double (*f)(double)) {
  if (is_exact_float(x)) return int_from_double(f(float_value(x)));
  if (is_exact_int(x)) return Ref(x);
  Value n = name(dunder);
  if (type_lookup(type_of(x), n)) return call_method(x, n, {});
  return int_from_double(f(as_double(x)));
}
double dfloor(double x) { return std::floor(x); }
double dceil(double x) { return std::ceil(x); }
Ref m_floor(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.floor", nargs, kw);
  return rounding("floor", "__floor__", args[0], dfloor);
}
Ref m_ceil(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.ceil", nargs, kw);
  return rounding("ceil", "__ceil__", args[0], dceil);
}
Ref m_trunc(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.trunc", nargs, kw);
  Value x = args[0];
  if (is_exact_float(x)) return int_from_double(std::trunc(float_value(x)));
  if (is_exact_int(x)) return Ref(x);
  static Value n = name("__trunc__");
  if (!type_lookup(type_of(x), n))
    raisef(exc::TypeError, "type %s doesn't define __trunc__ method", std::string(type_name(x)).c_str());
  return call_method(x, n, {});
}

// ---- integer functions --------------------------------------------------------------------------

Ref m_factorial(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.factorial", nargs, kw);
  Ref n = number_index(args[0]);
  if (int_sign(n) < 0) raise(exc::ValueError, "factorial() not defined for negative values");
  auto v = int_as_i64(n);
  if (!v) raise(exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
  if (*v > 100000000) raise_memory_error();
  Mpz r;
  mpz_fac_ui(r, (unsigned long)*v);
  return int_from_mpz(r);
}

Ref m_isqrt(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.isqrt", nargs, kw);
  Ref n = number_index(args[0]);
  if (int_sign(n) < 0) raise(exc::ValueError, "isqrt() argument must be nonnegative");
  MpzArg z(n);
  Mpz r;
  mpz_sqrt(r, z.get());
  return int_from_mpz(r);
}

Ref m_gcd(Value, const Value* args, size_t nargs, Value kw) {
  if (kwcount(kw)) raise(exc::TypeError, "gcd() takes no keyword arguments");
  Mpz r;
  for (size_t i = 0; i < nargs; ++i) {
    Ref n = number_index(args[i]);
    MpzArg z(n);
    mpz_gcd(r, r, z.get());
  }
  return int_from_mpz(r);
}

Ref m_lcm(Value, const Value* args, size_t nargs, Value kw) {
  if (kwcount(kw)) raise(exc::TypeError, "lcm() takes no keyword arguments");
  Mpz r;
  mpz_set_ui(r, 1);
  for (size_t i = 0; i < nargs; ++i) {
    Ref n = number_index(args[i]);
    MpzArg z(n);
    mpz_lcm(r, r, z.get());
  }
  return int_from_mpz(r);
}

void nonneg(Value v, const char* which) {
  if (int_sign(v) < 0) raisef(exc::ValueError, "%s must be a non-negative integer", which);
}

Ref m_comb(Value, const Value* args, size_t nargs, Value kw) {
  need_args("comb", nargs, kw, 2, 2);
  Ref n = number_index(args[0]), k = number_index(args[1]);
  nonneg(n, "n");
  nonneg(k, "k");
  if (int_compare(k, n) > 0) return Ref::steal(Value::small_int(0));
  auto kk = int_as_i64(k);
  if (!kk) raise(exc::OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  MpzArg nz(n);
  Mpz r;
  mpz_bin_ui(r, nz.get(), (unsigned long)*kk);
  return int_from_mpz(r);
}

Ref m_perm(Value, const Value* args, size_t nargs, Value kw) {
  need_args("perm", nargs, kw, 1, 2);
  Ref n = number_index(args[0]);
  nonneg(n, "n");
  if (nargs == 1 || is_none(args[1])) {
    auto nv = int_as_i64(n);
    if (!nv) raise(exc::OverflowError, "n must not exceed 9223372036854775807");
    Mpz r;
    mpz_fac_ui(r, (unsigned long)*nv);
    return int_from_mpz(r);
  }
  Ref k = number_index(args[1]);
  nonneg(k, "k");
  if (int_compare(k, n) > 0) return Ref::steal(Value::small_int(0));
  auto kk = int_as_i64(k);
  if (!kk) raise(exc::OverflowError, "k must not exceed 9223372036854775807");
  MpzArg nz(n);
  Mpz r, f;
  mpz_set_ui(r, 1);
  mpz_set(f, nz.get());
  for (int64_t i = 0; i < *kk; ++i) {
    mpz_mul(r, r, f);
    mpz_sub_ui(f, f, 1);
  }
  return int_from_mpz(r);
}

// ---- sequences ----------------------------------------------------------------------------------

Ref m_prod(Value, const Value* args, size_t nargs, Value kw) {
  static const ArgSpec spec("prod", "iterable, /, *, start=1");
  if (nargs != 1 && kwcount(kw) == 0)
    raisef(exc::TypeError, "prod() takes exactly 1 positional argument (%zu given)", nargs);
  Value a[2];
  spec.bind(args, nargs, kw, a);
  Ref result = a[1].is_null() ? Ref::steal(Value::small_int(1)) : Ref(a[1]);
  Ref it = get_iter(a[0]);
  while (Ref item = iter_next(it)) {
    if (both_small(result, item))
      result = int_mul(result, item);
    else
      result = binary_op(result, item, BinOp::Mul);
  }
  return result;
}

Ref m_fsum(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("math.fsum", nargs, kw);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  Ref it = get_iter(args[0]);
  while (Ref item = iter_next(it)) {
    double x = as_double(item);
    double xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) raise(exc::OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise(exc::ValueError, "-inf + inf in fsum");
    return float_new(special_sum);
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    hi = p[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_new(hi);
}

// sqrt of a sum of squares, scaled by the largest magnitude and accumulated in long double.
double vector_norm(const std::vector<double>& v) {
  double max = 0.0;
  bool found_nan = false;
  for (double x : v) {
    double a = std::fabs(x);
    if (std::isnan(a)) found_nan = true;
    if (a > max) max = a;
  }
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || v.size() <= 1) return max;
  if (v.size() == 2) return std::hypot(v[0], v[1]);
  long double sum = 0.0L;
  for (double x : v) {
    long double s = (long double)x / max;
    sum += s * s;
  }
  return double(std::sqrt(sum) * max);
}

Ref m_hypot(Value, const Value* args, size_t nargs, Value kw) {
  if (kwcount(kw)) raise(exc::TypeError, "hypot() takes no keyword arguments");
  std::vector<double> v(nargs);
  for (size_t i = 0; i < nargs; ++i) v[i] = as_double(args[i]);
  return float_new(vector_norm(v));
}

Ref m_dist(Value, const Value* args, size_t nargs, Value kw) {
  need_args("dist", nargs, kw, 2, 2);
  if (!is_tuple(args[0]) && !is_exact_tuple(args[0]) && type_name(args[0]) != "list")
    raise(exc::TypeError, "dist(): argument 1 must be tuple or list");
  Ref p = tuple_from_iterable(args[0]), q = tuple_from_iterable(args[1]);
  if (tuple_size(p) != tuple_size(q)) raise(exc::ValueError, "both points must have the same number of dimensions");
  std::vector<double> v(tuple_size(p));
  for (size_t i = 0; i < v.size(); ++i) v[i] = as_double(tuple_item(p, i)) - as_double(tuple_item(q, i));
  return float_new(vector_norm(v));
}

const MethodDef kMathFunctions[] = {
    {"acos", m_acos}, {"acosh", m_acosh}, {"asin", m_asin}, {"asinh", m_asinh}, {"atan", m_atan},
    {"atan2", m_atan2}, {"atanh", m_atanh}, {"cbrt", m_cbrt}, {"ceil", m_ceil}, {"comb", m_comb},
    {"copysign", m_copysign}, {"cos", m_cos}, {"cosh", m_cosh}, {"degrees", m_degrees}, {"dist", m_dist},
    {"erf", m_erf}, {"erfc", m_erfc}, {"exp", m_exp}, {"exp2", m_exp2}, {"expm1", m_expm1},
    {"fabs", m_fabs}, {"factorial", m_factorial}, {"floor", m_floor}, {"fmod", m_fmod}, {"frexp", m_frexp},
    {"fsum", m_fsum}, {"gamma", m_gamma}, {"gcd", m_gcd}, {"hypot", m_hypot}, {"isclose", m_isclose},
    {"isfinite", m_isfinite}, {"isinf", m_isinf}, {"isnan", m_isnan}, {"isqrt", m_isqrt}, {"lcm", m_lcm},
    {"ldexp", m_ldexp}, {"lgamma", m_lgamma}, {"log", m_log}, {"log10", m_log10}, {"log1p", m_log1p},
    {"log2", m_log2}, {"modf", m_modf}, {"nextafter", m_nextafter}, {"perm", m_perm}, {"pow", m_pow},
    {"prod", m_prod}, {"radians", m_radians}, {"remainder", m_remainder}, {"sin", m_sin}, {"sinh", m_sinh},
    {"sqrt", m_sqrt}, {"tan", m_tan}, {"tanh", m_tanh}, {"trunc", m_trunc}, {"ulp", m_ulp},
    {nullptr, nullptr},
};

Ref make_math_module() {
  Ref mod = module_new("math");
  module_add_functions(mod, kMathFunctions);
  Value d = module_dict(mod);
  dict_set_str(d, "pi", float_new(M_PI));
  dict_set_str(d, "e", float_new(M_E));
  dict_set_str(d, "tau", float_new(2 * M_PI));
  dict_set_str(d, "inf", float_new(INFINITY));
  dict_set_str(d, "nan", float_new(NAN));
  return mod;
}

BuiltinModule reg_math("math", &make_math_module);

}  // namespace

}  // namespace minipy
