// utf-8 / ascii / latin-1 codecs. Text is stored as UTF-8 in which lone surrogates appear as their
// 3-byte encodings (ED A0..BF xx); the utf-8 encoder must reject those unless the handler allows.
#include "runtime/codecs.h"

#include <cstring>

#include "runtime/bytes_object.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/str_internal.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

enum class Enc { Utf8, Ascii, Latin1, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Unknown };
enum class Err { Strict, Replace, Ignore, BackslashReplace, SurrogateEscape, SurrogatePass, XmlCharRef, Unknown };

Enc parse_encoding(std::string_view e) {
  std::string n;
  for (char c : e) {
    char l = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    n += (l == '-' || l == ' ') ? '_' : l;
  }
  if (n == "utf_8" || n == "utf8" || n == "u8" || n == "utf" || n == "utf8_ucs2" || n == "utf8_ucs4" || n == "cp65001")
    return Enc::Utf8;
  if (n == "ascii" || n == "us_ascii" || n == "646" || n == "us") return Enc::Ascii;
  if (n == "utf_16" || n == "utf16" || n == "u16") return Enc::Utf16;
  if (n == "utf_16_le" || n == "utf_16le") return Enc::Utf16LE;
  if (n == "utf_16_be" || n == "utf_16be") return Enc::Utf16BE;
  if (n == "utf_32" || n == "utf32" || n == "u32") return Enc::Utf32;
  if (n == "utf_32_le" || n == "utf_32le") return Enc::Utf32LE;
  if (n == "utf_32_be" || n == "utf_32be") return Enc::Utf32BE;
  if (n == "latin_1" || n == "latin1" || n == "latin" || n == "iso_8859_1" || n == "iso8859_1" || n == "8859" ||
      n == "cp819" || n == "l1" || n == "iso_ir_100" || n == "csisolatin1")
    return Enc::Latin1;
  return Enc::Unknown;
}

const char* enc_name(Enc e) {
  switch (e) {
    case Enc::Utf8: return "utf-8";
    case Enc::Ascii: return "ascii";
    case Enc::Latin1: return "latin-1";
    case Enc::Utf16: return "utf-16";
    case Enc::Utf16LE: return "utf-16-le";
    case Enc::Utf16BE: return "utf-16-be";
    case Enc::Utf32: return "utf-32";
    case Enc::Utf32LE: return "utf-32-le";
    case Enc::Utf32BE: return "utf-32-be";
    default: return "";
  }
}

Enc need_encoding(std::string_view e) {
  Enc r = parse_encoding(e);
  if (r == Enc::Unknown) raisef(exc::LookupError, "unknown encoding: %s", std::string(e).c_str());
  return r;
}

Err parse_errors(std::string_view e) {
  if (e == "strict") return Err::Strict;
  if (e == "replace") return Err::Replace;
  if (e == "ignore") return Err::Ignore;
  if (e == "backslashreplace") return Err::BackslashReplace;
  if (e == "surrogateescape") return Err::SurrogateEscape;
  if (e == "surrogatepass") return Err::SurrogatePass;
  if (e == "xmlcharrefreplace") return Err::XmlCharRef;
  return Err::Unknown;
}

[[noreturn]] void unknown_handler(std::string_view e) {
  raisef(exc::LookupError, "unknown error handler name '%s'", std::string(e).c_str());
}

[[noreturn]] void raise_decode_error(Enc enc, std::string_view data, size_t start, size_t end, const char* reason) {
  Ref encname = str_from_ascii(enc_name(enc));
  Ref obj = bytes_new(data.data(), data.size());
  Ref s = int_from_i64(int64_t(start));
  Ref e = int_from_i64(int64_t(end));
  Ref why = str_from_ascii(reason);
  Value args[5] = {encname, obj, s, e, why};
  throw_exception(new_exception_args(exc::UnicodeDecodeError, args, 5));
}

