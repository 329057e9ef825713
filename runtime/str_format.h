// The format-spec mini-language parser (shared by str, and available to int/float __format__),
// str.format's field machinery and %-formatting for str and bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

// [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
  uint32_t fill = ' ';
  char align = 0;      // '<' '>' '^' '=' or 0 when not given (see default_align)
  char sign = 0;       // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alt = false;    // '#'
  bool fill_given = false;
  int64_t width = -1;
  char grouping = 0;   // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;       // presentation type or 0
};

// Parse `spec` with CPython's rules and messages. `default_align` is '<' for strings and '>' for
// numbers (a leading '0' then means '=' alignment with fill '0'). `type_name` names the object's
// type in "Invalid format specifier ... for object of type 'str'".
void parse_format_spec(std::string_view spec, char default_align, std::string_view type_name, FormatSpec& out);
// Pad already-formatted text (UTF-8, `len` code points) to the spec's width with its fill/align.
std::string format_pad(std::string_view text, size_t len, const FormatSpec& spec, char default_align);
// format(s, spec) for a str.
Ref str_format_spec(Value s, std::string_view spec);

// %-formatting of bytes (b'%d' % 3).
Ref bytes_percent_format(Value fmt, Value args);

}  // namespace minipy
