// \N{NAME} lookup for string literals (a common subset of the Unicode name table).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace minipy {

// Case-insensitive; returns false for names outside the table.
bool lookup_unicode_name(std::string_view name, uint32_t& cp);

}  // namespace minipy
