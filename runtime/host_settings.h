// Process-wide settings that sys exposes and other parts read (the int <-> str digit limit,
// the GIL switch interval). Set through sys.set_int_max_str_digits / sys.setswitchinterval.
#pragma once

#include <atomic>

namespace minipy {

extern std::atomic<int> g_int_max_str_digits;   // 0 = unlimited; CPython's default is 4300
extern std::atomic<double> g_switch_interval;   // seconds; default 0.005 (the GIL issue uses it)

}  // namespace minipy
