// SipHash-1-3 (one compression round, three finalization rounds), key k0 = k1 = 0, which is what
// CPython computes when PYTHONHASHSEED=0. Matching it makes set and dict-of-set orders match.
#include "runtime/siphash.h"

#include <cstring>

namespace minipy {

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define HALF_ROUND(a, b, c, d, s, t) \
  a += b;                            \
  c += d;                            \
  b = rotl(b, s) ^ a;                \
  d = rotl(d, t) ^ c;                \
  a = rotl(a, 32);

#define SIP_ROUND(v0, v1, v2, v3)       \
  HALF_ROUND(v0, v1, v2, v3, 13, 16);   \
  HALF_ROUND(v2, v1, v0, v3, 17, 21);

uint64_t siphash13(const void* data, size_t len) {
  const uint64_t k0 = 0, k1 = 0;
  const unsigned char* p = static_cast<const unsigned char*>(data);
  uint64_t b = uint64_t(len) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  while (len >= 8) {
    uint64_t mi;
    std::memcpy(&mi, p, 8);  // little-endian host (x86-64/aarch64)
    p += 8;
    len -= 8;
    v3 ^= mi;
    SIP_ROUND(v0, v1, v2, v3);
    v0 ^= mi;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < len; ++i) t |= uint64_t(p[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  SIP_ROUND(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  SIP_ROUND(v0, v1, v2, v3);
  SIP_ROUND(v0, v1, v2, v3);
  SIP_ROUND(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(const void* data, size_t len) {
  if (len == 0) return 0;
  int64_t h = int64_t(siphash13(data, len));
  return h == -1 ? -2 : h;
}

}  // namespace minipy
