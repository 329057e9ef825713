// The format mini-language for numbers: format(x, spec), f"{x:spec}", str.format.
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// Parsing is shared (the strings helper may use parse_format_spec and pad_to_width for str);
// the int, float and complex renderers produce exactly CPython 3.11's text and error messages.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

struct FormatSpec {
  std::string fill = " ";  // one code point, UTF-8
  char align = 0;          // '<' '>' '^' '=' or 0 (type default)
  char sign = 0;           // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alt = false;          // '#'
  bool zero_pad = false;     // '0' before the width
  int64_t width = -1;
  char grouping = 0;  // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;  // 0 when omitted
};

// Parse `spec` for an object of type `obj`'s type (named in error messages). ValueError as CPython.
FormatSpec parse_format_spec(std::string_view spec, Value obj);
// Pad `body` (length in code points `len`) to spec.width with fill/align; default_align applies
// when spec.align is 0.
std::string pad_to_width(const std::string& body, size_t len, const FormatSpec& spec, char default_align);

std::string format_int_spec(Value v, std::string_view spec);                  // int.__format__
std::string format_float_spec(double v, std::string_view spec, Value obj);    // float.__format__
std::string format_complex_spec(double re, double im, std::string_view spec, Value obj);  // complex.__format__

}  // namespace minipy
