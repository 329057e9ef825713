// str's format spec (__format__), str.format's field machinery and %-formatting for str and bytes.
// (The numbers part owns format_spec.h; str keeps its own parser because str's defaults differ:
// '0' means fill '0' with '<' alignment, and '=' is an error.)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

// format(s, spec) for a str.
Ref str_format_spec(Value s, std::string_view spec);

// %-formatting of bytes (b'%d' % 3).
Ref bytes_percent_format(Value fmt, Value args);

}  // namespace minipy
