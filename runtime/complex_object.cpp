// complex: arithmetic, comparisons (== and != only), hashing, repr, the complex() constructor
// and string parsing, following CPython 3.11.
#include "runtime/complex_object.h"

#include <cerrno>
#include <cmath>
#include <string>

#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/format_spec.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/numeric_util.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject ComplexType;

namespace {

struct C {
  double re, im;
};

C cval(Value v) {
  auto* o = static_cast<ComplexObject*>(v.as_object());
  return {o->real, o->imag};
}

Ref make(C c) { return complex_new(c.re, c.im); }

// An int, float or complex operand; false for anything else (NotImplemented).
bool operand(Value v, C& out) {
  if (is_complex(v)) {
    out = cval(v);
    return true;
  }
  double d;
  if (number_to_double_fast(v, d)) {
    out = {d, 0.0};
    return true;
  }
  return false;
}

C prod(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

C quot(C a, C b, bool& zero) {
  zero = false;
  double abs_br = std::fabs(b.re), abs_bi = std::fabs(b.im);
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) {
      zero = true;
      return {0, 0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_bi >= abs_br) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};
}

C powu(C x, long n) {
  C r{1.0, 0.0};
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = prod(r, x);
    mask <<= 1;
    x = prod(x, x);
  }
  return r;
}

C cpow(C a, C b, bool& domain) {
  domain = false;
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) domain = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

Ref pow_c(C a, C b) {
  C r;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    long n = long(b.re);
    if (n >= 0) {
      r = powu(a, n);
    } else {
      bool zero;
      r = quot({1.0, 0.0}, powu(a, -n), zero);
      if (zero) raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
    }
  } else {
    bool domain;
    r = cpow(a, b, domain);
    if (domain) raise(exc::ZeroDivisionError, "0.0 to a negative or complex power");
  }
  if (std::isinf(r.re) || std::isinf(r.im)) {
    if (std::isfinite(a.re) && std::isfinite(a.im) && std::isfinite(b.re) && std::isfinite(b.im))
      raise(exc::OverflowError, "complex exponentiation");
  }
  return make(r);
}

#define COMPLEX_OPERANDS \
  C x, y;                \
  if (!operand(a, x) || !operand(b, y)) return Ref(NotImplemented());

Ref slot_add(Value a, Value b) { COMPLEX_OPERANDS return make({x.re + y.re, x.im + y.im}); }
Ref slot_sub(Value a, Value b) { COMPLEX_OPERANDS return make({x.re - y.re, x.im - y.im}); }
Ref slot_mul(Value a, Value b) { COMPLEX_OPERANDS return make(prod(x, y)); }
Ref slot_truediv(Value a, Value b) {
  COMPLEX_OPERANDS
  bool zero;
  C r = quot(x, y, zero);
  if (zero) raise(exc::ZeroDivisionError, "complex division by zero");
  return make(r);
}
Ref slot_pow(Value a, Value b) { COMPLEX_OPERANDS return pow_c(x, y); }
#undef COMPLEX_OPERANDS

Ref slot_neg(Value a) {
  C c = cval(a);
  return make({-c.re, -c.im});
}
Ref slot_pos(Value a) {
  if (a.as_object()->type == &ComplexType) return Ref(a);
  return make(cval(a));
}
Ref slot_abs(Value a) {
  C c = cval(a);
  if (std::isinf(c.re) || std::isinf(c.im)) return float_new(INFINITY);
  if (std::isnan(c.re) || std::isnan(c.im)) return float_new(NAN);
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r)) raise(exc::OverflowError, "absolute value too large");
  return float_new(r);
}
bool slot_bool(Value a) {
  C c = cval(a);
  return c.re != 0.0 || c.im != 0.0;
}

int64_t slot_hash(Value a) {
  C c = cval(a);
  uint64_t hr = uint64_t(hash_double(c.re)), hi = uint64_t(hash_double(c.im));
  int64_t h = int64_t(hr + 1000003u * hi);
  return h == -1 ? -2 : h;
}

Ref slot_richcompare(Value a, Value b, CmpOp op) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return Ref(NotImplemented());
  if (!is_complex(a)) return Ref(NotImplemented());
  C x = cval(a);
  bool eq;
  if (is_int(b)) {
    // Exact: an int equals a complex only when the imaginary part is 0 and the real part matches.
    eq = x.im == 0.0 && !std::isnan(x.re) && int_double_compare(b, x.re) == 0;
  } else if (is_float(b)) {
    eq = x.re == float_value(b) && x.im == 0.0;
  } else if (is_complex(b)) {
    C y = cval(b);
    eq = x.re == y.re && x.im == y.im;
  } else {
    return Ref(NotImplemented());
  }
  return Ref(bool_value(op == CmpOp::Eq ? eq : !eq));
}

