// Native warnings: forwarded to the handler the interp layer installed (see warn.h).
#include "runtime/warn.h"

namespace minipy {

WarnHandler g_warn_handler = nullptr;

void warn(TypeObject* category, const std::string& message, int stacklevel) {
  if (g_warn_handler) g_warn_handler(category, message, stacklevel);
}

}  // namespace minipy