[[noreturn]] void raise_encode_error(Enc enc, Value str, size_t start, size_t end, const char* reason) {
  Ref encname = str_from_ascii(enc_name(enc));
  Ref s = int_from_i64(int64_t(start));
  Ref e = int_from_i64(int64_t(end));
  Ref why = str_from_ascii(reason);
  Value args[5] = {encname, str, s, e, why};
  throw_exception(new_exception_args(exc::UnicodeEncodeError, args, 5));
}

const char kHex[] = "0123456789abcdef";

void append_hex_escape(std::string& out, uint32_t c) {
  if (c < 0x100) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  } else if (c < 0x10000) {
    out += "\\u";
    for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
  } else {
    out += "\\U";
    for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
  }
}

// Handle a bad byte range [start, end) while decoding.
void decode_bad(Enc enc, Err err, std::string_view errname, std::string_view data, size_t start, size_t end,
                const char* reason, std::string& out) {
  switch (err) {
    case Err::Strict: raise_decode_error(enc, data, start, end, reason);
    case Err::Ignore: return;
    case Err::Replace: utf8_append(out, 0xFFFD); return;
    case Err::BackslashReplace:
      for (size_t i = start; i < end; ++i) append_hex_escape(out, static_cast<unsigned char>(data[i]));
      return;
    case Err::SurrogateEscape:
      for (size_t i = start; i < end; ++i) {
        unsigned char b = data[i];
        if (b < 128) raise_decode_error(enc, data, start, end, reason);
        utf8_append(out, 0xDC00 + b);
      }
      return;
    case Err::SurrogatePass:
    case Err::XmlCharRef:
      raise_decode_error(enc, data, start, end, reason);  // not meaningful here: CPython also fails
    case Err::Unknown: unknown_handler(errname);
  }
}

Ref decode_utf8(std::string_view data, Err err, std::string_view errname) {
  // Fast path: valid UTF-8 without surrogates is copied as it is.
  size_t n = data.size();
  std::string out;
  bool copied_prefix = false;
  size_t i = 0;
  while (i < n) {
    unsigned char c = data[i];
    if (c < 0x80) {
      if (copied_prefix) out += char(c);
      ++i;
      continue;
    }
    size_t need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      need = 0;
    }
    size_t k = 0;  // valid continuation bytes seen
    const char* reason = nullptr;
    if (need == 0) {
      reason = "invalid start byte";
    } else {
      for (; k < need; ++k) {
        if (i + 1 + k >= n) {
          reason = "unexpected end of data";
          break;
        }
        unsigned char d = data[i + 1 + k];
        unsigned char l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xBF;
        if (d < l || d > h) {
          reason = "invalid continuation byte";
          break;
        }
      }
    }
    if (!reason) {
      if (copied_prefix) out.append(data.data() + i, need + 1);
      i += need + 1;
      continue;
    }
    if (!copied_prefix) {
      out.assign(data.data(), i);
      copied_prefix = true;
    }
    size_t end = i + 1 + k;
    if (reason[0] == 'u') end = n;  // unexpected end: the rest of the data
    if (need == 0) end = i + 1;
    // Surrogates encoded in UTF-8 are accepted by surrogatepass.
    if (err == Err::SurrogatePass && c == 0xED && i + 2 < n && (static_cast<unsigned char>(data[i + 1]) & 0xE0) == 0xA0 &&
        (static_cast<unsigned char>(data[i + 2]) & 0xC0) == 0x80) {
      out.append(data.data() + i, 3);
      i += 3;
      continue;
    }
    decode_bad(Enc::Utf8, err, errname, data, i, end, reason, out);
    i = end;
  }
  if (!copied_prefix) return str_new(data);
  return str_new(out);
}

Ref decode_single_byte(Enc enc, std::string_view data, Err err, std::string_view errname) {
  std::string out;
  out.reserve(data.size());
  for (size_t i = 0; i < data.size(); ++i) {
    unsigned char b = data[i];
    if (b < 0x80 || enc == Enc::Latin1) {
      utf8_append(out, b);
    } else {
      decode_bad(enc, err, errname, data, i, i + 1, "ordinal not in range(128)", out);
    }
  }
  return str_new(out);
}

