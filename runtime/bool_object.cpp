// bool: the int subclass with exactly two immortal instances, True and False. They use the int
// layout (an mpz holding 0 or 1), so every int operation works on them unchanged; only repr, the
// constructor and the bitwise operators on two bools differ.
#include "runtime/abstract.h"
#include "runtime/bigint.h"
#include "runtime/builtins_registry.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/numeric_util.h"
#include "runtime/str_object.h"

namespace minipy {

TypeObject BoolType;

static BigIntObject g_true, g_false;

Value True() { return Value(static_cast<Object*>(&g_true)); }
Value False() { return Value(static_cast<Object*>(&g_false)); }

static bool is_bool(Value v) { return v == True() || v == False(); }

static Ref bool_repr(Value v) {
  static Value t = name("True"), f = name("False");
  return Ref(v == True() ? t : f);
}

static Ref bool_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (kwcount(kwnames)) raise(exc::TypeError, "bool() takes no keyword arguments");
  if (nargs > 1) raisef(exc::TypeError, "bool expected at most 1 argument, got %zu", nargs);
  return Ref(bool_value(nargs == 1 && is_true(args[0])));
}

// & | ^ of two bools stay bools; anything else is int arithmetic.
static BinarySlot g_int_and, g_int_or, g_int_xor;
static Ref bool_and(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return Ref(bool_value(a == True() && b == True()));
  return g_int_and(a, b);
}
static Ref bool_or(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return Ref(bool_value(a == True() || b == True()));
  return g_int_or(a, b);
}
static Ref bool_xor(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return Ref(bool_value((a == True()) != (b == True())));
  return g_int_xor(a, b);
}

void fill_int_number_slots(TypeObject* t);  // int_object.cpp
extern const MethodDef kBoolPowMethods[];  // int_object.cpp

void init_bool_type() {
  for (BigIntObject* o : {&g_true, &g_false}) {
    o->refcnt = kImmortalRefcnt;
    o->type = &BoolType;
  }
  mpz_set_ui(g_true.z, 1);
  mpz_set_ui(g_false.z, 0);

  TypeObject* t = &BoolType;
  t->refcnt = kImmortalRefcnt;
  t->type = &TypeType;
  t->name = "bool";
  t->flags = kTypeImmutable | kTypeIntSubclass;  // bool cannot be subclassed
  t->basicsize = sizeof(BigIntObject);
  t->base = &IntType;
  t->dealloc = IntType.dealloc;
  t->new_ = bool_new;
  fill_int_number_slots(t);
  g_int_and = t->nb[int(BinOp::And)];
  g_int_or = t->nb[int(BinOp::Or)];
  g_int_xor = t->nb[int(BinOp::Xor)];
  t->nb[int(BinOp::And)] = bool_and;
  t->nb[int(BinOp::Or)] = bool_or;
  t->nb[int(BinOp::Xor)] = bool_xor;
  t->repr = bool_repr;
  t->methods = kBoolPowMethods;
  static_type_declare(t);
}

static BuiltinType reg_bool("bool", &BoolType);

}  // namespace minipy
