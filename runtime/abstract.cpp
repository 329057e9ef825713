// The generic object protocol (abstract.h): truth, repr/str, hashing, operators with CPython's
// dispatch rules, comparisons, and conversions. Attributes, calls and containers are in
// abstract_attr.cpp and abstract_container.cpp.
#include "runtime/abstract.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

static std::string tn(Value v) { return std::string(type_name(v)); }

// ---- truth, repr, str, hash ---------------------------------------------------------------------

bool is_true(Value v) {
  if (v == True()) return true;
  if (v == False() || v == None()) return false;
  if (v.is_small_int()) return v.small_int_value() != 0;
  TypeObject* t = type_of(v);
  if (t->nb_bool) return t->nb_bool(v);
  if (t->len) return t->len(v) != 0;
  return true;
}

Ref repr(Value v) {
  TypeObject* t = type_of(v);
  if (!t->repr) return object_repr(v);
  check_c_stack();
  Ref r = t->repr(v);
  if (!is_str(r)) raisef(exc::TypeError, "__repr__ returned non-string (type %s)", tn(r).c_str());
  return r;
}

Ref str_of(Value v) {
  if (is_exact_str(v)) return Ref(v);
  TypeObject* t = type_of(v);
  UnarySlot f = t->str ? t->str : t->repr;
  if (!f) return object_repr(v);
  check_c_stack();
  Ref r = f(v);
  if (!is_str(r)) raisef(exc::TypeError, "__str__ returned non-string (type %s)", tn(r).c_str());
  return r;
}

Ref ascii_of(Value v) {
  Ref r = repr(v);
  std::string_view s = str_view(r);
  bool ascii = true;
  for (unsigned char c : s)
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return r;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    if (c < 0x80) {
      out += char(c);
      ++i;
      continue;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t cp = c & (0x3F >> (len - 1));
    for (int k = 1; k < len && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    i += len;
    char buf[16];
    if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
  return str_new(out);
}

std::string repr_utf8(Value v) {
  Ref r = repr(v);
  return std::string(str_view(r));
}

std::string str_utf8(Value v) {
  Ref r = str_of(v);
  return std::string(str_view(r));
}

int64_t hash_of(Value v) {
  if (v.is_small_int()) return hash_int(v);
  TypeObject* t = type_of(v);
  if (t == &StrType) return str_hash(v);
  if (!t->hash) hash_not_implemented(v);
  return t->hash(v);
}

Ref format_value(Value v, Value spec) {
  static Value n = name("__format__");
  Ref empty;
  if (!spec || is_none(spec)) {
    empty = str_from_ascii("");
    spec = empty;
  }
  if (is_exact_str(v) && str_length(spec) == 0) return Ref(v);
  Ref r = call_special(v, n, &spec, 1);
  if (!r) raisef(exc::TypeError, "Type %s doesn't define __format__", tn(v).c_str());
  if (!is_str(r)) raisef(exc::TypeError, "__format__ must return a str, not %s", tn(r).c_str());
  return r;
}

// ---- binary operators ---------------------------------------------------------------------------

static const char* const kOpSymbols[kBinOpCount] = {"+", "&", "//", "<<", "@", "*", "%",
                                                    "|", "**", ">>", "-", "/", "^"};
static const char* const kInplaceSymbols[kBinOpCount] = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=",
                                                         "|=", "**=", ">>=", "-=", "/=", "^="};

// CPython's binary_op1: the left operand's slot, then the right's; a right operand whose type is a
// proper subclass of the left's goes first.
static Ref binary_op1(Value a, Value b, int op) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  BinarySlot slotv = ta->nb[op];
  BinarySlot slotw = nullptr;
  if (tb != ta) {
    slotw = tb->nb[op];
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(tb, ta)) {
      Ref x = slotw(a, b);
      if (x.get() != NotImplemented()) return x;
      slotw = nullptr;
    }
    Ref x = slotv(a, b);
    if (x.get() != NotImplemented()) return x;
  }
  if (slotw) {
    Ref x = slotw(a, b);
    if (x.get() != NotImplemented()) return x;
  }
  return Ref(NotImplemented());
}

