// mappingproxy (types.MappingProxyType): a read-only view of a mapping. A class's __dict__ is one,
// so class namespaces change only through setattr/delattr, which keep the type's caches right.
#pragma once

#include "runtime/object.h"

namespace minipy {

extern TypeObject MappingProxyType;

struct MappingProxyObject : Object {
  Ref mapping;
};

// Wrap `mapping` (not checked: the caller knows it is a mapping, e.g. a type's dict).
Ref mappingproxy_new(Value mapping);

}  // namespace minipy
