// numbers: int/float/complex core arithmetic, reprs, hashes and format specs against values
// obtained from CPython 3.11.
#include <catch2/catch.hpp>

#include <cmath>

#include "runtime/bigint.h"
#include "runtime/complex_object.h"
#include "runtime/float_object.h"
#include "runtime/format_spec.h"
#include "runtime/int_object.h"

using namespace minipy;

namespace {
Ref I(const char* s) { return int_from_string(s, 10); }
std::string D(Value v) { return int_to_decimal(v); }
}  // namespace

TEST_CASE("float repr is shortest round-trip in CPython layout", "[numbers]") {
  CHECK(float_repr(0.1) == "0.1");
  CHECK(float_repr(1e+16) == "1e+16");
  CHECK(float_repr(1e-05) == "1e-05");
  CHECK(float_repr(123456789.123) == "123456789.123");
  CHECK(float_repr(1.4142135623730951) == "1.4142135623730951");
  CHECK(float_repr(1e+22) == "1e+22");
  CHECK(float_repr(0.0001) == "0.0001");
  CHECK(float_repr(0.0001) == "0.0001");
  CHECK(float_repr(1.5) == "1.5");
  CHECK(float_repr(100.0) == "100.0");
  CHECK(float_repr(-0.0) == "-0.0");
  CHECK(float_repr(0.0) == "0.0");
  CHECK(float_repr(5e-324) == "5e-324");
  CHECK(float_repr(1.7976931348623157e+308) == "1.7976931348623157e+308");
  CHECK(float_repr(1e+16) == "1e+16");
  CHECK(float_repr(1000000000000000.0) == "1000000000000000.0");
  CHECK(float_repr(123.0) == "123.0");
  CHECK(float_repr(0.5) == "0.5");
  CHECK(float_repr(2.5) == "2.5");
  CHECK(float_repr(1234567.0) == "1234567.0");
  CHECK(float_repr(0.3333333333333333) == "0.3333333333333333");
  CHECK(float_repr(-2.5e-07) == "-2.5e-07");
  CHECK(float_repr(INFINITY) == "inf");
  CHECK(float_repr(-INFINITY) == "-inf");
  CHECK(float_repr(NAN) == "nan");
  CHECK(float_repr(1.2345678901234567e+19) == "1.2345678901234567e+19");
  CHECK(float_repr(0.30000000000000004) == "0.30000000000000004");
}

TEST_CASE("format_double matches CPython formatting", "[numbers]") {
  CHECK(format_double(3.14159, 'e', 3, 0) == "3.142e+00");
  CHECK(format_double(3.14159, 'f', 2, 0) == "3.14");
  CHECK(format_double(1234.5, 'g', -1, 0) == "1234.5");
  CHECK(format_double(1.234e-05, 'g', 3, 0) == "1.23e-05");
  CHECK(format_double(1e+20, 'G', -1, 0) == "1E+20");
  CHECK(format_double(2.0, 'g', -1, 1) == "2.00000");
  CHECK(format_double(1.0, 'f', 0, 1) == "1.");
  CHECK(format_double(0.5, 'f', 0, 0) == "0");
  CHECK(format_double(2.5, 'f', 0, 0) == "2");
  CHECK(format_double(1.0, 'g', 3, 8) == "1.0");
  CHECK(format_double(100.0, 'g', 3, 8) == "1e+02");
  CHECK(format_double(123.0, 'g', 2, 8) == "1.2e+02");
  CHECK(format_double(1.5, 'e', -1, 2) == "+1.500000e+00");
  CHECK(format_double(1.5, 'f', 1, 4) == " 1.5");
  CHECK(format_double(-0.0, 'f', 1, 0) == "-0.0");
  CHECK(format_double(5e-324, 'e', 3, 0) == "4.941e-324");
  CHECK(format_double(INFINITY, 'F', 2, 0) == "INF");
  CHECK(format_double(NAN, 'e', 2, 2) == "+nan");
}

