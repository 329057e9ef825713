// types.GenericAlias: what `list[int]`, `dict[str, int]`, `tuple[int, ...]` evaluate to, so that
// annotations using built-in generics work. Holds __origin__ and __args__; calling it calls the
// origin; repr matches CPython ("dict[str, int]").
#include "runtime/containers_internal.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject GenericAliasType;

namespace {

struct GenericAliasObject : Object {
  Ref origin;
  Ref args;  // tuple
  Ref parameters;  // empty tuple (type variables are not tracked)
};

inline GenericAliasObject* as_ga(Value v) { return static_cast<GenericAliasObject*>(v.as_object()); }

// CPython's ga_repr_item: types print as qualname (with module unless builtins), ... as "...".
std::string repr_item(Value p) {
  if (p == Ellipsis()) return "...";
  if (type_of(p) == &GenericAliasType) return repr_utf8(p);
  Ref qualname = getattr_opt(p, name("__qualname__"));
  Ref origin = getattr_opt(p, name("__origin__"));
  if (qualname && !origin) {
    Ref module = getattr_opt(p, name("__module__"));
    if (module) {
      if (is_none(module)) return repr_utf8(p);
      if (is_str(module) && is_str(qualname)) {
        if (str_view(module) == "builtins") return std::string(str_view(qualname));
        return std::string(str_view(module)) + "." + std::string(str_view(qualname));
      }
    }
  }
  return repr_utf8(p);
}

Ref ga_repr(Value self) {
  auto* ga = as_ga(self);
  std::string s = repr_item(ga->origin) + "[";
  size_t n = tuple_size(ga->args);
  if (n == 0) s += "()";
  for (size_t i = 0; i < n; i++) {
    if (i) s += ", ";
    s += repr_item(tuple_item(ga->args, i));
  }
  return str_new(s + "]");
}

void ga_traverse(Object* o, VisitFn visit, void* arg) {
  auto* ga = static_cast<GenericAliasObject*>(o);
  if (ga->origin) visit(ga->origin, arg);
  if (ga->args) visit(ga->args, arg);
  if (ga->parameters) visit(ga->parameters, arg);
}
void ga_clear(Object* o) {
  auto* ga = static_cast<GenericAliasObject*>(o);
  ga->origin.reset();
  ga->args.reset();
  ga->parameters.reset();
}

Ref ga_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  return call(as_ga(self)->origin, args, nargs, kwnames);
}

Ref ga_richcompare(Value a, Value b, CmpOp op) {
  if (type_of(a) != &GenericAliasType || type_of(b) != &GenericAliasType || (op != CmpOp::Eq && op != CmpOp::Ne))
    return not_implemented();
  bool eq = rich_compare_bool(as_ga(a)->origin, as_ga(b)->origin, CmpOp::Eq) &&
            rich_compare_bool(as_ga(a)->args, as_ga(b)->args, CmpOp::Eq);
  return Ref(bool_value(op == CmpOp::Eq ? eq : !eq));
}

int64_t ga_hash(Value self) { return hash_of(as_ga(self)->origin) ^ hash_of(as_ga(self)->args); }

Ref ga_getitem(Value self, Value key) {
  // No type variables are tracked, so further subscription is an error as in CPython for
  // non-generic aliases.
  raisef(exc::TypeError, "%s is not a generic class", repr_utf8(self).c_str());
}

Ref ga_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("GenericAlias", kwnames);
  check_nargs("GenericAlias", nargs, 2, 2);
  return generic_alias_new(args[0], args[1]);
}

// Attribute access: the alias's own attributes, then the origin's (list[int].append works).
Ref ga_getattr(Value self, Value attr) {
  std::string_view n = str_view(attr);
  auto* ga = as_ga(self);
  if (n == "__origin__") return ga->origin;
  if (n == "__args__") return ga->args;
  if (n == "__parameters__") return ga->parameters;
  if (n == "__class__") return Ref(Value(static_cast<Object*>(&GenericAliasType)));
  if (n.size() > 4 && n.substr(0, 2) == "__" && n.substr(n.size() - 2) == "__") {
    try {
      if (Ref r = generic_getattr(self, attr)) return r;
    } catch (PyException& e) {
      if (!exception_matches(e.value, exc::AttributeError)) throw;
    }
  }
  return getattr_opt(ga->origin, attr);
}

Ref ga_mro_entries(Value self, const Value* args, size_t nargs, Value kwnames) {
  return tuple_from({as_ga(self)->origin.get()});
}

const MethodDef kGaMethods[] = {{"__mro_entries__", ga_mro_entries}, {}};

}  // namespace

Ref generic_alias_new(Value origin, Value args) {
  Ref r = new_object<GenericAliasObject>(&GenericAliasType);
  auto* ga = r.as<GenericAliasObject>();
  ga->origin = Ref(origin);
  ga->args = is_tuple(args) ? Ref(args) : tuple_from({args});
  ga->parameters = empty_tuple();
  return r;
}

// cls.__class_getitem__(item): a classmethod of the built-in generic containers.
Ref class_getitem(Value cls, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("__class_getitem__", kwnames);
  check_nargs("__class_getitem__", nargs, 1, 1);
  return generic_alias_new(cls, args[0]);
}

void init_generic_alias_type() {
  TypeObject& t = GenericAliasType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "GenericAlias";
  t.base = &ObjectType;
  t.flags = kTypeGC | kTypeImmutable | kTypeBaseType;
  t.basicsize = sizeof(GenericAliasObject);
  t.dealloc = dealloc_as<GenericAliasObject>;
  t.traverse = ga_traverse;
  t.clear = ga_clear;
  t.new_ = ga_new;
  t.repr = ga_repr;
  t.hash = ga_hash;
  t.richcompare = ga_richcompare;
  t.call = ga_call;
  t.getattr = ga_getattr;
  t.getitem = ga_getitem;
  t.methods = kGaMethods;
  static_type_declare(&t);
}

}  // namespace minipy
