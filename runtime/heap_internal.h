// Private glue between the allocator (heap.cpp) and the collector (gc.cpp).
#pragma once

#include "runtime/object.h"

namespace minipy {

void gc_on_alloc(Object* o);  // link a new GC object and count it towards the next collection
void gc_on_free();            // a GC object was freed

}  // namespace minipy
