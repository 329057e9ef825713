// The type system from C++: static types, heap types (C3 MRO, slots from dunders), attribute
// lookup, exceptions, ArgSpec and binary-operator dispatch.
#include <catch2/catch.hpp>

#include <string>

#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

using namespace minipy;

namespace {
struct Init {
  Init() { runtime_init(); }
};

std::string s(Value v) { return str_utf8(v); }
std::string r(Value v) { return repr_utf8(v); }

// Run f and return "TypeName: message" of the Python exception it raises ("" if none).
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const PyException& e) {
    std::string t(type_name(e.value));
    try {
      return t + ": " + str_utf8(e.value);
    } catch (const PyException& e2) {
      return t + ": <str() failed with " + std::string(type_name(e2.value)) + ">";
    }
  }
  return "";
}

Ref make_class(const char* n, std::initializer_list<Value> bases, Value ns = Value()) {
  Ref dict = ns ? Ref(ns) : dict_new();
  Ref b = tuple_from(bases);
  Ref nm = str_new(n);
  dict_set_str(dict, "__module__", str_new("__main__"));
  return type_new_impl(&TypeType, nm, b, dict, nullptr, Value());
}

std::string mro_names(Value cls) {
  std::string out;
  Value mro = as_type(cls)->mro;
  for (size_t i = 0; i < tuple_size(mro); ++i) {
    if (i) out += ",";
    out += std::string(as_type(tuple_item(mro, i))->type_name());
  }
  return out;
}

Ref native_return_other(Value self, const Value* args, size_t nargs, Value kwnames) { return Ref(args[0]); }
}  // namespace

TEST_CASE("static types have dicts, mro and reprs", "[types]") {
  Init init;
  CHECK(r(type_value(&IntType)) == "<class 'int'>");
  CHECK(r(type_value(&TypeType)) == "<class 'type'>");
  CHECK(mro_names(type_value(&BoolType)) == "bool,int,object");
  CHECK(type_of(type_value(&IntType)) == &TypeType);
  CHECK(r(None()) == "None");
  CHECK_FALSE(is_true(None()));
  CHECK(r(NotImplemented()) == "NotImplemented");
  CHECK(r(Ellipsis()) == "Ellipsis");
  Ref add = getattr_str(type_value(&IntType), "__add__");
  CHECK(r(add) == "<slot wrapper '__add__' of 'int' objects>");
  Ref three = call(add, {Value::small_int(1), Value::small_int(2)});
  CHECK(r(three) == "3");
  Ref app = getattr_str(type_value(&ListType), "append");
  CHECK(r(app) == "<method 'append' of 'list' objects>");
  Ref h = getattr_str(type_value(&ListType), "__hash__");
  CHECK(is_none(h));
  CHECK(error_of([] { hash_of(list_new()); }) == "TypeError: unhashable type: 'list'");
  CHECK(error_of([] {
          Ref f = float_new(1.0);
          call(getattr_str(type_value(&IntType), "__add__"), {f, Value::small_int(1)});
        }) == "TypeError: descriptor '__add__' requires a 'int' object but received a 'float'");
}

TEST_CASE("C3 MRO and its error", "[types]") {
  Init init;
  CHECK(error_of([] { make_class("O", {}); }) == "");
  Ref o = make_class("O", {});
  Ref a = make_class("A", {o});
  Ref b = make_class("B", {o});
  Ref c = make_class("C", {a, b});
  CHECK(mro_names(c) == "C,A,B,O,object");
  CHECK(error_of([&] { make_class("D", {o, a}); }) ==
        "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases O, A");
  CHECK(error_of([&] { make_class("D", {a, a}); }) == "TypeError: duplicate base class A");
  CHECK(error_of([&] { make_class("D", {type_value(&BoolType)}); }) ==
        "TypeError: type 'bool' is not an acceptable base type");
  CHECK(r(c) == "<class '__main__.C'>");
}

