// Unicode character classes and case mapping with CPython 3.11's answers (tables generated from
// its unicodedata, Unicode 14.0). ASCII is answered without a table lookup.
#pragma once

#include <cstdint>
#include <string>

namespace minipy {

bool uni_isalpha(uint32_t c);
bool uni_isdecimal(uint32_t c);
bool uni_isdigit(uint32_t c);
bool uni_isnumeric(uint32_t c);
bool uni_isalnum(uint32_t c);
bool uni_isprintable(uint32_t c);
bool uni_isspace(uint32_t c);
bool uni_islower(uint32_t c);
bool uni_isupper(uint32_t c);
bool uni_istitle(uint32_t c);
bool uni_iscased(uint32_t c);
bool uni_iscase_ignorable(uint32_t c);
bool uni_isxid_start(uint32_t c);
bool uni_isxid_continue(uint32_t c);
int uni_decimal_value(uint32_t c);  // 0..9, or -1 when c is not a decimal digit

// Full case mappings (may produce several code points) appended to `out`.
void uni_append_upper(std::u32string& out, uint32_t c);
void uni_append_lower(std::u32string& out, uint32_t c);
void uni_append_title(std::u32string& out, uint32_t c);
void uni_append_fold(std::u32string& out, uint32_t c);
// Simple (single code point) mappings.
uint32_t uni_simple_upper(uint32_t c);
uint32_t uni_simple_lower(uint32_t c);

}  // namespace minipy
