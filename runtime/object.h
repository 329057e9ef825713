// The object model: the object header, type objects with their slots, and allocation.
//
// Built-in types are static TypeObjects filled in once per process by runtime_init() (types.cpp).
// A type's behaviour lives in slots (function pointers) so the VM can dispatch without dictionary
// lookups; the Python-visible dunder methods of built-in types are generated from the slots, and a
// user class that defines a dunder gets the slot pointing at a generic "call the dunder" function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string>
#include <string_view>
#include <utility>

#include "runtime/value.h"

namespace minipy {

enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// Binary operators in one enum so the VM, the compiler and the slot tables share one numbering.
// The order is CPython 3.11's NB_* order (BINARY_OP's oparg), inplace forms are op + kInplace.
enum class BinOp : uint8_t {
  Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor, Count
};
constexpr int kBinOpCount = int(BinOp::Count);
constexpr int kInplace = kBinOpCount;  // BINARY_OP arg: op, or kInplace + op for `op=`

using VisitFn = void (*)(Value child, void* arg);

using DeallocSlot = void (*)(Object*);
using TraverseSlot = void (*)(Object*, VisitFn, void*);
using ClearSlot = void (*)(Object*);
using UnarySlot = Ref (*)(Value);
using BinarySlot = Ref (*)(Value, Value);          // may return NotImplemented
using RichCmpSlot = Ref (*)(Value, Value, CmpOp);  // may return NotImplemented
using HashSlot = int64_t (*)(Value);               // throws TypeError when unhashable
using BoolSlot = bool (*)(Value);
using LenSlot = int64_t (*)(Value);
using GetAttrSlot = Ref (*)(Value obj, Value name);  // null Ref = not found (no exception set)
using SetAttrSlot = void (*)(Value obj, Value name, Value v);      // v null = delete
using DescrGetSlot = Ref (*)(Value descr, Value obj, Value type);  // obj null = via the class
using DescrSetSlot = void (*)(Value descr, Value obj, Value v);    // v null = delete
// Vectorcall convention: args[0..nargs) are positional, then one value per name in kwnames (a
// tuple of str, or null when there are no keywords).
using CallSlot = Ref (*)(Value callable, const Value* args, size_t nargs, Value kwnames);
using NewSlot = Ref (*)(TypeObject* type, const Value* args, size_t nargs, Value kwnames);
using InitSlot = void (*)(Value self, const Value* args, size_t nargs, Value kwnames);
using IterNextSlot = Ref (*)(Value);                      // null Ref = exhausted (no StopIteration)
using GetItemSlot = Ref (*)(Value obj, Value key);
using SetItemSlot = void (*)(Value obj, Value key, Value v);  // v null = delete
using ContainsSlot = bool (*)(Value obj, Value item);

enum TypeFlags : uint32_t {
  kTypeBaseType = 1u << 0,   // may be subclassed
  kTypeHeapType = 1u << 1,   // created by a class statement / type(); refcounted, mutable
  kTypeGC = 1u << 2,         // instances can hold references: tracked by the cycle collector
  kTypeImmutable = 1u << 3,  // attributes cannot be set (built-in types)
  kTypeAbstract = 1u << 4,
  // Calling an attribute found on the class with the instance prepended is the same as calling
  // what its __get__ returns (functions, method descriptors): lets slot calls skip the bound method.
  kTypeMethodDescriptor = 1u << 5,
  // Instances have a variable-size part (CPython's tp_itemsize != 0: int, bytes, tuple, type):
  // a heap subclass may not add __slots__.
  kTypeVarSize = 1u << 6,
  // The variable part starts at a fixed offset (tuple items), so a heap subclass cannot place its
  // instance __dict__ after the base layout: it lives in the allocation prefix instead
  // (dictoffset == kDictOffsetInPrefix), the role CPython's negative tp_dictoffset plays.
  kTypeFixedItems = 1u << 7,
  // Fast subclass tests, inherited by subclasses (CPython's Py_TPFLAGS_*_SUBCLASS).
  kTypeIntSubclass = 1u << 8,
  kTypeListSubclass = 1u << 9,
  kTypeTupleSubclass = 1u << 10,
  kTypeBytesSubclass = 1u << 11,
  kTypeStrSubclass = 1u << 12,
  kTypeDictSubclass = 1u << 13,
  kTypeBaseExcSubclass = 1u << 14,
  kTypeTypeSubclass = 1u << 15,
};

// A native method of a built-in type or module. `self` is the bound object (the module for module
// functions, null for static methods).
using NativeFn = Ref (*)(Value self, const Value* args, size_t nargs, Value kwnames);

enum MethodFlags : uint8_t { kMethodPlain = 0, kMethodClass = 1, kMethodStatic = 2 };

struct MethodDef {
  const char* name;
  NativeFn fn;
  uint8_t flags = kMethodPlain;
  const char* doc = nullptr;
};

// A computed attribute of a built-in type (int.real, slice.start, type.__name__, ...).
struct GetSetDef {
  const char* name;
  Ref (*get)(Value self);
  void (*set)(Value self, Value v) = nullptr;  // null: read-only (AttributeError on set); v null = delete
  const char* doc = nullptr;
};

struct TypeObject : Object {
  const char* name = nullptr;  // __name__ of a built-in type; heap types keep it in `heap_name`
  std::string heap_name;       // __name__ (heap types), and __qualname__ when it differs
  std::string heap_qualname;
  TypeObject* base = nullptr;  // the solid base (layout donor)
  Ref bases;                   // tuple
  Ref mro;                     // tuple, computed by C3
  Ref dict;                    // the namespace: a dict
  uint32_t flags = 0;
  uint64_t version = 0;      // bumped on every change to this type or its bases: cache key
  size_t basicsize = 0;      // bytes for an instance, header included
  size_t dictoffset = 0;     // offset of the instance's Ref __dict__, 0 = none, or kDictOffsetInPrefix
  size_t weaklistoffset = 0; // reserved

