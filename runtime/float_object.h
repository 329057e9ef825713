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

}  // namespace minipy