TEST_CASE("int arithmetic crosses the small/big boundary exactly", "[numbers]") {
  CHECK(D(int_add(I("3"), I("-1180591620717411303421"))) == "-1180591620717411303418");
  CHECK(D(int_sub(I("3"), I("-1180591620717411303421"))) == "1180591620717411303424");
  CHECK(D(int_mul(I("3"), I("-1180591620717411303421"))) == "-3541774862152233910263");
  CHECK(D(int_floordiv(I("3"), I("-1180591620717411303421"))) == "-1");
  CHECK(D(int_mod(I("3"), I("-1180591620717411303421"))) == "-1180591620717411303418");
  CHECK(D(int_add(I("1000000000000000000000000000007"), I("-7"))) == "1000000000000000000000000000000");
  CHECK(D(int_sub(I("1000000000000000000000000000007"), I("-7"))) == "1000000000000000000000000000014");
  CHECK(D(int_mul(I("1000000000000000000000000000007"), I("-7"))) == "-7000000000000000000000000000049");
  CHECK(D(int_floordiv(I("1000000000000000000000000000007"), I("-7"))) == "-142857142857142857142857142859");
  CHECK(D(int_mod(I("1000000000000000000000000000007"), I("-7"))) == "-6");
  CHECK(D(int_add(I("4611686018427387903"), I("12345"))) == "4611686018427400248");
  CHECK(D(int_sub(I("4611686018427387903"), I("12345"))) == "4611686018427375558");
  CHECK(D(int_mul(I("4611686018427387903"), I("12345"))) == "56931263897486103662535");
  CHECK(D(int_floordiv(I("4611686018427387903"), I("12345"))) == "373567113683871");
  CHECK(D(int_mod(I("4611686018427387903"), I("12345"))) == "408");
  CHECK(D(int_add(I("9223372036854775813"), I("4611686018427387903"))) == "13835058055282163716");
  CHECK(D(int_sub(I("9223372036854775813"), I("4611686018427387903"))) == "4611686018427387910");
  CHECK(D(int_mul(I("9223372036854775813"), I("4611686018427387903"))) == "42535295865117307946756883984253190139");
  CHECK(D(int_floordiv(I("9223372036854775813"), I("4611686018427387903"))) == "2");
  CHECK(D(int_mod(I("9223372036854775813"), I("4611686018427387903"))) == "7");
  CHECK(D(int_add(I("4611686018427387904"), I("-4611686018427387904"))) == "0");
  CHECK(D(int_sub(I("4611686018427387904"), I("-4611686018427387904"))) == "9223372036854775808");
  CHECK(D(int_mul(I("4611686018427387904"), I("-4611686018427387904"))) == "-21267647932558653966460912964485513216");
  CHECK(D(int_floordiv(I("4611686018427387904"), I("-4611686018427387904"))) == "-1");
  CHECK(D(int_mod(I("4611686018427387904"), I("-4611686018427387904"))) == "0");
  CHECK(D(int_add(I("1000000000000000000000000000007"), I("12345"))) == "1000000000000000000000000012352");
  CHECK(D(int_sub(I("1000000000000000000000000000007"), I("12345"))) == "999999999999999999999999987662");
  CHECK(D(int_mul(I("1000000000000000000000000000007"), I("12345"))) == "12345000000000000000000000000086415");
  CHECK(D(int_floordiv(I("1000000000000000000000000000007"), I("12345"))) == "81004455245038477116241393");
  CHECK(D(int_mod(I("1000000000000000000000000000007"), I("12345"))) == "3422");
  CHECK(D(int_add(I("9223372036854775813"), I("-10000000000000000000000000"))) == "-9999990776627963145224187");
  CHECK(D(int_sub(I("9223372036854775813"), I("-10000000000000000000000000"))) == "10000009223372036854775813");
  CHECK(D(int_mul(I("9223372036854775813"), I("-10000000000000000000000000"))) == "-92233720368547758130000000000000000000000000");
  CHECK(D(int_floordiv(I("9223372036854775813"), I("-10000000000000000000000000"))) == "-1");
  CHECK(D(int_mod(I("9223372036854775813"), I("-10000000000000000000000000"))) == "-9999990776627963145224187");
  CHECK(D(int_add(I("-7"), I("-4611686018427387904"))) == "-4611686018427387911");
  CHECK(D(int_sub(I("-7"), I("-4611686018427387904"))) == "4611686018427387897");
  CHECK(D(int_mul(I("-7"), I("-4611686018427387904"))) == "32281802128991715328");
  CHECK(D(int_floordiv(I("-7"), I("-4611686018427387904"))) == "0");
  CHECK(D(int_mod(I("-7"), I("-4611686018427387904"))) == "-7");
  CHECK(D(int_add(I("3"), I("9223372036854775813"))) == "9223372036854775816");
  CHECK(D(int_sub(I("3"), I("9223372036854775813"))) == "-9223372036854775810");
  CHECK(D(int_mul(I("3"), I("9223372036854775813"))) == "27670116110564327439");
  CHECK(D(int_floordiv(I("3"), I("9223372036854775813"))) == "0");
  CHECK(D(int_mod(I("3"), I("9223372036854775813"))) == "3");
  CHECK(D(int_add(I("4611686018427387903"), I("9223372036854775813"))) == "13835058055282163716");
  CHECK(D(int_sub(I("4611686018427387903"), I("9223372036854775813"))) == "-4611686018427387910");
  CHECK(D(int_mul(I("4611686018427387903"), I("9223372036854775813"))) == "42535295865117307946756883984253190139");
  CHECK(D(int_floordiv(I("4611686018427387903"), I("9223372036854775813"))) == "0");
  CHECK(D(int_mod(I("4611686018427387903"), I("9223372036854775813"))) == "4611686018427387903");
  CHECK(D(int_add(I("-10000000000000000000000000"), I("-1180591620717411303421"))) == "-10001180591620717411303421");
  CHECK(D(int_sub(I("-10000000000000000000000000"), I("-1180591620717411303421"))) == "-9998819408379282588696579");
  CHECK(D(int_mul(I("-10000000000000000000000000"), I("-1180591620717411303421"))) == "11805916207174113034210000000000000000000000000");
  CHECK(D(int_floordiv(I("-10000000000000000000000000"), I("-1180591620717411303421"))) == "8470");
  CHECK(D(int_mod(I("-10000000000000000000000000"), I("-1180591620717411303421"))) == "-388972523526260024130");
  CHECK(D(int_add(I("4611686018427387904"), I("-10000000000000000000000000"))) == "-9999995388313981572612096");
  CHECK(D(int_sub(I("4611686018427387904"), I("-10000000000000000000000000"))) == "10000004611686018427387904");
  CHECK(D(int_mul(I("4611686018427387904"), I("-10000000000000000000000000"))) == "-46116860184273879040000000000000000000000000");
  CHECK(D(int_floordiv(I("4611686018427387904"), I("-10000000000000000000000000"))) == "-1");
  CHECK(D(int_mod(I("4611686018427387904"), I("-10000000000000000000000000"))) == "-9999995388313981572612096");
  CHECK(D(int_add(I("4611686018427387904"), I("-4611686018427387904"))) == "0");
  CHECK(D(int_sub(I("4611686018427387904"), I("-4611686018427387904"))) == "9223372036854775808");
  CHECK(D(int_mul(I("4611686018427387904"), I("-4611686018427387904"))) == "-21267647932558653966460912964485513216");
  CHECK(D(int_floordiv(I("4611686018427387904"), I("-4611686018427387904"))) == "-1");
  CHECK(D(int_mod(I("4611686018427387904"), I("-4611686018427387904"))) == "0");
  CHECK(D(int_add(I("4611686018427387904"), I("3"))) == "4611686018427387907");
  CHECK(D(int_sub(I("4611686018427387904"), I("3"))) == "4611686018427387901");
  CHECK(D(int_mul(I("4611686018427387904"), I("3"))) == "13835058055282163712");
  CHECK(D(int_floordiv(I("4611686018427387904"), I("3"))) == "1537228672809129301");
  CHECK(D(int_mod(I("4611686018427387904"), I("3"))) == "1");
  CHECK(int_add(I("4611686018427387903"), I("1")).get().is_object());
  CHECK(int_sub(I("4611686018427387904"), I("1")).get().is_small_int());
  CHECK(D(int_pow(I("3"), I("100"))) == "515377520732011331036461129765621272702107522001");
  CHECK(D(int_pow_mod(I("3"), I("-1"), I("7"))) == "5");
  CHECK(D(int_pow_mod(I("5"), I("3"), I("-7"))) == "-1");
  CHECK(float_repr(float_value(int_truediv(I("1000000000000000000000000000000"), I("3")))) == "3.333333333333333e+29");
  CHECK(float_repr(int_as_double(I("1208925819614629308923905"))) == "1.2089258196146294e+24");
  CHECK(int_compare(I("100000000000000000000"), I("-100000000000000000000")) == 1);
}

