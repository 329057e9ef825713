// Native helpers the compiled match statement calls (see match_support.cpp).
#pragma once

#include "runtime/object.h"

namespace minipy {

enum class MatchHelper { Seq, Map, Keys, Rest, Class };
Ref match_helper(MatchHelper which);  // a new native function object

}  // namespace minipy

namespace minipy {
// Native helpers the compiled `except*` calls (see except_star_support.cpp).
enum class ExceptStarHelper { Start, Match, Record, Finish };
Ref except_star_helper(ExceptStarHelper which);
}  // namespace minipy
