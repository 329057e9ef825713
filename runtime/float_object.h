// float: a boxed IEEE double.
#pragma once

#include <string>

#include "runtime/object.h"

namespace minipy {

extern TypeObject FloatType;

struct FloatObject : Object {
  double value;
};

Ref float_new(double d);
inline bool is_exact_float(Value v) { return v.is_object() && v.as_object()->type == &FloatType; }
bool is_float(Value v);  // float or subclass
inline double float_value(Value v) { return static_cast<FloatObject*>(v.as_object())->value; }
// float(v) for an int, float or object with __float__/__index__; TypeError otherwise.
double as_double(Value v);
// repr(float): shortest round-trip digits, CPython's layout ("1.0", "1e+16", "inf", "nan").
std::string float_repr(double d);

// ---- added by the numbers part ----

// Flags for format_double.
enum FormatDoubleFlags : int {
  kFormatAlt = 1,      // '#': always a decimal point; 'g' keeps trailing zeros
  kFormatSign = 2,     // '+': sign for non-negative numbers too
  kFormatSpace = 4,    // ' ': a space in front of non-negative numbers
  kFormatAddDot0 = 8,  // format(x, '.3')-style 'g': ".0" on integral results, exponent at exp >= precision
};
// The shared primitive for format specs, %-formatting and repr. type: 'e' 'E' 'f' 'F' 'g' 'G', or
// 'r' for repr (precision ignored). precision < 0 means the default (6). inf/nan as "inf"/"nan"
// ("INF"/"NAN" for upper-case types). The sign of -0.0 is kept.
std::string format_double(double v, char type, int precision, int flags);

// float ** float with CPython's rules (negative base with a fractional exponent gives a complex;
// ZeroDivisionError "0.0 cannot be raised to a negative power"; OverflowError on overflow).
Ref float_pow_values(double a, double b);
// The double of a value that is an int or a float (no conversion protocol); false otherwise.
bool number_to_double_fast(Value v, double& out);
// float(str) parsing: whitespace, underscores, inf/nan. ValueError "could not convert string to float: 'x'".
double float_from_string(std::string_view s);
// The same grammar without raising: false when `s` (already stripped) is not a float literal.
bool parse_float_text(std::string_view s, double& out);
// Exact comparison of an int with a double (-1, 0, 1); nan is the caller's business.
int int_double_compare(Value i, double d);

}  // namespace minipy
