// Text encoding for the io layer: bytes <-> our UTF-8 str data for UTF-8, Latin-1 and ASCII, with
// the 'strict', 'replace', 'ignore', 'backslashreplace' and 'surrogateescape' error handlers
// (surrogateescape degrades to 'replace': str cannot hold lone surrogates) and newline translation.
#pragma once

#include <string>
#include <string_view>

#include "runtime/file_object.h"

namespace minipy {

// Decode `raw`; with `universal`, "\r\n" and "\r" become "\n". Raises UnicodeDecodeError.
std::string decode_text(std::string_view raw, TextEncoding enc, const std::string& errors, bool universal);
// Encode UTF-8 text and append it to `out`; '\n' becomes "\r" / "\r\n" for those newline modes.
// Raises UnicodeEncodeError.
void encode_text_append(std::string& out, std::string_view utf8, TextEncoding enc, const std::string& errors,
                        NewlineMode nl);
const char* encoding_codec_name(TextEncoding enc);  // 'utf-8', 'latin-1', 'ascii'

}  // namespace minipy
