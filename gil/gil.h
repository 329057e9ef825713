// The Global Interpreter Lock. Filled in by the GIL issue: state, take/drop with the switch
// interval and forced switching, the RAII guard that releases it around blocking calls.
// This folder depends on nothing of the interpreter.
#pragma once
