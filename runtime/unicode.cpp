// Lookups in the generated tables: flags by binary search over runs, case mappings by binary
// search over the sorted mapping table. ASCII short-cuts keep the common case cheap.
#include "runtime/unicode.h"

#include <algorithm>

#include "runtime/unicode_tables.h"

namespace minipy {

namespace {

uint16_t flags_of(uint32_t c) {
  if (c >= 0x110000) return 0;
  size_t lo = 0, hi = kUniFlagRunCount;  // find the last run with start <= c
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (kUniFlagRuns[mid].start <= c) lo = mid; else hi = mid;
  }
  return kUniFlagRuns[lo].flags;
}

const UniCaseEntry* case_entry(uint32_t c) {
  const UniCaseEntry* end = kUniCase + kUniCaseCount;
  const UniCaseEntry* e = std::lower_bound(kUniCase, end, c,
                                           [](const UniCaseEntry& a, uint32_t v) { return a.cp < v; });
  return (e != end && e->cp == c) ? e : nullptr;
}

void append_mapping(std::u32string& out, uint32_t c, uint32_t m) {
  if (m == 0) {
    out.push_back(c);
  } else if (m & 0x80000000u) {
    const char32_t* s = kUniSpecial[m & 0x7fffffffu];
    for (int i = 0; i < 4 && s[i]; ++i) out.push_back(s[i]);
  } else {
    out.push_back(m);
  }
}

inline bool is_ascii_alpha(uint32_t c) { return (c | 32) - 'a' < 26; }

}  // namespace

bool uni_isalpha(uint32_t c) { return c < 128 ? is_ascii_alpha(c) : (flags_of(c) & kUniAlpha); }
bool uni_isdecimal(uint32_t c) { return c < 128 ? c - '0' < 10 : (flags_of(c) & kUniDecimal); }
bool uni_isdigit(uint32_t c) { return c < 128 ? c - '0' < 10 : (flags_of(c) & kUniDigit); }
bool uni_isnumeric(uint32_t c) { return c < 128 ? c - '0' < 10 : (flags_of(c) & kUniNumeric); }
bool uni_isalnum(uint32_t c) {
  if (c < 128) return is_ascii_alpha(c) || c - '0' < 10;
  return flags_of(c) & (kUniAlpha | kUniDecimal | kUniDigit | kUniNumeric);
}
bool uni_isprintable(uint32_t c) { return c < 128 ? (c >= 32 && c < 127) : (flags_of(c) & kUniPrintable); }
bool uni_isspace(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return flags_of(c) & kUniSpace;
}
bool uni_islower(uint32_t c) { return c < 128 ? c - 'a' < 26 : (flags_of(c) & kUniLower); }
bool uni_isupper(uint32_t c) { return c < 128 ? c - 'A' < 26 : (flags_of(c) & kUniUpper); }
bool uni_istitle(uint32_t c) { return c >= 128 && (flags_of(c) & kUniTitle); }
bool uni_iscased(uint32_t c) { return c < 128 ? is_ascii_alpha(c) : (flags_of(c) & kUniCased); }
bool uni_iscase_ignorable(uint32_t c) { return flags_of(c) & kUniCaseIgnorable; }
bool uni_isxid_start(uint32_t c) { return c < 128 ? (is_ascii_alpha(c) || c == '_') : (flags_of(c) & kUniXidStart); }
bool uni_isxid_continue(uint32_t c) {
  if (c < 128) return is_ascii_alpha(c) || c == '_' || c - '0' < 10;
  return flags_of(c) & kUniXidContinue;
}

int uni_decimal_value(uint32_t c) {
  if (c < 128) return c - '0' < 10 ? int(c - '0') : -1;
  if (!(flags_of(c) & kUniDecimal)) return -1;
  // Decimal digits come in runs of ten starting at a zero (some runs are adjacent): walk back to
  // the start of the contiguous decimal region.
  uint32_t z = c;
  while (z > 0 && (flags_of(z - 1) & kUniDecimal)) --z;
  return int((c - z) % 10);
}

void uni_append_upper(std::u32string& out, uint32_t c) {
  if (c < 128) { out.push_back(c - 'a' < 26 ? c - 32 : c); return; }
  const UniCaseEntry* e = case_entry(c);
  append_mapping(out, c, e ? e->upper : 0);
}
void uni_append_lower(std::u32string& out, uint32_t c) {
  if (c < 128) { out.push_back(c - 'A' < 26 ? c + 32 : c); return; }
  const UniCaseEntry* e = case_entry(c);
  append_mapping(out, c, e ? e->lower : 0);
}
void uni_append_title(std::u32string& out, uint32_t c) {
  if (c < 128) { out.push_back(c - 'a' < 26 ? c - 32 : c); return; }
  const UniCaseEntry* e = case_entry(c);
  append_mapping(out, c, e ? e->title : 0);
}
void uni_append_fold(std::u32string& out, uint32_t c) {
  if (c < 128) { out.push_back(c - 'A' < 26 ? c + 32 : c); return; }
  const UniCaseEntry* e = case_entry(c);
  append_mapping(out, c, e ? e->fold : 0);
}
uint32_t uni_simple_upper(uint32_t c) {
  std::u32string s;
  uni_append_upper(s, c);
  return s.size() == 1 ? s[0] : c;
}
uint32_t uni_simple_lower(uint32_t c) {
  std::u32string s;
  uni_append_lower(s, c);
  return s.size() == 1 ? s[0] : c;
}

}  // namespace minipy
