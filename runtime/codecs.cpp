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

enum class Enc { Utf8, Ascii, Latin1, Unknown };
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

}  // namespace

std::string_view codec_canonical_name(std::string_view encoding) { return enc_name(parse_encoding(encoding)); }

Ref codec_decode(std::string_view data, std::string_view encoding, std::string_view errors) {
  Enc enc = need_encoding(encoding);
  Err err = parse_errors(errors);
  if (enc == Enc::Utf8) return decode_utf8(data, err, errors);
  return decode_single_byte(enc, data, err, errors);
}

std::string codec_encode_string(Value str, std::string_view encoding, std::string_view errors) {
  Enc enc = need_encoding(encoding);
  StrObject* s = as_str(str);
  std::string_view text = s->view();
  if (s->ascii) return std::string(text);
  Err err = parse_errors(errors);
  unsigned limit = enc == Enc::Utf8 ? 0x110000 : enc == Enc::Latin1 ? 0x100 : 0x80;
  std::string out;
  out.reserve(text.size());
  size_t i = 0, pos = 0;  // byte offset, code point index
  while (i < text.size()) {
    size_t at = i;
    uint32_t c = utf8_decode_at(text, i);
    bool surrogate = c >= 0xD800 && c < 0xE000;
    bool ok = enc == Enc::Utf8 ? !surrogate : c < limit;
    if (ok) {
      if (enc == Enc::Utf8) out.append(text.data() + at, i - at);
      else out += char(c);
      ++pos;
      continue;
    }
    // A run of unencodable characters [pos, endpos).
    size_t j = i, endpos = pos + 1;
    while (j < text.size()) {
      size_t save = j;
      uint32_t d = utf8_decode_at(text, j);
      bool dsur = d >= 0xD800 && d < 0xE000;
      bool dok = enc == Enc::Utf8 ? !dsur : d < limit;
      if (dok) {
        j = save;
        break;
      }
      ++endpos;
    }
    const char* reason = enc == Enc::Utf8 ? "surrogates not allowed"
                         : enc == Enc::Latin1 ? "ordinal not in range(256)" : "ordinal not in range(128)";
    // Re-walk the run applying the handler character by character.
    size_t k = at;
    for (size_t p = pos; p < endpos; ++p) {
      uint32_t d = utf8_decode_at(text, k);
      switch (err) {
        case Err::Strict: raise_encode_error(enc, str, pos, endpos, reason);
        case Err::Ignore: break;
        case Err::Replace: out += '?'; break;
        case Err::BackslashReplace: append_hex_escape(out, d); break;
        case Err::XmlCharRef:
          if (d >= 0xD800 && d < 0xE000 && enc == Enc::Utf8) raise_encode_error(enc, str, pos, endpos, reason);
          out += "&#" + std::to_string(d) + ";";
          break;
        case Err::SurrogateEscape:
          if (d >= 0xDC80 && d <= 0xDCFF) out += char(d - 0xDC00);
          else raise_encode_error(enc, str, p, p + 1, reason);
          break;
        case Err::SurrogatePass:
          if (enc == Enc::Utf8 && d >= 0xD800 && d < 0xE000) utf8_append(out, d);
          else raise_encode_error(enc, str, p, p + 1, reason);
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
