// Big ints: an int outside the tagged small range lives in a BigIntObject holding a GMP mpz_t.
// The same layout also carries every int that is not an exact small int: the bool singletons and
// instances of int subclasses (class MyInt(int)) store their value here whatever its size.
//
// Invariant for exact ints: a BigIntObject of type exactly `int` never holds a value that fits in
// a small int, so `is_small_int()` alone tells the VM's fast paths everything.
#pragma once

#include <gmp.h>

#include <cstdint>

#include "runtime/int_object.h"

namespace minipy {

struct BigIntObject : Object {
  mpz_t z;
  BigIntObject() { mpz_init(z); }
  ~BigIntObject() { mpz_clear(z); }
  BigIntObject(const BigIntObject&) = delete;
  BigIntObject& operator=(const BigIntObject&) = delete;
};

inline mpz_srcptr bigint_mpz(Value v) { return static_cast<BigIntObject*>(v.as_object())->z; }

// The value of any int (small, big, bool, subclass) as an mpz, borrowed when it is already one and
// held in a temporary otherwise. Use as:  MpzArg a(v); mpz_add(r, a.get(), ...);
class MpzArg {
 public:
  explicit MpzArg(Value v) {
    if (v.is_small_int()) {
      mpz_init_set_si(tmp_, long(v.small_int_value()));
      p_ = tmp_;
      owned_ = true;
    } else {
      p_ = bigint_mpz(v);
    }
  }
  ~MpzArg() {
    if (owned_) mpz_clear(tmp_);
  }
  MpzArg(const MpzArg&) = delete;
  MpzArg& operator=(const MpzArg&) = delete;
  mpz_srcptr get() const { return p_; }

 private:
  mpz_t tmp_;
  mpz_srcptr p_;
  bool owned_ = false;
};

// An owned mpz scratch value.
class Mpz {
 public:
  Mpz() { mpz_init(z_); }
  ~Mpz() { mpz_clear(z_); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  mpz_ptr get() { return z_; }
  operator mpz_ptr() { return z_; }  // NOLINT: pass straight to mpz_* functions

 private:
  mpz_t z_;
};

// A normalized int from an mpz: tagged small int when it fits, else an exact BigIntObject.
Ref int_from_mpz(mpz_srcptr z);
// An instance of `type` (int, bool or an int subclass) holding z; for exact int this normalizes.
Ref int_subtype_from_mpz(TypeObject* type, mpz_srcptr z);

// The int64 value of an int when it has one (also for bools and subclass instances).
inline bool int_get_i64(Value v, int64_t& out) {
  if (v.is_small_int()) {
    out = v.small_int_value();
    return true;
  }
  mpz_srcptr z = bigint_mpz(v);
  if (!mpz_fits_slong_p(z)) return false;
  out = mpz_get_si(z);
  return true;
}

// Correctly rounded conversion of an mpz to double; `overflow` set when it does not fit.
double mpz_to_double_rounded(mpz_srcptr z, bool* overflow);

// sys.set_int_max_str_digits / get: the CPython 3.11 limit on decimal conversions (0 = none).
extern int64_t g_int_max_str_digits;

}  // namespace minipy
