// Tagged values: small ints live in the word itself, objects are aligned pointers.
#include <catch2/catch.hpp>

#include "runtime/value.h"

using minipy::Value;

TEST_CASE("small ints round-trip through the tag", "[value]") {
  for (int64_t v : {int64_t(0), int64_t(1), int64_t(-1), Value::kSmallMax, Value::kSmallMin, int64_t(123456789)}) {
    Value x = Value::small_int(v);
    CHECK(x.is_small_int());
    CHECK_FALSE(x.is_object());
    CHECK_FALSE(x.is_null());
    CHECK(x.small_int_value() == v);
  }
}

TEST_CASE("the range of small ints", "[value]") {
  CHECK(Value::fits_small(Value::kSmallMax));
  CHECK_FALSE(Value::fits_small(Value::kSmallMax + 1));
  CHECK(Value::fits_small(Value::kSmallMin));
  CHECK_FALSE(Value::fits_small(Value::kSmallMin - 1));
}

TEST_CASE("null is neither int nor object", "[value]") {
  Value n;
  CHECK(n.is_null());
  CHECK_FALSE(n.is_small_int());
  CHECK_FALSE(n.is_object());
  CHECK_FALSE(bool(n));
}

TEST_CASE("Ref of a small int needs no refcount", "[value]") {
  minipy::Ref r = Value::small_int(5);
  minipy::Ref c = r;
  CHECK(c.get().small_int_value() == 5);
  CHECK(r.release().small_int_value() == 5);
  CHECK(r.is_null());
}
