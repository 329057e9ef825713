// The interactive loop of the minipy program.
#pragma once

#include "interp/minipy.h"

namespace minipy {

// Read-eval-print until EOF (Ctrl-D) or SystemExit; returns the exit status.
int run_repl(Interpreter& py, bool show_banner);

}  // namespace minipy
