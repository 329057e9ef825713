// str core: CPython-compatible hashes, UTF-8 handling, repr, interning.
#include <catch2/catch.hpp>

#include "runtime/bytes_object.h"
#include "runtime/runtime.h"
#include "runtime/siphash.h"
#include "runtime/str_object.h"
#include "runtime/unicode.h"

using namespace minipy;

namespace {
struct Init {
  Init() { runtime_init(); }
};
}  // namespace

TEST_CASE("str hashes equal CPython's under PYTHONHASHSEED=0", "[str]") {
  Init init;
  CHECK(str_hash(str_new("")) == 0);
  CHECK(str_hash(str_new("abc")) == -4594863902769663758LL);
  CHECK(str_hash(str_new("\xc3\xa9")) == 6047309291227476195LL);          // 'é'
  CHECK(str_hash(str_new("\xe2\x82\xac")) == -5529981157763016009LL);     // '€'
  CHECK(str_hash(str_new("\xf0\x9f\x98\x80")) == -3536540696076613844LL); // '😀'
  CHECK(str_hash(str_new("aaaaaaaaaaaaaaaaaaaa")) == 3291541819775287794LL);
  CHECK(hash_bytes("abc", 3) == -4594863902769663758LL);
}

TEST_CASE("str_new counts code points and detects ASCII", "[str]") {
  Init init;
  Ref s = str_new("h\xc3\xa9llo \xf0\x9f\x98\x80");
  CHECK(str_length(s) == 7);
  CHECK_FALSE(s.as<StrObject>()->ascii);
  Ref a = str_new("hello");
  CHECK(a.as<StrObject>()->ascii);
  CHECK(str_length(a) == 5);
  CHECK(str_equal(str_concat(a, s), str_new("hellohéllo 😀")));
}

TEST_CASE("UTF-8 validation", "[str]") {
  Init init;
  CHECK(utf8_valid("abc"));
  CHECK(utf8_valid("\xc3\xa9"));
  CHECK_FALSE(utf8_valid("\xff"));
  CHECK_FALSE(utf8_valid("\xc3"));
  CHECK_FALSE(utf8_valid("\xc0\x80"));  // overlong
  CHECK(utf8_valid("\xed\xa0\x80"));    // a lone surrogate is allowed (Python text may hold one)
  std::string out;
  utf8_append(out, 0x1F600);
  CHECK(out == "\xf0\x9f\x98\x80");
}

TEST_CASE("repr follows CPython's quoting and escapes", "[str]") {
  Init init;
  CHECK(str_repr_utf8("abc") == "'abc'");
  CHECK(str_repr_utf8("a'b") == "\"a'b\"");
  CHECK(str_repr_utf8("a'b\"") == "'a\\'b\"'");
  CHECK(str_repr_utf8("\n\t\\\x01\x7f") == "'\\n\\t\\\\\\x01\\x7f'");
  CHECK(str_repr_utf8("\xc2\x85\xc2\xa0\xc3\xa9") == "'\\x85\\xa0\xc3\xa9'");
  CHECK(str_repr_utf8("\xe2\x80\xa8") == "'\\u2028'");
  CHECK(str_repr_utf8("\xed\xa0\x80") == "'\\ud800'");
  CHECK(bytes_repr_utf8(std::string_view("a'\x00\xff", 4)) == "b\"a'\\x00\\xff\"");
}

TEST_CASE("interning gives one object per text", "[str]") {
  Init init;
  Ref a = intern("spam_interned");
  Ref b = intern(std::string("spam_") + "interned");
  CHECK(a.get() == b.get());
  CHECK(name("__init__") == name("__init__"));
  CHECK(intern("__init__").get() == name("__init__"));
}

TEST_CASE("unicode classes and case mappings", "[str]") {
  Init init;
  CHECK(uni_isalpha(0xE9));
  CHECK(uni_isdecimal(0x661));
  CHECK(uni_decimal_value(0x663) == 3);
  CHECK(uni_decimal_value(0x1D7D9) == 1);
  CHECK(uni_isdigit(0xB2));
  CHECK_FALSE(uni_isdecimal(0xB2));
  CHECK(uni_isnumeric(0xBD));
  CHECK(uni_isspace(0x3000));
  CHECK(uni_simple_upper(0x3B1) == 0x391);
  std::u32string s;
  uni_append_upper(s, 0xDF);
  CHECK(s == U"SS");
}

TEST_CASE("str_append_consume appends in place when it owns the only reference", "[str]") {
  Init init;
  Ref s = str_new("ab");
  Ref t = str_new("cd");
  s = str_append_consume(std::move(s), t);  // grows: a fresh copy with spare room
  Object* grown = s.obj();
  s = str_append_consume(std::move(s), str_new("\xc3\xa9"));  // fits: same object
  CHECK(s.obj() == grown);
  CHECK(str_view(s) == "abcd\xc3\xa9");
  CHECK(str_length(s) == 5);
  CHECK_FALSE(s.as<StrObject>()->ascii);
  CHECK(str_hash(s) == str_hash(str_new("abcd\xc3\xa9")));
  Ref shared = s;  // two references: must not mutate
  Ref u = str_append_consume(Ref(s), str_new("x"));
  CHECK(str_view(shared) == "abcd\xc3\xa9");
  CHECK(str_view(u) == "abcd\xc3\xa9x");
}
