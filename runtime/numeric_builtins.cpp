// The numeric builtins: abs, divmod, pow, round, bin, oct, hex.
#include <cmath>

#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/error.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/numeric_util.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

Ref float_divmod(Value a, Value b);  // float_object.cpp

namespace {

Ref builtin_abs(Value, const Value* args, size_t nargs, Value kw) {
  need_one_arg("abs", nargs, kw);
  Value x = args[0];
  if (x.is_small_int()) return int_from_i64(x.small_int_value() < 0 ? -x.small_int_value() : x.small_int_value());
  if (is_exact_float(x)) return float_new(std::fabs(float_value(x)));
  return absolute(x);
}

// divmod has no slot of its own: int and float are handled here, anything else goes through
// __divmod__ / __rdivmod__ with the usual reflected-operand order.
Ref builtin_divmod(Value, const Value* args, size_t nargs, Value kw) {
  need_args("divmod", nargs, kw, 2, 2);
  Value a = args[0], b = args[1];
  if (is_int(a) && is_int(b)) return int_divmod(a, b);
  bool a_num = is_int(a) || is_float(a), b_num = is_int(b) || is_float(b);
  if (a_num && b_num) return float_divmod(a, b);
  static Value dm = name("__divmod__"), rdm = name("__rdivmod__");
  TypeObject *ta = type_of(a), *tb = type_of(b);
  bool b_first = ta != tb && is_subtype(tb, ta) && type_lookup(tb, rdm);
  if (b_first) {
    Ref r = call_method(b, rdm, {a});
    if (r.get() != NotImplemented()) return r;
  }
  if (type_lookup(ta, dm)) {
    Ref r = call_method(a, dm, {b});
    if (r.get() != NotImplemented()) return r;
  }
  if (!b_first && ta != tb && type_lookup(tb, rdm)) {
    Ref r = call_method(b, rdm, {a});
    if (r.get() != NotImplemented()) return r;
  }
  raisef(exc::TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", std::string(ta->type_name()).c_str(),
         std::string(tb->type_name()).c_str());
}

Ref builtin_pow(Value, const Value* args, size_t nargs, Value kw) {
  static const ArgSpec spec("pow", "base, exp, mod=None");
  Value a[3];
  spec.bind(args, nargs, kw, a);
  if (a[2].is_null() || is_none(a[2])) return binary_op(a[0], a[1], BinOp::Pow);
  if (is_int(a[0]) && is_int(a[1]) && is_int(a[2])) return int_pow_mod(a[0], a[1], a[2]);
  if ((is_int(a[0]) || is_float(a[0])) && (is_int(a[1]) || is_float(a[1])) && (is_int(a[2]) || is_float(a[2])))
    raise(exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  return power3(a[0], a[1], a[2]);
}

Ref builtin_round(Value, const Value* args, size_t nargs, Value kw) {
  static const ArgSpec spec("round", "number, ndigits=None");
  Value a[2];
  spec.bind(args, nargs, kw, a);
  Value x = a[0];
  bool no_digits = a[1].is_null() || is_none(a[1]);
  if (x.is_small_int() && no_digits) return Ref(x);
  static Value round_name = name("__round__");
  if (!type_lookup(type_of(x), round_name))
    raisef(exc::TypeError, "type %s doesn't define __round__ method", std::string(type_name(x)).c_str());
  if (no_digits) return call_method(x, round_name, {});
  return call_method(x, round_name, {a[1]});
}

Ref base_text(const char* fname, const Value* args, size_t nargs, Value kw, int base) {
  need_one_arg(fname, nargs, kw);
  Ref i = number_index(args[0]);
  return str_from_ascii(int_to_prefixed(i, base));
}
Ref builtin_bin(Value, const Value* args, size_t nargs, Value kw) { return base_text("bin", args, nargs, kw, 2); }
Ref builtin_oct(Value, const Value* args, size_t nargs, Value kw) { return base_text("oct", args, nargs, kw, 8); }
Ref builtin_hex(Value, const Value* args, size_t nargs, Value kw) { return base_text("hex", args, nargs, kw, 16); }

const MethodDef kNumericBuiltins[] = {
    {"abs", builtin_abs, kMethodPlain, "Return the absolute value of the argument."},
    {"divmod", builtin_divmod, kMethodPlain, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"pow", builtin_pow, kMethodPlain, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"round", builtin_round, kMethodPlain, "Round a number to a given precision in decimal digits."},
    {"bin", builtin_bin, kMethodPlain, "Return the binary representation of an integer."},
    {"oct", builtin_oct, kMethodPlain, "Return the octal representation of an integer."},
    {"hex", builtin_hex, kMethodPlain, "Return the hexadecimal representation of an integer."},
    {nullptr, nullptr},
};

BuiltinFunctions reg_numeric(kNumericBuiltins);

}  // namespace

}  // namespace minipy
