// Helpers shared by the files of the str implementation (str_object.cpp, str_methods*.cpp,
// str_format.cpp, codecs.cpp, bytes_object.cpp). Not part of the public contract.
#pragma once

#include <string>
#include <string_view>

#include "runtime/error.h"
#include "runtime/str_object.h"

namespace minipy {

inline StrObject* as_str(Value v) { return static_cast<StrObject*>(v.as_object()); }

// A str of `type` (StrType or a subclass) with room for `nbytes` bytes of text, filled by the
// caller through mutable_data(); `length` and `ascii` must describe the text that will be written.
Ref str_alloc(TypeObject* type, size_t nbytes, size_t length, bool ascii);
Ref empty_str();
// Byte offset of code point `index` (0 <= index <= length).
size_t str_byte_offset(Value s, size_t index);
// Code point at `index`.
uint32_t str_char_at(Value s, size_t index);
// All code points (for methods that need random access on non-ASCII text).
std::u32string str_to_u32(std::string_view utf8);
Ref str_from_u32(const std::u32string& cps);
// From a std::string known to be valid (UTF-8 with possible surrogates).
inline Ref str_from_string(const std::string& s) { return str_new(s); }
// Count code points in valid text.
inline size_t count_cps(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}
// Results beyond 4 GiB are refused with MemoryError up front: asking the allocator could succeed
// through overcommit and get the process killed later, where CPython would raise MemoryError.
inline void check_result_size(uint64_t n) {
  if (n > (uint64_t(1) << 32)) raise_memory_error();
}
// TypeError unless v is a str: "<what> must be str, not int" etc. Returns v's view.
std::string_view expect_str(Value v, const char* fmt);

}  // namespace minipy
