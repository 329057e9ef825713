// bytes (immutable, data inline after the header) and bytearray (mutable, a std::string buffer).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

extern TypeObject BytesType, ByteArrayType;

struct BytesObject : Object {
  int64_t hash;  // -1 until computed
  size_t size;
  uint32_t data_off;  // from `this`: sizeof(BytesObject), or after a heap subclass's __dict__ slot
  const char* data() const { return reinterpret_cast<const char*>(this) + data_off; }
  char* mutable_data() { return reinterpret_cast<char*>(this) + data_off; }
  std::string_view view() const { return {data(), size}; }
};

struct ByteArrayObject : Object {
  std::string buf;
  int64_t exports;  // reserved (buffer exports)
};

Ref bytes_new(const char* data, size_t n);  // bytes literals from the compiler use this
inline Ref bytes_from_view(std::string_view s) { return bytes_new(s.data(), s.size()); }
Ref bytearray_new(std::string_view s);
bool is_bytes(Value v);      // bytes or subclass
bool is_bytearray(Value v);  // bytearray or subclass
inline bool is_exact_bytes(Value v) { return v.is_object() && v.as_object()->type == &BytesType; }
inline std::string_view bytes_view(Value v) { return static_cast<BytesObject*>(v.as_object())->view(); }
inline std::string& bytearray_buffer(Value v) { return static_cast<ByteArrayObject*>(v.as_object())->buf; }
// The bytes of a bytes or bytearray (the "bytes-like objects" we support); false otherwise.
bool bytes_like_view(Value v, std::string_view& out);
// repr text: b'...' with CPython's escaping.
std::string bytes_repr_utf8(std::string_view data, bool bytearray = false);

}  // namespace minipy
