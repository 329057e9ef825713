// int (small ints are tagged Values; larger ones are BigInt objects backed by GMP) and bool.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

extern TypeObject IntType;   // declared in object.h too
extern TypeObject BoolType;

// Any int value: a small int stays tagged, a larger one becomes a BigInt object.
Ref int_from_i64(int64_t v);
Ref int_from_u64(uint64_t v);
Ref int_from_double(double d);            // truncates; OverflowError for inf, ValueError for nan
Ref int_from_string(std::string_view s, int base);  // int("...", base) rules, ValueError message as CPython
// Parse a Python integer literal body (underscores allowed, 0x/0o/0b prefixes) - the compiler uses it.
Ref int_from_literal(std::string_view s);

bool is_int(Value v);        // int or a subclass (bool included)
bool is_exact_int(Value v);  // small int or exact BigInt
// The value as int64 when it fits (bool counts as 0/1). Empty when it does not fit or v is no int.
std::optional<int64_t> int_as_i64(Value v);
double int_as_double(Value v);  // OverflowError "int too large to convert to float"
std::string int_to_decimal(Value v);
int int_sign(Value v);

// Arithmetic on ints, exposed for the VM's fast paths and for other types.
Ref int_add(Value a, Value b);
Ref int_sub(Value a, Value b);
Ref int_mul(Value a, Value b);
Ref int_floordiv(Value a, Value b);
Ref int_mod(Value a, Value b);
int int_compare(Value a, Value b);  // -1, 0, 1 (both ints)

// CPython's numeric hash: hash(n) = n mod (2**61 - 1) with sign, -1 maps to -2.
int64_t hash_int(Value v);
int64_t hash_double(double d);  // the same modulus, so hash(1.0) == hash(1)

}  // namespace minipy