[[noreturn]] static void binop_type_error(Value a, Value b, const char* sym, bool pow_form) {
  if (pow_form)
    raisef(exc::TypeError, "unsupported operand type(s) for %s or pow(): '%s' and '%s'", sym, tn(a).c_str(),
           tn(b).c_str());
  raisef(exc::TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, tn(a).c_str(), tn(b).c_str());
}

Ref binary_op(Value a, Value b, BinOp op) {
  int o = int(op);
  if (o >= kInplace) return inplace_op(a, b, BinOp(o - kInplace));
  Ref r = binary_op1(a, b, o);
  if (r.get() != NotImplemented()) return r;
  if (op == BinOp::RShift && a.is_object() && type_of(a) == &NativeFunctionType) {
    Ref n = getattr_opt(a, name("__name__"));
    if (n && is_str(n) && str_view(n) == "print")
      raisef(exc::TypeError,
             "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, "
             "file=<output_stream>)\"?",
             tn(a).c_str(), tn(b).c_str());
  }
  binop_type_error(a, b, kOpSymbols[o], op == BinOp::Pow);
}

Ref inplace_op(Value a, Value b, BinOp op) {
  int o = int(op);
  if (BinarySlot s = type_of(a)->nb_inplace[o]) {
    Ref x = s(a, b);
    if (x.get() != NotImplemented()) return x;
  }
  Ref r = binary_op1(a, b, o);
  if (r.get() != NotImplemented()) return r;
  binop_type_error(a, b, kInplaceSymbols[o], op == BinOp::Pow);
}

Ref power3(Value base, Value exp, Value mod) {
  if (!mod || is_none(mod)) return binary_op(base, exp, BinOp::Pow);
  // Three-argument pow goes to __pow__(exp, mod) of the base's type when it accepts it (a
  // MethodDef named __pow__ in the type's methods table, or a Python-level __pow__).
  static Value n = name("__pow__");
  Value descr = type_lookup(type_of(base), n);
  if (descr && type_of(descr) != &WrapperDescriptorType) {
    Value args[2] = {exp, mod};
    Ref r = call_special(base, n, args, 2);
    if (r && r.get() != NotImplemented()) return r;
  }
  raisef(exc::TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tn(base).c_str(),
         tn(exp).c_str(), tn(mod).c_str());
}

static Ref unary(Value v, UnarySlot TypeObject::*slot, const char* what) {
  UnarySlot f = type_of(v)->*slot;
  if (!f) raisef(exc::TypeError, "bad operand type for %s: '%s'", what, tn(v).c_str());
  return f(v);
}
Ref negative(Value v) { return unary(v, &TypeObject::nb_neg, "unary -"); }
Ref positive(Value v) { return unary(v, &TypeObject::nb_pos, "unary +"); }
Ref invert(Value v) { return unary(v, &TypeObject::nb_invert, "unary ~"); }
Ref absolute(Value v) { return unary(v, &TypeObject::nb_abs, "abs()"); }

// ---- numeric conversions ------------------------------------------------------------------------

Ref number_index(Value v) {
  if (v.is_small_int()) return Ref(v);
  TypeObject* t = type_of(v);
  if (t == &IntType) return Ref(v);
  if (!t->nb_index)
    raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", tn(v).c_str());
  Ref r = t->nb_index(v);
  if (!is_int(r)) raisef(exc::TypeError, "__index__ returned non-int (type %s)", tn(r).c_str());
  return r;
}

int64_t index_as_int64(Value v, TypeObject* overflow_exc) {
  if (v.is_small_int()) return v.small_int_value();
  Ref i = number_index(v);
  if (auto x = int_as_i64(i)) return *x;
  if (!overflow_exc) return int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
  raisef(overflow_exc, "cannot fit '%s' into an index-sized integer", tn(v).c_str());
}

