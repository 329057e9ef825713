// Warnings issued by native code (PyErr_WarnEx): the runtime cannot reach the warnings module
// (it lives above it), so the interp layer installs the handler that does.
#pragma once

#include <string>

#include "runtime/object.h"

namespace minipy {

// Issue `message` as a warning of `category`, blamed on the Python frame `stacklevel` calls up
// (1: the code that called the native function). Raises the warning if a filter says "error".
void warn(TypeObject* category, const std::string& message, int stacklevel = 1);

using WarnHandler = void (*)(TypeObject* category, const std::string& message, int stacklevel);
// Set once at start-up by interp/native_warn.cpp; null: warnings are dropped.
extern WarnHandler g_warn_handler;

}  // namespace minipy
