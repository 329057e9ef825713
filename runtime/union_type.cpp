// types.UnionType: what `int | str` evaluates to (PEP 604). isinstance/issubclass accept it
// (abstract.cpp looks at __args__); repr "int | str", None shown as "None".
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/iterators.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

TypeObject UnionType;

namespace {

struct UnionObject : Object {
  Ref args;  // tuple of the member types (None stands for NoneType)
};

UnionObject* as_union(Value v) { return static_cast<UnionObject*>(v.as_object()); }
bool is_union_obj(Value v) { return v.is_object() && v.as_object()->type == &UnionType; }

bool is_generic_alias(Value v) { return v.is_object() && v.as_object()->type == &GenericAliasType; }

// May `v` take part in a union? (types, None, unions, generic aliases)
bool unionable(Value v) { return is_none(v) || is_type(v) || is_union_obj(v) || is_generic_alias(v); }

void add_member(std::vector<Value>& out, Value v) {
  if (is_union_obj(v)) {
    Value a = as_union(v)->args;
    for (size_t i = 0; i < tuple_size(a); ++i) add_member(out, tuple_item(a, i));
    return;
  }
  if (is_none(v)) v = type_value(&NoneType);
  for (Value x : out)
    if (x == v) return;
  out.push_back(v);
}

Ref make_union(Value a, Value b) {
  std::vector<Value> members;
  add_member(members, a);
  add_member(members, b);
  if (members.size() == 1) return Ref(members[0]);
  Ref u = new_object<UnionObject>(&UnionType);
  as_union(u)->args = tuple_from_array(members.data(), members.size());
  return u;
}

Ref union_or(Value a, Value b) {
  if (!unionable(a) || !unionable(b)) return Ref(NotImplemented());
  return make_union(a, b);
}

std::string member_repr(Value v) {
  if (v == type_value(&NoneType)) return "None";
  if (is_type(v)) return type_full_name(as_type(v));
  return repr_utf8(v);
}

Ref union_repr(Value self) {
  Value a = as_union(self)->args;
  std::string s;
  for (size_t i = 0; i < tuple_size(a); ++i) {
    if (i) s += " | ";
    s += member_repr(tuple_item(a, i));
  }
  return str_new(s);
}

Ref union_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_union_obj(b)) return Ref(NotImplemented());
  Value x = as_union(a)->args, y = as_union(b)->args;
  auto subset = [](Value p, Value q) {
    for (size_t i = 0; i < tuple_size(p); ++i) {
      bool found = false;
      for (size_t j = 0; j < tuple_size(q) && !found; ++j) found = tuple_item(p, i) == tuple_item(q, j);
      if (!found) return false;
    }
    return true;
  };
  bool eq = subset(x, y) && subset(y, x);
  return Ref(bool_value(op == CmpOp::Eq ? eq : !eq));
}

int64_t union_hash(Value self) {
  Value a = as_union(self)->args;
  uint64_t h = 0x345678;
  for (size_t i = 0; i < tuple_size(a); ++i) h ^= uint64_t(hash_of(tuple_item(a, i)));
  int64_t r = int64_t(h);
  return r == -1 ? -2 : r;
}

Ref union_args(Value self) { return as_union(self)->args; }
const GetSetDef kUnionGetSets[] = {{"__args__", union_args}, {nullptr, nullptr}};

Ref union_instancecheck(Value self, const Value* args, size_t nargs, Value kw) {
  check_nargs("__instancecheck__", nargs, 1, 1);
  return Ref(bool_value(isinstance_generic(args[0], self)));
}
Ref union_subclasscheck(Value self, const Value* args, size_t nargs, Value kw) {
  check_nargs("__subclasscheck__", nargs, 1, 1);
  return Ref(bool_value(issubclass_generic(args[0], self)));
}
const MethodDef kUnionMethods[] = {{"__instancecheck__", union_instancecheck},
                                   {"__subclasscheck__", union_subclasscheck},
                                   {nullptr, nullptr}};

void union_traverse(Object* o, VisitFn visit, void* arg) {
  auto* u = static_cast<UnionObject*>(o);
  if (u->args) visit(u->args, arg);
}
void union_clear(Object* o) { static_cast<UnionObject*>(o)->args.reset(); }

}  // namespace

void init_union_type() {
  UnionType.name = "types.UnionType";
  UnionType.basicsize = sizeof(UnionObject);
  UnionType.flags = kTypeGC;
  UnionType.dealloc = dealloc_as<UnionObject>;
  UnionType.traverse = union_traverse;
  UnionType.clear = union_clear;
  UnionType.repr = union_repr;
  UnionType.richcompare = union_richcompare;
  UnionType.hash = union_hash;
  UnionType.nb[int(BinOp::Or)] = union_or;
  UnionType.getsets = kUnionGetSets;
  UnionType.methods = kUnionMethods;
  static_type_declare(&UnionType);
  TypeType.nb[int(BinOp::Or)] = union_or;  // `int | str` for every class
  // list[int] | None (GenericAlias is the containers part's; it has no | of its own).
  if (!GenericAliasType.nb[int(BinOp::Or)]) GenericAliasType.nb[int(BinOp::Or)] = union_or;
}

}  // namespace minipy
