// complex: a pair of doubles with CPython's arithmetic (Smith's division, integer powers by
// repeated multiplication) and repr "(1+2j)".
#pragma once

#include "runtime/object.h"

namespace minipy {

extern TypeObject ComplexType;

struct ComplexObject : Object {
  double real;
  double imag;
};

Ref complex_new(double real, double imag);  // the compiler uses it for imaginary literals
bool is_complex(Value v);                    // complex or a subclass
// (a_re + a_im j) ** (b_re + b_im j) as a complex object; ZeroDivisionError/OverflowError as CPython.
Ref complex_pow_values(double a_re, double a_im, double b_re, double b_im);

}  // namespace minipy
