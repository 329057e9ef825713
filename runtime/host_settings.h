// Process-wide settings that sys exposes and other parts read: the GIL switch interval, set
// through sys.setswitchinterval. (The int <-> str digit limit lives in int_object.h.)
#pragma once

#include <atomic>

namespace minipy {

extern std::atomic<double> g_switch_interval;   // seconds; default 0.005 (the GIL issue uses it)

}  // namespace minipy
