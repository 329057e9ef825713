// Text codecs: utf-8, ascii, latin-1, utf-16 and utf-32 (BOM/-le/-be), with the error handlers strict, replace, ignore,
// backslashreplace, surrogateescape, surrogatepass (utf-8) and xmlcharrefreplace (encode).
// Errors are CPython's: UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
// LookupError('unknown encoding: foo').
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

// bytes -> str
Ref codec_decode(std::string_view data, std::string_view encoding, std::string_view errors);
// str -> bytes
Ref codec_encode(Value str, std::string_view encoding, std::string_view errors);
// The same, returning the raw encoded bytes.
std::string codec_encode_string(Value str, std::string_view encoding, std::string_view errors);
// Canonical codec name ("utf-8", "ascii", "latin-1") or empty when unknown.
std::string_view codec_canonical_name(std::string_view encoding);

}  // namespace minipy
