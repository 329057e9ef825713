// The eval breaker: one word the eval loop tests at its safe points (backward jumps, calls, function
// entry, resumption after yield). Anything that needs the running thread's attention sets a bit:
// the GIL's drop request, a scheduled collection, a pending signal, an async exception. The fast
// path is a single relaxed load; the bits are examined only when the word is non-zero.
#pragma once

#include <atomic>
#include <cstdint>

namespace minipy {

enum BreakerBits : uint32_t {
  kBreakGilDropRequest = 1u << 0,
  kBreakGcScheduled = 1u << 1,
  kBreakSignalsPending = 1u << 2,
  kBreakAsyncExc = 1u << 3,
  kBreakPendingCalls = 1u << 4,
};

extern std::atomic<uint32_t> g_eval_breaker;

inline bool eval_breaker_set() { return g_eval_breaker.load(std::memory_order_relaxed) != 0; }
inline void eval_breaker_raise(uint32_t bits) { g_eval_breaker.fetch_or(bits, std::memory_order_relaxed); }
inline void eval_breaker_clear(uint32_t bits) { g_eval_breaker.fetch_and(~bits, std::memory_order_relaxed); }

}  // namespace minipy