std::string part_repr(double d) {
  std::string s = format_double(d, 'r', 0, 0);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

Ref slot_repr(Value a) {
  C c = cval(a);
  std::string out;
  if (c.re == 0.0 && !std::signbit(c.re)) {
    out = part_repr(c.im) + "j";
  } else {
    std::string im = part_repr(c.im);
    if (im[0] != '-') im = "+" + im;
    out = "(" + part_repr(c.re) + im + "j)";
  }
  return str_from_ascii(out);
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// complex("1+2j") and friends; false when malformed.
bool parse_complex_text(std::string_view s, C& out) {
  size_t a = 0, b = s.size();
  while (a < b && is_space(s[a])) ++a;
  while (b > a && is_space(s[b - 1])) --b;
  if (b - a >= 2 && s[a] == '(' && s[b - 1] == ')') {
    ++a;
    --b;
    while (a < b && is_space(s[a])) ++a;
    while (b > a && is_space(s[b - 1])) --b;
  }
  std::string_view t = s.substr(a, b - a);
  size_t i = 0, n = t.size();
  // Scan one signed float token starting at i; returns its end.
  auto scan = [&](size_t p) {
    if (p < n && (t[p] == '+' || t[p] == '-')) ++p;
    size_t start = p;
    while (p < n) {
      char c = t[p];
      if ((c >= '0' && c <= '9') || c == '.' || c == '_') {
        ++p;
      } else if ((c == 'e' || c == 'E') && p > start) {
        ++p;
        if (p < n && (t[p] == '+' || t[p] == '-')) ++p;
      } else if (std::isalpha((unsigned char)c) && c != 'j' && c != 'J') {
        ++p;  // inf / nan / infinity
      } else {
        break;
      }
    }
    return p;
  };
  auto number = [&](size_t from, size_t to, double& v) -> bool {
    std::string_view tok = t.substr(from, to - from);
    if (tok == "+" || tok == "-" || tok.empty()) {
      v = tok == "-" ? -1.0 : 1.0;
      return true;  // "j", "+j", "-j"
    }
    return parse_float_text(tok, v);
  };
  if (n == 0) return false;
  size_t e1 = scan(i);
  if (e1 == n) {
    double v;
    if (e1 == i || !parse_float_text(t.substr(i, e1), v)) return false;
    out = {v, 0.0};
    return true;
  }
  if (t[e1] == 'j' || t[e1] == 'J') {
    if (e1 + 1 != n) return false;
    double v;
    if (!number(i, e1, v)) return false;
    out = {0.0, v};
    return true;
  }
  if (t[e1] != '+' && t[e1] != '-') return false;
  double re;
  if (e1 == i || !parse_float_text(t.substr(i, e1 - i), re)) return false;
  size_t e2 = scan(e1);
  if (e2 + 1 != n || (t[e2] != 'j' && t[e2] != 'J')) return false;
  double im;
  if (!number(e1, e2, im)) return false;
  out = {re, im};
  return true;
}

// A constructor argument as a complex: complex, __complex__, or a real number.
bool complex_arg(Value v, C& out) {
  if (is_complex(v)) {
    out = cval(v);
    return true;
  }
  static Value dunder = name("__complex__");
  if (type_lookup(type_of(v), dunder)) {
    Ref r = call_method(v, dunder, {});
    if (!is_complex(r))
      raisef(exc::TypeError, "__complex__ returned non-complex (type %s)", std::string(type_name(r)).c_str());
    out = cval(r);
    return true;
  }
  double d;
  if (number_to_double_fast(v, d)) {
    out = {d, 0.0};
    return true;
  }
  TypeObject* t = type_of(v);
  if (t->nb_float || t->nb_index) {
    out = {as_double(v), 0.0};
    return true;
  }
  return false;
}

Ref complex_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("complex", "real=0, imag=0");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  C r{0.0, 0.0};
  bool r_is_complex = false;
  if (!a[0].is_null()) {
    if (is_str(a[0])) {
      if (!a[1].is_null()) raise(exc::TypeError, "complex() can't take second arg if first is a string");
      if (!parse_complex_text(str_view(a[0]), r)) raise(exc::ValueError, "complex() arg is a malformed string");
    } else {
      if (type == &ComplexType && a[1].is_null() && a[0].is_object() && a[0].as_object()->type == &ComplexType)
        return Ref(a[0]);
      r_is_complex = is_complex(a[0]) || type_lookup(type_of(a[0]), name("__complex__"));
      if (!complex_arg(a[0], r))
        raisef(exc::TypeError, "complex() first argument must be a string or a number, not '%s'",
               std::string(type_name(a[0])).c_str());
    }
  }
  if (!a[1].is_null()) {
    if (is_str(a[1])) raise(exc::TypeError, "complex() second arg can't be a string");
    C i;
    if (!complex_arg(a[1], i))
      raisef(exc::TypeError, "complex() second argument must be a number, not '%s'",
             std::string(type_name(a[1])).c_str());
    // As CPython: only a complex argument contributes its imaginary part (keeps -0.0 signs).
    double re = is_complex(a[1]) ? r.re - i.im : r.re;
    double im = r_is_complex ? r.im + i.re : i.re;
    r = {re, im};
  }
  Ref o = new_object<ComplexObject>(type);
  o.as<ComplexObject>()->real = r.re;
  o.as<ComplexObject>()->imag = r.im;
  return o;
}

Ref m_conjugate(Value self, const Value* args, size_t nargs, Value kw) {
  need_no_args("complex.conjugate", nargs, kw);
  C c = cval(self);
  return make({c.re, -c.im});
}
Ref m_complex(Value self, const Value* args, size_t nargs, Value kw) { return slot_pos(self); }
Ref m_getnewargs(Value self, const Value* args, size_t nargs, Value kw) {
  C c = cval(self);
  return tuple_from({float_new(c.re), float_new(c.im)});
}
Ref m_format(Value self, const Value* args, size_t nargs, Value kw) {
  need_args("__format__", nargs, kw, 1, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "__format__() argument must be str, not %s", std::string(type_name(args[0])).c_str());
  C c = cval(self);
  return str_new(format_complex_spec(c.re, c.im, str_view(args[0]), self));
}

Ref get_real(Value self) { return float_new(cval(self).re); }
Ref get_imag(Value self) { return float_new(cval(self).im); }

const MethodDef kComplexMethods[] = {
    {"conjugate", m_conjugate},
    {"__complex__", m_complex},
    {"__getnewargs__", m_getnewargs},
    {"__format__", m_format},
    {nullptr, nullptr},
};
const GetSetDef kComplexGetSets[] = {
    {"real", get_real},
    {"imag", get_imag},
    {nullptr, nullptr},
};

}  // namespace

