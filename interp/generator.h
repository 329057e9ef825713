// Generator objects: a suspended frame plus the send/throw/close protocol.
#pragma once

#include "interp/frame.h"
#include "runtime/object.h"

namespace minipy {

extern TypeObject GeneratorType;

struct GeneratorObject : Object {
  Frame* frame = nullptr;  // heap frame; null once the generator finished
  Ref code, name, qualname;
  Ref exc_state;           // the generator's own handled exception while suspended in a handler
  bool running = false;
  bool started = false;
};

inline bool is_generator(Value v) { return v.is_object() && v.as_object()->type == &GeneratorType; }

// Wrap a freshly bound heap frame of generator code.
Ref generator_new(Frame* frame, Value name, Value qualname);

// Resume: send `value` (or throw `exc` when non-null). Returns the yielded value with
// *returned = false, or the return value with *returned = true (the frame is then gone).
Ref generator_send(GeneratorObject* gen, Value value, Value exc, bool* returned);

}  // namespace minipy
