// str: immutable Unicode text stored as UTF-8, with its length in code points cached and an
// ASCII flag so that indexing ASCII text is O(1). Names are interned: equal interned strs are the
// same object, so dict lookups with interned keys compare pointers first.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

extern TypeObject StrType;

struct StrObject : Object {
  int64_t hash;        // -1 until computed
  size_t length;       // in code points
  size_t size;         // in bytes (UTF-8)
  bool ascii;
  bool interned;
  uint16_t data_off;   // where the text starts, from `this`: sizeof(StrObject) for exact str,
                       // after the __dict__ slot (type->basicsize) for heap subclass instances
  uint32_t spare;      // bytes of room after the text (see str_append_consume)
  // The text is stored inline after the object (NUL-terminated).
  const char* data() const { return reinterpret_cast<const char*>(this) + data_off; }
  char* mutable_data() { return reinterpret_cast<char*>(this) + data_off; }
  std::string_view view() const { return {data(), size}; }
};

Ref str_new(std::string_view utf8);                 // utf8 must be valid UTF-8
Ref str_from_ascii(std::string_view ascii);
Ref str_from_codepoint(uint32_t cp);
Ref str_concat(Value a, Value b);
// `s += t` without quadratic copying, for the VM: `left` must own the only reference to an exact
// str (the VM drops the variable's own reference first, as CPython's unicode_concatenate does, when
// BINARY_OP += is followed by a store to that same variable). Appends in place when there is spare
// room, else returns a copy with room to grow; falls back to str_concat when left is shared.
Ref str_append_consume(Ref left, Value right);
inline bool is_exact_str(Value v) { return v.is_object() && v.as_object()->type == &StrType; }
bool is_str(Value v);  // str or subclass
inline std::string_view str_view(Value v) { return static_cast<StrObject*>(v.as_object())->view(); }
inline size_t str_length(Value v) { return static_cast<StrObject*>(v.as_object())->length; }
int64_t str_hash(Value v);  // SipHash-1-3 with a zero key: CPython's hash under PYTHONHASHSEED=0
bool str_equal(Value a, Value b);  // both str

// Interning: one object per distinct text. `intern` returns a new reference to the canonical one.
Ref intern(std::string_view utf8);
Ref intern_str(Value s);
// A process-lifetime interned name for C++ code: static Value n = name("__init__");
Value name(const char* s);

// UTF-8 helpers shared by str, bytes decoding and the lexer.
bool utf8_valid(std::string_view s);
size_t utf8_length(std::string_view s);
void utf8_append(std::string& out, uint32_t cp);
// repr() of text with CPython's quote choice and escapes.
std::string str_repr_utf8(std::string_view s);

// ---- more of the str API (strings part) ----
Ref str_from_utf8_unchecked(std::string_view utf8, size_t length, bool ascii);
// Decode one code point at s[i] (advancing i); the text is known-valid (surrogates allowed).
uint32_t utf8_decode_at(std::string_view s, size_t& i);
// Builtins chr/ord/ascii are registered by str_object.cpp; ascii() text for C++ callers:
std::string ascii_escape_utf8(std::string_view repr_text);  // non-ASCII -> \x.. \u.... \U........
// str(obj) / str(bytes, encoding, errors): the constructor's work, for subclass-aware callers.
Ref str_new_from_object(TypeObject* type, Value obj);
// '%' formatting and str.format (str_format.cpp).
Ref str_percent_format(Value fmt, Value args);
Ref str_format_method(Value fmt, const Value* args, size_t nargs, Value kwnames);

}  // namespace minipy