TEST_CASE("numeric hashes agree with CPython", "[numbers]") {
  CHECK(hash_int(I("0")) == 0LL);
  CHECK(hash_int(I("1")) == 1LL);
  CHECK(hash_int(I("-1")) == -2LL);
  CHECK(hash_int(I("-2")) == -2LL);
  CHECK(hash_int(I("2305843009213693951")) == 0LL);
  CHECK(hash_int(I("2305843009213693952")) == 1LL);
  CHECK(hash_int(I("-2305843009213693952")) == -2LL);
  CHECK(hash_int(I("1267650600228229401496703205376")) == 549755813888LL);
  CHECK(hash_int(I("1000000000000000000000000000000")) == 465258685558744706LL);
  CHECK(hash_int(I("-12345")) == -12345LL);
  CHECK(hash_double(0.5) == 1152921504606846976LL);
  CHECK(hash_double(1.0) == 1LL);
  CHECK(hash_double(-1.5) == -1152921504606846977LL);
  CHECK(hash_double(1e+100) == 1822893315824342674LL);
  CHECK(hash_double(3.14159) == 326484311674566659LL);
  CHECK(hash_double(-0.0) == 0LL);
  CHECK(hash_double(1e-300) == 482449582752280463LL);
  CHECK(hash_double(INFINITY) == 314159);
}