int64_t as_ssize(Value v) { return index_as_int64(v, exc::IndexError); }

static Ref parse_float_text(std::string_view text, Value orig) {
  std::string s;
  size_t b = 0, e = text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
  std::string_view t = text.substr(b, e - b);
  bool ok = !t.empty();
  for (size_t i = 0; i < t.size() && ok; ++i) {
    char c = t[i];
    if (c == '_') {
      // Underscores only between digits.
      ok = i > 0 && i + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[i - 1])) &&
           std::isdigit(static_cast<unsigned char>(t[i + 1]));
      continue;
    }
    s += c;
  }
  if (ok) {
    std::string low;
    for (char c : s) low += char(std::tolower(static_cast<unsigned char>(c)));
    std::string_view body = low;
    bool neg = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
      neg = body[0] == '-';
      body.remove_prefix(1);
    }
    if (body == "inf" || body == "infinity") return float_new(neg ? -HUGE_VAL : HUGE_VAL);
    if (body == "nan") return float_new(neg ? -NAN : NAN);
    bool digits_ok = !body.empty();
    for (char c : body)
      if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == 'e' || c == '+' || c == '-'))
        digits_ok = false;
    if (digits_ok) {
      char* end = nullptr;
      double d = std::strtod(s.c_str(), &end);
      if (end && *end == '\0') return float_new(d);
    }
  }
  raisef(exc::ValueError, "could not convert string to float: %s", repr_utf8(orig).c_str());
}

Ref number_int(Value v) {
  if (v.is_small_int() || type_of(v) == &IntType) return Ref(v);
  TypeObject* t = type_of(v);
  if (t->nb_int) {
    Ref r = t->nb_int(v);
    if (!is_int(r)) raisef(exc::TypeError, "__int__ returned non-int (type %s)", tn(r).c_str());
    return r;
  }
  if (t->nb_index) return number_index(v);
  static Value trunc = name("__trunc__");
  if (type_lookup(t, trunc)) {
    Ref r = call_special(v, trunc, nullptr, 0);
    if (!is_int(r)) return number_index(r);
    return r;
  }
  if (is_str(v)) return int_from_string(str_view(v), 10);
  raisef(exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
         tn(v).c_str());
}

Ref number_float(Value v) {
  if (is_exact_float(v)) return Ref(v);
  if (v.is_small_int()) return float_new(double(v.small_int_value()));
  TypeObject* t = type_of(v);
  if (t->nb_float) {
    Ref r = t->nb_float(v);
    if (!is_float(r))
      raisef(exc::TypeError, "%s.__float__ returned non-float (type %s)", tn(v).c_str(), tn(r).c_str());
    return is_exact_float(r) ? r : float_new(float_value(r));
  }
  if (t->nb_index) {
    Ref i = number_index(v);
    return float_new(int_as_double(i));
  }
  if (is_float(v)) return float_new(float_value(v));
  if (is_str(v)) return parse_float_text(str_view(v), v);
  raisef(exc::TypeError, "float() argument must be a string or a real number, not '%s'", tn(v).c_str());
}

// ---- comparison ---------------------------------------------------------------------------------

static CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

Ref rich_compare(Value a, Value b, CmpOp op) {
  static const char* const kSyms[] = {"<", "<=", "==", "!=", ">", ">="};
  check_c_stack();
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->richcompare && is_subtype(tb, ta)) {
    checked_reverse = true;
    Ref r = tb->richcompare(b, a, swapped(op));
    if (r.get() != NotImplemented()) return r;
  }
  if (ta->richcompare) {
    Ref r = ta->richcompare(a, b, op);
    if (r.get() != NotImplemented()) return r;
  }
  if (!checked_reverse && tb->richcompare) {
    Ref r = tb->richcompare(b, a, swapped(op));
    if (r.get() != NotImplemented()) return r;
  }
  if (op == CmpOp::Eq) return Ref(bool_value(a == b));
  if (op == CmpOp::Ne) return Ref(bool_value(a != b));
  raisef(exc::TypeError, "'%s' not supported between instances of '%s' and '%s'", kSyms[int(op)], tn(a).c_str(),
         tn(b).c_str());
}