TEST_CASE("instances, attributes and AttributeError messages", "[types]") {
  Init init;
  Ref a = make_class("A", {});
  Ref obj = call(a, {});
  CHECK(r(obj).rfind("<__main__.A object at 0x", 0) == 0);
  Ref x = str_new("x");
  setattr(obj, x, Value::small_int(5));
  CHECK(r(getattr(obj, x)) == "5");
  CHECK(error_of([&] { getattr_str(obj, "y"); }) == "AttributeError: 'A' object has no attribute 'y'");
  CHECK(error_of([&] { getattr_str(a, "y"); }) == "AttributeError: type object 'A' has no attribute 'y'");
  CHECK(error_of([&] { call(a, {Value::small_int(1)}); }) == "TypeError: A() takes no arguments");
  CHECK(error_of([&] { getattr_str(Value::small_int(1), "x"); }) ==
        "AttributeError: 'int' object has no attribute 'x'");
  CHECK(error_of([&] { setattr(type_value(&IntType), x, Value::small_int(1)); }) ==
        "TypeError: cannot set 'x' attribute of immutable type 'int'");
  // class attribute vs instance attribute
  setattr(a, str_new("k"), Value::small_int(7));
  CHECK(r(getattr_str(obj, "k")) == "7");
  CHECK(isinstance_generic(obj, a));
  CHECK_FALSE(isinstance_generic(obj, type_value(&IntType)));
  CHECK(error_of([&] { isinstance_generic(obj, Value::small_int(2)); }) ==
        "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
}

TEST_CASE("slots follow dunders assigned later", "[types]") {
  Init init;
  Ref a = make_class("A", {});
  Ref obj = call(a, {});
  CHECK(error_of([&] { binary_op(obj, Value::small_int(1), BinOp::Add); }) ==
        "TypeError: unsupported operand type(s) for +: 'A' and 'int'");
  static const MethodDef def = {"f", native_return_other};
  // A native function does not bind: A.__add__ = f makes a + 1 call f(1).
  Ref f = native_function_new(&def, Value(), Value());
  setattr(a, str_new("__add__"), f);
  Ref res = binary_op(obj, Value::small_int(1), BinOp::Add);
  CHECK(r(res) == "1");
  CHECK(error_of([&] { binary_op(Value::small_int(1), obj, BinOp::Add); }) ==
        "TypeError: unsupported operand type(s) for +: 'int' and 'A'");
  CHECK(error_of([&] { rich_compare(obj, obj, CmpOp::Lt); }) ==
        "TypeError: '<' not supported between instances of 'A' and 'A'");
  CHECK(rich_compare_bool(obj, obj, CmpOp::Eq));
}

TEST_CASE("exceptions: str, repr, attributes", "[types]") {
  Init init;
  Ref e = new_exception(exc::ValueError, "bad");
  CHECK(s(e) == "bad");
  CHECK(r(e) == "ValueError('bad')");
  Ref k = new_exception_args(exc::KeyError, std::initializer_list<Value>{str_new("k")}.begin(), 1);
  CHECK(s(k) == "'k'");
  Ref empty = new_exception(exc::TypeError, "");
  CHECK(r(empty) == "TypeError()");
  CHECK(s(empty) == "");
  Value args[3] = {Value::small_int(2), str_new("No such file or directory").release(), str_new("x").release()};
  Ref ose = new_exception_args(exc::OSError, args, 3);
  CHECK(type_of(ose) == exc::FileNotFoundError);
  CHECK(s(ose) == "[Errno 2] No such file or directory: 'x'");
  CHECK(r(getattr_str(ose, "errno")) == "2");
  decref(args[1]);
  decref(args[2]);
  CHECK(exception_matches(ose, exc::OSError));
  CHECK(error_of([] { raisef(exc::IndexError, "list index %s", "out of range"); }) ==
        "IndexError: list index out of range");
  CHECK(mro_names(type_value(exc::ExceptionGroup)) ==
        "ExceptionGroup,BaseExceptionGroup,Exception,BaseException,object");
}

TEST_CASE("ArgSpec binds like Argument Clinic", "[types]") {
  Init init;
  static const ArgSpec spec("from_bytes", "bytes, byteorder='big', *, signed=False");
  Value out[3];
  Value a1[1] = {Value::small_int(1)};
  spec.bind(a1, 1, Value(), out);
  CHECK(out[0] == Value::small_int(1));
  CHECK(out[1].is_null());
  CHECK(error_of([&] { spec.bind(nullptr, 0, Value(), out); }) ==
        "TypeError: from_bytes() missing required argument 'bytes' (pos 1)");
  Value a3[3] = {Value::small_int(1), Value::small_int(2), Value::small_int(3)};
  CHECK(error_of([&] { spec.bind(a3, 3, Value(), out); }) ==
        "TypeError: from_bytes() takes at most 2 positional arguments (3 given)");
  Ref kw = tuple_from({name("x")});
  CHECK(error_of([&] { spec.bind(a3, 1, kw, out); }) ==
        "TypeError: 'x' is an invalid keyword argument for from_bytes()");
  Ref kw2 = tuple_from({name("bytes")});
  CHECK(error_of([&] { spec.bind(a3, 2, kw2, out); }) ==
        "TypeError: argument for from_bytes() given by name ('bytes') and position (1)");
  static const ArgSpec pos("replace", "old, new, count=-1, /");
  CHECK(error_of([&] { pos.bind(a3, 1, Value(), out); }) == "TypeError: replace expected at least 2 arguments, got 1");
}