bool is_utf16(Enc e) { return e == Enc::Utf16 || e == Enc::Utf16LE || e == Enc::Utf16BE; }
bool is_utf32(Enc e) { return e == Enc::Utf32 || e == Enc::Utf32LE || e == Enc::Utf32BE; }

uint32_t read_unit(std::string_view d, size_t i, int width, bool big) {
  uint32_t v = 0;
  for (int k = 0; k < width; ++k) {
    uint32_t b = static_cast<unsigned char>(d[i + size_t(k)]);
    v |= big ? b << (8 * (width - 1 - k)) : b << (8 * k);
  }
  return v;
}

// UTF-16 and UTF-32 (with BOM detection for the plain names; little-endian when absent).
Ref decode_wide(Enc enc, std::string_view data, Err err, std::string_view errname) {
  int width = is_utf16(enc) ? 2 : 4;
  bool big = enc == Enc::Utf16BE || enc == Enc::Utf32BE;
  size_t i = 0, n = data.size();
  if (enc == Enc::Utf16 && n >= 2) {
    if (data.substr(0, 2) == "\xff\xfe") i = 2;
    else if (data.substr(0, 2) == "\xfe\xff") i = 2, big = true;
  } else if (enc == Enc::Utf32 && n >= 4) {
    if (data.substr(0, 4) == std::string_view("\xff\xfe\0\0", 4)) i = 4;
    else if (data.substr(0, 4) == std::string_view("\0\0\xfe\xff", 4)) i = 4, big = true;
  }
  std::string out;
  while (i < n) {
    if (n - i < size_t(width)) {
      decode_bad(enc, err, errname, data, i, n, width == 2 ? "truncated data" : "truncated data", out);
      break;
    }
    uint32_t u = read_unit(data, i, width, big);
    if (width == 4) {
      if (u > 0x10FFFF) {
        decode_bad(enc, err, errname, data, i, i + 4, "code point not in range(0x110000)", out);
      } else if (u >= 0xD800 && u < 0xE000 && err != Err::SurrogatePass) {
        decode_bad(enc, err, errname, data, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", out);
      } else {
        utf8_append(out, u);
      }
      i += 4;
      continue;
    }
    if (u < 0xD800 || u >= 0xE000) {
      utf8_append(out, u);
      i += 2;
      continue;
    }
    if (err == Err::SurrogatePass && (u >= 0xDC00 || n - i < 4 || (read_unit(data, i + 2, 2, big) & 0xFC00) != 0xDC00)) {
      utf8_append(out, u);
      i += 2;
      continue;
    }
    if (u >= 0xDC00) {
      decode_bad(enc, err, errname, data, i, i + 2, "illegal encoding", out);
      i += 2;
      continue;
    }
    if (n - i < 4) {
      decode_bad(enc, err, errname, data, i, n, "unexpected end of data", out);
      break;
    }
    uint32_t lo = read_unit(data, i + 2, 2, big);
    if ((lo & 0xFC00) != 0xDC00) {
      decode_bad(enc, err, errname, data, i, i + 2, "illegal UTF-16 surrogate", out);
      i += 2;
      continue;
    }
    utf8_append(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
    i += 4;
  }
  return str_new(out);
}

void append_unit(std::string& out, uint32_t v, int width, bool big) {
  for (int k = 0; k < width; ++k) {
    int sh = big ? 8 * (width - 1 - k) : 8 * k;
    out += char((v >> sh) & 0xFF);
  }
}

}  // namespace

std::string_view codec_canonical_name(std::string_view encoding) { return enc_name(parse_encoding(encoding)); }

Ref codec_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  Enc enc = need_encoding(encoding);
  Err err = parse_errors(errors);
  if (enc == Enc::Utf8) return decode_utf8(data, err, errors);
  if (is_utf16(enc) || is_utf32(enc)) return decode_wide(enc, data, err, errors);
  return decode_single_byte(enc, data, err, errors);
}