bool rich_compare_bool(Value a, Value b, CmpOp op) {
  if (a == b) {
    if (op == CmpOp::Eq) return true;
    if (op == CmpOp::Ne) return false;
  }
  Ref r = rich_compare(a, b, op);
  if (r.get() == True()) return true;
  if (r.get() == False()) return false;
  return is_true(r);
}

bool equals(Value a, Value b) {
  if (a == b) return true;
  if (a.is_small_int() && b.is_small_int()) return false;
  return rich_compare_bool(a, b, CmpOp::Eq);
}

// ---- types --------------------------------------------------------------------------------------

bool is_subtype(TypeObject* a, TypeObject* b) {
  if (a == b) return true;
  Value mro = a->mro;
  if (mro) {
    size_t n = tuple_size(mro);
    Value target = type_value(b);
    for (size_t i = 0; i < n; ++i)
      if (tuple_item(mro, i) == target) return true;
    return false;
  }
  for (TypeObject* t = a->base; t; t = t->base)
    if (t == b) return true;
  return b == &ObjectType;
}

bool isinstance(Value v, TypeObject* t) {
  TypeObject* vt = type_of(v);
  return vt == t || is_subtype(vt, t);
}

static bool is_union(Value v) { return v.is_object() && type_name(v) == "types.UnionType"; }

static Ref union_args(Value u) {
  static Value n = name("__args__");
  return getattr(u, n);
}

static bool check_class(Value cls) {
  if (is_type(cls)) return true;
  static Value bases = name("__bases__");
  Ref b = getattr_opt(cls, bases);
  return b && is_tuple(b);
}

bool isinstance_generic(Value v, Value cls) {
  if (is_type(cls)) {
    TypeObject* t = as_type(cls);
    if (type_of(v) == t) return true;
    if (type_of(cls) == &TypeType) return isinstance(v, t);
  }
  if (is_union(cls)) {
    Ref args = union_args(cls);
    return isinstance_generic(v, args);
  }
  if (is_tuple(cls)) {
    check_c_stack();
    Ref keep(cls);
    size_t n = tuple_size(cls);
    for (size_t i = 0; i < n; ++i)
      if (isinstance_generic(v, tuple_item(cls, i))) return true;
    return false;
  }
  static Value ic = name("__instancecheck__");
  if (Ref checker = lookup_special(cls, ic)) {
    check_c_stack();
    return is_true(call(checker, {v}));
  }
  if (!check_class(cls))
    raise(exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return is_type(cls) && isinstance(v, as_type(cls));
}

bool issubclass_generic(Value derived, Value cls) {
  if (is_type(cls) && is_type(derived) && type_of(cls) == &TypeType)
    return is_subtype(as_type(derived), as_type(cls));
  if (is_union(cls)) {
    Ref args = union_args(cls);
    return issubclass_generic(derived, args);
  }
  if (is_tuple(cls)) {
    check_c_stack();
    Ref keep(cls);
    size_t n = tuple_size(cls);
    for (size_t i = 0; i < n; ++i)
      if (issubclass_generic(derived, tuple_item(cls, i))) return true;
    return false;
  }
  static Value sc = name("__subclasscheck__");
  if (Ref checker = lookup_special(cls, sc)) {
    check_c_stack();
    return is_true(call(checker, {derived}));
  }
  if (!check_class(derived)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  if (!check_class(cls))
    raise(exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return is_type(derived) && is_type(cls) && is_subtype(as_type(derived), as_type(cls));
}

}  // namespace minipy
