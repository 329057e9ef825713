// Tagged values: the one representation every layer above passes around.
//
// A Value is a single machine word. Low bit 1: a small int with a 63-bit signed payload (no heap,
// no refcount). Low bits 00: a pointer to an Object. The all-zero word is "no value" (a missing
// result, an unbound local, an empty slot) and is never a Python object.
//
// Ownership is in the type, not in comments:
//   Value - borrowed. Copying it does nothing. Parameters are Values.
//   Ref   - owned (one reference). Anything that creates or returns a new reference returns Ref.
// A Ref converts implicitly to a borrowed Value; a Value converts implicitly to a Ref by taking a
// new reference. Never wrap a freshly created object in Value: creators return Ref.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace minipy {

struct Object;
struct TypeObject;

class Value {
 public:
  static constexpr int64_t kSmallMax = (int64_t(1) << 62) - 1;
  static constexpr int64_t kSmallMin = -(int64_t(1) << 62);

  constexpr Value() = default;
  constexpr Value(std::nullptr_t) {}
  Value(Object* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT: pointers are values

  static constexpr bool fits_small(int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
  static constexpr Value small_int(int64_t v) { return Value((uint64_t(v) << 1) | 1u); }
  static constexpr Value from_bits(uintptr_t b) { return Value(b); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_small_int() const { return bits_ & 1u; }
  constexpr bool is_object() const { return bits_ != 0 && !(bits_ & 1u); }
  constexpr int64_t small_int_value() const { return int64_t(bits_) >> 1; }
  Object* as_object() const { return reinterpret_cast<Object*>(bits_); }
  constexpr uintptr_t bits() const { return bits_; }

  // Not-null test, like a pointer. Python truthiness is is_true() in abstract.h.
  constexpr explicit operator bool() const { return bits_ != 0; }
  // Identity (Python `is`).
  constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; }
  constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  constexpr explicit Value(uintptr_t b) : bits_(b) {}
  uintptr_t bits_ = 0;
};

// ---- reference counting -------------------------------------------------------------------------
// Refcounts are plain integers: every touch of an object happens with the GIL held.
// Immortal objects (static types, None, True, False, ...) start with a count so large that it
// never reaches zero.

struct Object {
  intptr_t refcnt;
  TypeObject* type;
};

constexpr intptr_t kImmortalRefcnt = intptr_t(1) << 60;

void dealloc_object(Object* o);  // object.cpp: runs the type's dealloc

inline void incref(Value v) {
  if (v.is_object()) ++v.as_object()->refcnt;
}
inline void decref(Value v) {
  if (v.is_object() && --v.as_object()->refcnt == 0) dealloc_object(v.as_object());
}

class Ref {
 public:
  constexpr Ref() = default;
  constexpr Ref(std::nullptr_t) {}
  Ref(Value v) : v_(v) { incref(v_); }  // NOLINT: takes a new reference
  Ref(const Ref& o) : v_(o.v_) { incref(v_); }
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  ~Ref() { decref(v_); }
  Ref& operator=(const Ref& o) {
    Value old = v_;
    v_ = o.v_;
    incref(v_);
    decref(old);  // after the store: a destructor that runs here sees a consistent slot
    return *this;
  }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      Value old = v_;
      v_ = o.v_;
      o.v_ = Value();
      decref(old);
    }
    return *this;
  }

  // Adopt a reference the caller already owns (no incref).
  static Ref steal(Value v) {
    Ref r;
    r.v_ = v;
    return r;
  }
  // Give up ownership without decref; the caller now owns the reference.
  Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  void reset() { *this = Ref(); }

  Value get() const { return v_; }
  operator Value() const { return v_; }  // NOLINT: borrow
  explicit operator bool() const { return !v_.is_null(); }
  bool is_null() const { return v_.is_null(); }
  Object* obj() const { return v_.as_object(); }
  template <class T>
  T* as() const { return static_cast<T*>(v_.as_object()); }

 private:
  Value v_;
};

}  // namespace minipy
