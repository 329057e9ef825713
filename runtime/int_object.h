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

// ---- added by the numbers part ----
// Both operands are tagged small ints: the VM's cheapest test before an inline fast path.
inline bool both_small(Value a, Value b) { return (a.bits() & b.bits() & 1u) != 0; }
Ref int_truediv(Value a, Value b);   // int / int -> float, correctly rounded
Ref int_pow(Value a, Value b);       // int ** int (negative exponent -> float)
Ref int_pow_mod(Value a, Value b, Value m);  // pow(a, b, m) for ints (power3 uses it)
Ref int_divmod(Value a, Value b);    // (a // b, a % b) tuple
Ref int_neg(Value a);
Ref int_to_exact(Value v);           // an int subclass instance / bool as an exact int
// The text of an int in base 2, 8, 10 or 16 (no prefix, '-' for negatives). Base 10 obeys the
// int max str digits limit.
std::string int_to_base(Value v, int base);
// bin()/oct()/hex() text with the 0b/0o/0x prefix.
std::string int_to_prefixed(Value v, int base);
// sys.get_int_max_str_digits / set_int_max_str_digits (the sys module uses these).
int64_t int_max_str_digits();
void set_int_max_str_digits(int64_t n);  // ValueError "maxdigits must be 0 or larger than 640"

}  // namespace minipy
