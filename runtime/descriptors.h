// Descriptor and callable-wrapper types of the object model (runtime/descriptors.cpp):
// the objects that static_types_ready() puts into built-in type dicts (method descriptors,
// slot wrappers, getset descriptors), what they bind to (builtin methods, method-wrappers),
// and the Python-level descriptors property / classmethod / staticmethod.
#pragma once

#include "runtime/misc_objects.h"
#include "runtime/object.h"

namespace minipy {

extern TypeObject WrapperDescriptorType;  // 'wrapper_descriptor': <slot wrapper '__add__' of 'int' objects>
extern TypeObject MethodWrapperType;      // 'method-wrapper': a slot wrapper bound to an object
extern TypeObject GetSetDescriptorType;   // 'getset_descriptor'
extern TypeObject ClassMethodDescriptorType;  // 'classmethod_descriptor' (dict.fromkeys)

// A slot wrapper calls a slot function with Python-level arguments. `slot` is the type's slot
// function pointer (cast to void*), `op` disambiguates shared slots (comparison op, reflected).
using WrapperFn = Ref (*)(Value self, const Value* args, size_t nargs, Value kwnames, void* slot, int op);

struct WrapperDescrObject : Object {
  TypeObject* owner;
  const char* name;  // the dunder
  WrapperFn wrapper;
  void* slot;
  int op;
};
struct MethodWrapperObject : Object {
  Ref descr;  // the WrapperDescrObject
  Ref self;
};
struct MethodDescrObject : Object {
  TypeObject* owner;
  const MethodDef* def;
};
struct GetSetDescrObject : Object {
  TypeObject* owner;
  const GetSetDef* def;
};

Ref method_descriptor_new(TypeObject* owner, const MethodDef* def);
Ref getset_descriptor_new(TypeObject* owner, const GetSetDef* def);
Ref wrapper_descriptor_new(TypeObject* owner, const char* name, WrapperFn fn, void* slot, int op);

// A __slots__ entry: a Ref stored inline in the instance at `offset` ('member_descriptor').
extern TypeObject MemberDescriptorType;
enum MemberFlags : uint8_t {
  kMemberNoneIfNull = 1,  // an empty slot reads as None (CPython's T_OBJECT), else AttributeError
  kMemberReadonly = 2,
};
struct MemberDescrObject : Object {
  TypeObject* owner;
  Ref name;
  size_t offset;
  uint8_t flags;
};
Ref member_descriptor_new(TypeObject* owner, Value name, size_t offset, uint8_t flags = 0);

// property / classmethod / staticmethod
struct PropertyObject : Object {
  Ref fget, fset, fdel, doc, name;
};
struct ClassMethodObject : Object {  // also staticmethod
  Ref callable;
};
Ref classmethod_new(Value callable);
Ref staticmethod_new(Value callable);
inline bool is_staticmethod(Value v) { return v.is_object() && v.as_object()->type == &StaticMethodType; }
inline bool is_classmethod(Value v) { return v.is_object() && v.as_object()->type == &ClassMethodType; }

// The instance __dict__ of an object as a getset (added to heap types that introduce a dict slot).
extern const GetSetDef kInstanceDictGetSet[];
// Create the instance dict lazily; null when the object has no dict slot.
Value instance_dict(Value obj, bool create);

}  // namespace minipy