Ref complex_new(double real, double imag) {
  Ref o = new_object<ComplexObject>(&ComplexType);
  o.as<ComplexObject>()->real = real;
  o.as<ComplexObject>()->imag = imag;
  return o;
}

bool is_complex(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = v.as_object()->type;
  return t == &ComplexType || is_subtype(t, &ComplexType);
}

Ref complex_pow_values(double a_re, double a_im, double b_re, double b_im) {
  return pow_c({a_re, a_im}, {b_re, b_im});
}

void init_complex_type() {
  TypeObject* t = &ComplexType;
  t->refcnt = kImmortalRefcnt;
  t->type = &TypeType;
  t->name = "complex";
  t->flags = kTypeBaseType | kTypeImmutable;
  t->basicsize = sizeof(ComplexObject);
  t->base = &ObjectType;
  t->dealloc = dealloc_as<ComplexObject>;
  t->new_ = complex_new_slot;
  t->nb[int(BinOp::Add)] = slot_add;
  t->nb[int(BinOp::Sub)] = slot_sub;
  t->nb[int(BinOp::Mul)] = slot_mul;
  t->nb[int(BinOp::TrueDiv)] = slot_truediv;
  t->nb[int(BinOp::Pow)] = slot_pow;
  t->nb_neg = slot_neg;
  t->nb_pos = slot_pos;
  t->nb_abs = slot_abs;
  t->nb_bool = slot_bool;
  t->hash = slot_hash;
  t->richcompare = slot_richcompare;
  t->repr = slot_repr;
  t->methods = kComplexMethods;
  t->getsets = kComplexGetSets;
  static_type_declare(t);
}

static BuiltinType reg_complex("complex", &ComplexType);

}  // namespace minipy
