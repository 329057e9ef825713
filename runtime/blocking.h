// The one place where a thread is about to block outside Python (file reads and writes, input(),
// time.sleep). The GIL issue will release the GIL around `fn` here; until then this only marks the
// spot. Keep every blocking system call of the io/time layers routed through `blocking_call`.
#pragma once

#include <utility>

namespace minipy {

template <class F>
auto blocking_call(F&& fn) -> decltype(fn()) {
  // GIL: release here (and re-acquire after `fn` returns) once threads exist.
  return std::forward<F>(fn)();
}

}  // namespace minipy
