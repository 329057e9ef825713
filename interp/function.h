// Python function objects (the `function` type): a code object plus the environment it runs in.
#pragma once

#include "interp/code.h"
#include "runtime/object.h"

namespace minipy {

extern TypeObject FunctionType;

struct FunctionObject : Object {
  Ref code;         // CodeObject
  Ref globals;      // dict
  Ref builtins;     // dict: resolved once at creation (globals['__builtins__'] or the interpreter's)
  Ref name;         // str
  Ref qualname;     // str
  Ref module;       // globals['__name__'] at creation, or None
  Ref doc;          // consts[0] of the code (str or None)
  Ref defaults;     // tuple or null
  Ref kwdefaults;   // dict or null
  Ref closure;      // tuple of cells or null
  Ref annotations;  // dict or null (created lazily by __annotations__)
  Ref dict;         // __dict__ (instance dict slot: FunctionType.dictoffset points here)

  CodeObject* co() const { return code.as<CodeObject>(); }
};

inline bool is_function(Value v) { return v.is_object() && v.as_object()->type == &FunctionType; }

// A new function for `code` running in `globals` (MAKE_FUNCTION without the optional parts).
Ref function_new(Value code, Value globals);

// The builtins dict that code running with `globals` sees.
Ref builtins_for_globals(Value globals);

}  // namespace minipy