std::string codec_encode_string(Value str, std::string_view encoding, std::string_view errors) {
  Enc enc = need_encoding(encoding);
  StrObject* s = as_str(str);
  std::string_view text = s->view();
  bool wide = is_utf16(enc) || is_utf32(enc);
  if (s->ascii && !wide) return std::string(text);
  Err err = parse_errors(errors);
  int width = is_utf16(enc) ? 2 : 4;
  bool big = enc == Enc::Utf16BE || enc == Enc::Utf32BE;
  std::string out;
  out.reserve(wide ? text.size() * size_t(width) + 4 : text.size());
  if (enc == Enc::Utf16) append_unit(out, 0xFEFF, 2, false);
  if (enc == Enc::Utf32) append_unit(out, 0xFEFF, 4, false);
  // Write one (encodable) code point in the target encoding.
  auto emit = [&](uint32_t c, std::string_view utf8) {
    if (enc == Enc::Utf8) out.append(utf8);
    else if (!wide) out += char(c);
    else if (width == 4) append_unit(out, c, 4, big);
    else if (c >= 0x10000) {
      append_unit(out, 0xD800 + ((c - 0x10000) >> 10), 2, big);
      append_unit(out, 0xDC00 + ((c - 0x10000) & 0x3FF), 2, big);
    } else append_unit(out, c, 2, big);
  };
  auto emit_ascii = [&](std::string_view a) {
    for (char ch : a) emit(static_cast<unsigned char>(ch), std::string_view(&ch, 1));
  };
  unsigned limit = (enc == Enc::Utf8 || wide) ? 0x110000 : enc == Enc::Latin1 ? 0x100 : 0x80;
  auto encodable = [&](uint32_t c) {
    return (enc == Enc::Utf8 || wide) ? !(c >= 0xD800 && c < 0xE000) : c < limit;
  };
  size_t i = 0, pos = 0;  // byte offset, code point index
  while (i < text.size()) {
    size_t at = i;
    uint32_t c = utf8_decode_at(text, i);
    if (encodable(c)) {
      emit(c, text.substr(at, i - at));
      ++pos;
      continue;
    }
    // A run of unencodable characters [pos, endpos).
    size_t j = i, endpos = pos + 1;
    while (!wide && j < text.size()) {  // UTF-16/32 report one character at a time, as CPython
      size_t save = j;
      if (encodable(utf8_decode_at(text, j))) {
        j = save;
        break;
      }
      ++endpos;
    }
    const char* reason = (enc == Enc::Utf8 || wide) ? "surrogates not allowed"
                         : enc == Enc::Latin1 ? "ordinal not in range(256)" : "ordinal not in range(128)";
    size_t k = at;
    for (size_t p = pos; p < endpos; ++p) {
      size_t kat = k;
      uint32_t d = utf8_decode_at(text, k);
      bool sur = d >= 0xD800 && d < 0xE000;
      switch (err) {
        case Err::Strict: raise_encode_error(enc, str, pos, endpos, reason);
        case Err::Ignore: break;
        case Err::Replace: emit_ascii("?"); break;
        case Err::BackslashReplace: {
          std::string esc;
          append_hex_escape(esc, d);
          emit_ascii(esc);
          break;
        }
        case Err::XmlCharRef:
          if (sur && (enc == Enc::Utf8 || wide)) raise_encode_error(enc, str, pos, endpos, reason);
          emit_ascii("&#" + std::to_string(d) + ";");
          break;
        case Err::SurrogateEscape:
          if (d >= 0xDC80 && d <= 0xDCFF && !wide) out += char(d - 0xDC00);
          else raise_encode_error(enc, str, p, p + 1, reason);
          break;
        case Err::SurrogatePass:
          if ((enc == Enc::Utf8 || wide) && sur) {
            if (enc == Enc::Utf8) out.append(text.substr(kat, k - kat));
            else append_unit(out, d, width, big);
          } else {
            raise_encode_error(enc, str, p, p + 1, reason);
          }
          break;
        case Err::Unknown: unknown_handler(errors);
      }
    }
    i = j;
    pos = endpos;
  }
  return out;
}

Ref codec_encode(Value str, std::string_view encoding, std::string_view errors) {
  std::string b = codec_encode_string(str, encoding, errors);
  return bytes_new(b.data(), b.size());
}

}  // namespace minipy