  // lifecycle
  DeallocSlot dealloc = nullptr;
  TraverseSlot traverse = nullptr;
  ClearSlot clear = nullptr;
  NewSlot new_ = nullptr;
  InitSlot init = nullptr;

  // basic protocol
  UnarySlot repr = nullptr;
  UnarySlot str = nullptr;
  HashSlot hash = nullptr;
  RichCmpSlot richcompare = nullptr;
  GetAttrSlot getattr = nullptr;
  SetAttrSlot setattr = nullptr;
  DescrGetSlot descr_get = nullptr;
  DescrSetSlot descr_set = nullptr;
  CallSlot call = nullptr;
  UnarySlot iter = nullptr;
  IterNextSlot iternext = nullptr;

  // numbers
  BinarySlot nb[kBinOpCount] = {};
  BinarySlot nb_inplace[kBinOpCount] = {};
  UnarySlot nb_neg = nullptr, nb_pos = nullptr, nb_invert = nullptr, nb_abs = nullptr;
  BoolSlot nb_bool = nullptr;
  UnarySlot nb_int = nullptr, nb_float = nullptr, nb_index = nullptr;

  // containers
  LenSlot len = nullptr;
  GetItemSlot getitem = nullptr;
  SetItemSlot setitem = nullptr;
  ContainsSlot contains = nullptr;

  // Built-in types list their methods and computed attributes here; static_types_ready() turns
  // them (and the filled slots, as __add__, __len__, ...) into entries of `dict`.
  const MethodDef* methods = nullptr;  // ends at name == nullptr
  const GetSetDef* getsets = nullptr;  // ends at name == nullptr

  TypeObject() = default;
  TypeObject(const TypeObject&) = delete;
  TypeObject& operator=(const TypeObject&) = delete;
  // A static (immortal) type lives until the process ends, and its namespace may still be in use
  // by other static objects' destructors at exit: it keeps its references rather than release
  // them in static-destruction order. Heap types release them as any object does.
  ~TypeObject() {
    if (!(flags & kTypeHeapType)) {
      (void)dict.release();
      (void)bases.release();
      (void)mro.release();
    }
  }

