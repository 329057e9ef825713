// Generated Unicode tables (runtime/unicode_tables.cpp); use the functions in unicode.h instead.
#pragma once

#include <cstddef>
#include <cstdint>

namespace minipy {

enum UniFlag : uint16_t {
  kUniAlpha = 1 << 0, kUniDecimal = 1 << 1, kUniDigit = 1 << 2, kUniNumeric = 1 << 3,
  kUniPrintable = 1 << 4, kUniSpace = 1 << 5, kUniLower = 1 << 6, kUniUpper = 1 << 7,
  kUniTitle = 1 << 8, kUniCased = 1 << 9, kUniCaseIgnorable = 1 << 10, kUniXidStart = 1 << 11,
  kUniXidContinue = 1 << 12,
};

struct UniFlagRun {
  uint32_t start;  // the run covers [start, next run's start)
  uint16_t flags;
};
// Case mappings: 0 = maps to itself; high bit set = index into kUniSpecial (several chars,
// zero-terminated); else the single mapped code point.
struct UniCaseEntry {
  uint32_t cp, upper, lower, title, fold;
};

extern const UniFlagRun kUniFlagRuns[];
extern const size_t kUniFlagRunCount;
extern const UniCaseEntry kUniCase[];
extern const size_t kUniCaseCount;
extern const char32_t kUniSpecial[][4];

}  // namespace minipy
