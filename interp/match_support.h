// Native helpers the compiled match statement calls (see match_support.cpp).
#pragma once

#include "runtime/object.h"

namespace minipy {

enum class MatchHelper { Seq, Map, Keys, Rest, Class };
Ref match_helper(MatchHelper which);  // a new native function object

}  // namespace minipy