TEST_CASE("int parsing and conversion", "[numbers]") {
  CHECK(D(int_from_string(" 1_000 ", 10)) == "1000");
  CHECK(D(int_from_string("-0x_ff", 0)) == "-255");
  CHECK(D(int_from_string("0b101", 0)) == "5");
  CHECK(D(int_from_string("zz", 36)) == "1295");
  CHECK(D(int_from_string("+42", 10)) == "42");
  CHECK(D(int_from_string("0o17", 8)) == "15");
  CHECK(D(int_from_literal("0xDEAD_BEEF")) == "3735928559");
  CHECK(D(int_from_double(1e20)) == "100000000000000000000");
  CHECK(D(int_from_double(-3.99)) == "-3");
  CHECK(int_to_prefixed(I("-255"), 16) == "-0xff");
  CHECK(int_to_prefixed(I("1180591620717411303424"), 2) == "0b10000000000000000000000000000000000000000000000000000000000000000000000");
}

TEST_CASE("format specs for ints, floats and complex", "[numbers]") {
  CHECK(format_int_spec(I("1234567"), ",") == "1,234,567");
  CHECK(format_int_spec(I("1234"), "08,") == "0,001,234");
  CHECK(format_int_spec(I("1234"), "010,") == "00,001,234");
  CHECK(format_int_spec(I("-1234"), "09,") == "-0,001,234");
  CHECK(format_int_spec(I("255"), "#010_b") == "0b1111_1111");
  CHECK(format_int_spec(I("12345678"), "_x") == "bc_614e");
  CHECK(format_int_spec(I("-5"), "x^10") == "xxxx-5xxxx");
  CHECK(format_int_spec(I("-5"), "x=10") == "-xxxxxxxx5");
  CHECK(format_int_spec(I("5"), "€^10") == "€€€€5€€€€€");
  CHECK(format_int_spec(I("255"), "#X") == "0XFF");
  CHECK(format_int_spec(I("65"), "c") == "A");
  CHECK(format_int_spec(I("3"), "+d") == "+3");
  CHECK(format_int_spec(I("1000000000000000000000000000000"), "_d") == "1_000_000_000_000_000_000_000_000_000_000");
  CHECK(format_int_spec(I("1"), "=+5") == "+   1");
  CHECK(format_float_spec(1234.5, "012,.1f", Value()) == "00,001,234.5");
  CHECK(format_float_spec(12345.678, ",", Value()) == "12,345.678");
  CHECK(format_float_spec(0.125, ".1%", Value()) == "12.5%");
  CHECK(format_float_spec(-0.0001, "z.2f", Value()) == "0.00");
  CHECK(format_float_spec(1e+16, "#", Value()) == "1.e+16");
  CHECK(format_float_spec(1.0, ".0", Value()) == "1e+00");
  CHECK(format_float_spec(123.0, ".2", Value()) == "1.2e+02");
  CHECK(format_float_spec(NAN, "010", Value()) == "0000000nan");
  CHECK(format_float_spec(INFINITY, "=+10", Value()) == "+      inf");
  CHECK(format_float_spec(1.5, "^9.3f", Value()) == "  1.500  ");
  CHECK(format_complex_spec(1.0, 2.0, "10", complex_new(1.0, 2.0)) == "    (1+2j)");
  CHECK(format_complex_spec(1.0, 2.0, "f", complex_new(1.0, 2.0)) == "1.000000+2.000000j");
  CHECK(format_complex_spec(0.0, 2.0, "g", complex_new(0.0, 2.0)) == "0+2j");
  CHECK(format_complex_spec(1.23456789, 1.0, ".3", complex_new(1.23456789, 1.0)) == "(1.23+1j)");
  CHECK(format_complex_spec(1.0, 2.0, "+.1e", complex_new(1.0, 2.0)) == "+1.0e+00+2.0e+00j");
  CHECK(format_complex_spec(1.5, 2.0, "<20", complex_new(1.5, 2.0)) == "(1.5+2j)            ");
}
