#include "runtime/text_codec.h"

#include <cstdio>

#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/str_object.h"

namespace minipy {

const char* encoding_codec_name(TextEncoding enc) {
  switch (enc) {
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Latin1: return "latin-1";
    case TextEncoding::Ascii: return "ascii";
  }
  return "utf-8";
}

[[noreturn]] static void raise_decode_error(TextEncoding enc, std::string_view raw, size_t start, size_t end,
                                            const char* reason) {
  Ref args[5] = {str_new(encoding_codec_name(enc)), bytes_from_view(raw), int_from_i64(int64_t(start)),
                 int_from_i64(int64_t(end)), str_new(reason)};
  Value v[5] = {args[0], args[1], args[2], args[3], args[4]};
  throw_exception(new_exception_args(exc::UnicodeDecodeError, v, 5));
}

[[noreturn]] static void raise_encode_error(TextEncoding enc, std::string_view utf8, size_t char_index,
                                            const char* reason) {
  Ref args[5] = {str_new(encoding_codec_name(enc)), str_new(utf8), int_from_i64(int64_t(char_index)),
                 int_from_i64(int64_t(char_index + 1)), str_new(reason)};
  Value v[5] = {args[0], args[1], args[2], args[3], args[4]};
  throw_exception(new_exception_args(exc::UnicodeEncodeError, v, 5));
}

// Length of a valid UTF-8 sequence at s[i], or 0 with `bad_end` set to the end of the invalid
// part and `reason` explained (CPython's wording).
static size_t utf8_seq(std::string_view s, size_t i, size_t& bad_end, const char*& reason) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t n;
  uint32_t min;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; }
  else { bad_end = i + 1; reason = "invalid start byte"; return 0; }
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    if (i + k >= s.size()) { bad_end = s.size(); reason = "unexpected end of data"; return 0; }
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    bool ok = (d & 0xC0) == 0x80;
    if (ok && k == 1) {  // the ranges CPython checks on the second byte
      if (c == 0xE0 && d < 0xA0) ok = false;
      if (c == 0xED && d > 0x9F) ok = false;  // surrogates
      if (c == 0xF0 && d < 0x90) ok = false;
      if (c == 0xF4 && d > 0x8F) ok = false;
    }
    if (!ok) { bad_end = i + k; reason = "invalid continuation byte"; return 0; }
    cp = (cp << 6) | (d & 0x3F);
  }
  (void)min;
  return n;
}

static void append_replacement(std::string& out, const std::string& errors, std::string_view bad) {
  if (errors == "ignore") return;
  if (errors == "backslashreplace") {
    char buf[8];
    for (unsigned char b : bad) {
      std::snprintf(buf, sizeof buf, "\\x%02x", b);
      out += buf;
    }
    return;
  }
  out += "\xEF\xBF\xBD";  // U+FFFD ('replace', and 'surrogateescape' which str cannot represent)
}

std::string decode_text(std::string_view raw, TextEncoding enc, const std::string& errors, bool universal) {
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    unsigned char c = static_cast<unsigned char>(raw[i]);
    if (c == '\r' && universal) {
      out += '\n';
      i += (i + 1 < raw.size() && raw[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c < 0x80) {
      out += char(c);
      ++i;
      continue;
    }
    if (enc == TextEncoding::Latin1) {
      utf8_append(out, c);
      ++i;
      continue;
    }
    if (enc == TextEncoding::Ascii) {
      if (errors == "strict") raise_decode_error(enc, raw, i, i + 1, "ordinal not in range(128)");
      append_replacement(out, errors, raw.substr(i, 1));
      ++i;
      continue;
    }
    size_t bad_end = 0;
    const char* reason = nullptr;
    size_t n = utf8_seq(raw, i, bad_end, reason);
    if (n > 0) {
      out.append(raw.data() + i, n);
      i += n;
      continue;
    }
    if (errors == "strict") raise_decode_error(enc, raw, i, bad_end, reason);
    append_replacement(out, errors, raw.substr(i, bad_end - i));
    i = bad_end;
  }
  return out;
}

static uint32_t next_cp(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { ++i; return c; }
  size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

void encode_text_append(std::string& out, std::string_view utf8, TextEncoding enc, const std::string& errors,
                        NewlineMode nl) {
  bool translate = nl == NewlineMode::CR || nl == NewlineMode::CRLF;
  if (!translate && enc == TextEncoding::Utf8) {
    out.append(utf8);
    return;
  }
  uint32_t limit = enc == TextEncoding::Latin1 ? 256 : enc == TextEncoding::Ascii ? 128 : 0x110000;
  size_t i = 0, index = 0;
  while (i < utf8.size()) {
    size_t start = i;
    uint32_t cp = next_cp(utf8, i);
    if (cp == '\n' && translate) {
      out += nl == NewlineMode::CR ? "\r" : "\r\n";
    } else if (cp < limit) {
      if (enc == TextEncoding::Utf8) out.append(utf8.data() + start, i - start);
      else out += char(cp);
    } else if (errors == "strict" || errors == "surrogateescape") {
      raise_encode_error(enc, utf8, index, limit == 256 ? "ordinal not in range(256)" : "ordinal not in range(128)");
    } else if (errors == "replace") {
      out += '?';
    } else if (errors == "backslashreplace") {
      char buf[16];
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else if (errors == "xmlcharrefreplace") {
      out += "&#" + std::to_string(cp) + ";";
    }  // 'ignore': nothing
    ++index;
  }
}

}  // namespace minipy
