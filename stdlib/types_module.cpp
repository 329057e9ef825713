// The types module: names for the interpreter's built-in types (FunctionType, MethodType, ...)
// and SimpleNamespace, a plain attribute bag with a readable repr.
#include <string>

#include "interp/code.h"
#include "interp/function.h"
#include "interp/generator.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/iterators.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/mappingproxy.h"
#include "runtime/module_registry.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

extern TypeObject UnionType;  // runtime/union_type.cpp
TypeObject SimpleNamespaceType;

namespace {

// SimpleNamespace: just an object with an instance __dict__ (at dictoffset).
Ref ns_new(TypeObject* type, const Value*, size_t, Value) { return new_object<Object>(type); }

void ns_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs) raise(exc::TypeError, "no positional arguments expected");
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  Value dict = instance_dict(self, true);
  for (size_t i = 0; i < nkw; ++i) dict_set(dict, tuple_item(kwnames, i), args[i]);
}

Ref ns_repr(Value self) {
  // Recursion guard: a namespace containing itself prints as "namespace(...)".
  static thread_local std::vector<Object*> active;
  std::string name = type_of(self) == &SimpleNamespaceType ? "namespace" : std::string(type_name(self));
  for (Object* o : active)
    if (o == self.as_object()) return str_new(name + "(...)");
  active.push_back(self.as_object());
  std::string out = name + "(";
  try {
    Value dict = instance_dict(self, false);
    if (dict) {
      Ref keep(dict);
      size_t pos = 0;
      Value k, v;
      bool first = true;
      while (dict_next(dict, pos, k, v)) {
        if (!is_str(k)) continue;
        if (!first) out += ", ";
        first = false;
        Ref keep_v(v);
        out += std::string(str_view(k)) + "=" + repr_utf8(v);
      }
    }
  } catch (...) {
    active.pop_back();
    throw;
  }
  active.pop_back();
  return str_new(out + ")");
}

Ref ns_richcompare(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !isinstance(b, &SimpleNamespaceType) ||
      !isinstance(a, &SimpleNamespaceType))
    return Ref(NotImplemented());
  Ref da(instance_dict(a, true)), db(instance_dict(b, true));
  return rich_compare(da, db, op);
}

void ns_traverse(Object* o, VisitFn visit, void* arg) {
  if (Ref* d = instance_dict_slot(o); d && *d) visit(*d, arg);
}
void ns_clear(Object* o) {
  if (Ref* d = instance_dict_slot(o)) d->reset();
}

const GetSetDef kNamespaceGetSets[] = {{"__dict__", [](Value self) { return Ref(instance_dict(self, true)); }},
                                       {nullptr, nullptr}};

void init_simple_namespace_type() {
  SimpleNamespaceType.name = "types.SimpleNamespace";
  SimpleNamespaceType.basicsize = sizeof(Object) + sizeof(Ref);
  SimpleNamespaceType.dictoffset = sizeof(Object);
  SimpleNamespaceType.flags = kTypeBaseType | kTypeGC;
  SimpleNamespaceType.dealloc = dealloc_as<Object>;
  SimpleNamespaceType.traverse = ns_traverse;
  SimpleNamespaceType.clear = ns_clear;
  SimpleNamespaceType.new_ = ns_new;
  SimpleNamespaceType.init = ns_init;
  SimpleNamespaceType.repr = ns_repr;
  SimpleNamespaceType.richcompare = ns_richcompare;
  SimpleNamespaceType.hash = hash_not_implemented;
  SimpleNamespaceType.getsets = kNamespaceGetSets;
  static_type_declare(&SimpleNamespaceType);
}
TypeInitHook simple_namespace_hook(&init_simple_namespace_type);

Ref make_types_module() {
  Ref m = module_new("types");
  Value d = module_dict(m);
  struct Entry {
    const char* name;
    TypeObject* type;
  };
  const Entry entries[] = {
      {"FunctionType", &FunctionType},
      {"LambdaType", &FunctionType},
      {"MethodType", &MethodType},
      {"BuiltinFunctionType", &NativeFunctionType},
      {"BuiltinMethodType", &NativeFunctionType},
      {"ModuleType", &ModuleType},
      {"CodeType", &CodeType},
      {"GeneratorType", &GeneratorType},
      {"TracebackType", &TracebackType},
      {"CellType", &CellType},
      {"NoneType", &NoneType},
      {"NotImplementedType", &NotImplementedType},
      {"EllipsisType", &EllipsisType},
      {"SimpleNamespace", &SimpleNamespaceType},
      {"MappingProxyType", &MappingProxyType},
      {"UnionType", &UnionType},
      {"GenericAlias", &GenericAliasType},
      {"WrapperDescriptorType", &WrapperDescriptorType},
      {"MethodWrapperType", &MethodWrapperType},
      {"MethodDescriptorType", &MethodDescriptorType},
      {"ClassMethodDescriptorType", &ClassMethodDescriptorType},
      {"GetSetDescriptorType", &GetSetDescriptorType},
      {"MemberDescriptorType", &MemberDescriptorType},
  };
  for (const Entry& e : entries) dict_set_str(d, e.name, type_value(e.type));
  return m;
}

BuiltinModule reg_types("types", &make_types_module);

}  // namespace

}  // namespace minipy