  std::string_view type_name() const { return name ? std::string_view(name) : std::string_view(heap_name); }
  bool has_flag(uint32_t f) const { return (flags & f) != 0; }
};

// Two-phase start-up of the static built-in types (runtime_init in types.cpp):
// phase 1, each init_*_type() fills slots, flags, basicsize, base, methods, getsets, and calls
// static_type_declare(&T) - creating no objects; phase 2, static_types_ready() gives every declared
// type its __dict__, __bases__, __mro__ (str, dict and tuple work by then).
void static_type_declare(TypeObject* t);
void static_types_ready();

// ---- the type of a value ------------------------------------------------------------------------

extern TypeObject IntType;  // the type of small ints is int itself (and of big ints)

inline TypeObject* type_of(Value v) {
  return v.is_small_int() ? &IntType : v.as_object()->type;
}
inline std::string_view type_name(Value v) { return type_of(v)->type_name(); }

// ---- allocation ---------------------------------------------------------------------------------
// Objects are allocated from size-classed pools (runtime/heap.cpp); instances of GC types carry a
// hidden collector header just before the object. new_object<T> constructs T in place with the
// header filled (refcnt 1, type) and returns the owning Ref; a heap subclass of a built-in type
// gets `type->basicsize` bytes so its __dict__ slot fits after T.

void* heap_alloc_object(TypeObject* type, size_t size);  // zeroed memory, GC header linked in
void heap_free_object(Object* o);                        // inverse of heap_alloc_object
// A spare pointer-sized slot in the allocation's hidden prefix (zeroed at allocation): the
// instance __dict__ of heap subclasses of kTypeFixedItems types.
Ref* heap_prefix_slot(Object* o);
constexpr size_t kDictOffsetInPrefix = ~size_t(0);

template <class T, class... Args>
Ref new_object(TypeObject* type, Args&&... args) {
  size_t size = type->basicsize > sizeof(T) ? type->basicsize : sizeof(T);
  void* mem = heap_alloc_object(type, size);
  T* obj = new (mem) T(std::forward<Args>(args)...);
  obj->refcnt = 1;
  obj->type = type;
  if (type->flags & kTypeHeapType) incref(Value(static_cast<Object*>(type)));
  return Ref::steal(Value(static_cast<Object*>(obj)));
}

// Variable-size objects (tuple items, str bytes) ask for `size` bytes explicitly.
template <class T, class... Args>
Ref new_object_sized(TypeObject* type, size_t size, Args&&... args) {
  void* mem = heap_alloc_object(type, size);
  T* obj = new (mem) T(std::forward<Args>(args)...);
  obj->refcnt = 1;
  obj->type = type;
  if (type->flags & kTypeHeapType) incref(Value(static_cast<Object*>(type)));
  return Ref::steal(Value(static_cast<Object*>(obj)));
}

// The standard dealloc for a built-in C++ layout T: untrack, run ~T, drop the instance __dict__
// of a heap subclass, free, and release the heap type. Types install it as `dealloc_as<T>`.
void dealloc_common_tail(Object* o);  // __dict__ + free + heap-type decref
template <class T>
void dealloc_as(Object* o) {
  static_cast<T*>(o)->~T();
  dealloc_common_tail(o);
}

// The instance __dict__ slot of an object whose type has dictoffset != 0 (else nullptr).
inline Ref* instance_dict_slot(Object* o) {
  size_t off = o->type->dictoffset;
  if (off == kDictOffsetInPrefix) [[unlikely]]
    return heap_prefix_slot(o);
  return off ? reinterpret_cast<Ref*>(reinterpret_cast<char*>(o) + off) : nullptr;
}

// Static (immortal) singletons.
struct NoneObject : Object {};
extern NoneObject NoneStruct;
extern Object NotImplementedStruct;
extern Object EllipsisStruct;
inline Value None() { return Value(static_cast<Object*>(&NoneStruct)); }
inline Value NotImplemented() { return Value(&NotImplementedStruct); }
inline Value Ellipsis() { return Value(&EllipsisStruct); }
inline bool is_none(Value v) { return v == None(); }

// True and False are int subclass instances (bool), immortal.
Value True();
Value False();
inline Value bool_value(bool b) { return b ? True() : False(); }

}  // namespace minipy
