// mappingproxy: every operation reads through to the wrapped mapping; nothing writes.
#include "runtime/mappingproxy.h"

#include <string>

#include "runtime/abstract.h"
#include "runtime/containers_internal.h"
#include "runtime/dict_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

TypeObject MappingProxyType;

namespace {

Value target(Value self) { return static_cast<MappingProxyObject*>(self.as_object())->mapping; }

// PyMapping_Check: anything subscriptable except list and tuple (and their subclasses).
bool is_mapping(Value v) {
  TypeObject* t = type_of(v);
  if (t->has_flag(kTypeListSubclass) || t->has_flag(kTypeTupleSubclass)) return false;
  return t->getitem != nullptr;
}

Ref mp_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("mappingproxy", "mapping");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  if (!is_mapping(a[0]))
    raisef(exc::TypeError, "mappingproxy() argument must be a mapping, not %s",
           std::string(type_name(a[0])).c_str());
  return mappingproxy_new(a[0]);
}

Ref mp_getitem(Value self, Value key) { return getitem(target(self), key); }
bool mp_contains(Value self, Value item) {
  return contains(target(self), item);
}
int64_t mp_len(Value self) { return length(target(self)); }
Ref mp_iter(Value self) { return get_iter(target(self)); }
Ref mp_str(Value self) { return str_of(target(self)); }
Ref mp_repr(Value self) {
  check_c_stack();
  return str_new("mappingproxy(" + repr_utf8(target(self)) + ")");
}
Ref mp_richcompare(Value a, Value b, CmpOp op) { return rich_compare(target(a), b, op); }

Ref mp_or(Value a, Value b) {
  Value x = type_of(a) == &MappingProxyType ? target(a) : a;
  Value y = type_of(b) == &MappingProxyType ? target(b) : b;
  return binary_op(x, y, BinOp::Or);
}
Ref mp_ior(Value a, Value b) {
  raisef(exc::TypeError, "'|=' is not supported by %s; use '|' instead", std::string(type_name(a)).c_str());
}

Ref forward(Value self, const char* method, const Value* args, size_t nargs, Value kwnames) {
  Ref f = getattr_str(target(self), method);
  return call(f, args, nargs, kwnames);
}

Ref mp_get(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("get", kwnames);
  check_nargs("get", nargs, 1, 2);
  return forward(self, "get", args, nargs, Value());
}
Ref mp_keys(Value self, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("keys", kwnames);
  check_nargs("keys", nargs, 0, 0);
  return forward(self, "keys", nullptr, 0, Value());
}
Ref mp_values(Value self, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("values", kwnames);
  check_nargs("values", nargs, 0, 0);
  return forward(self, "values", nullptr, 0, Value());
}
Ref mp_items(Value self, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("items", kwnames);
  check_nargs("items", nargs, 0, 0);
  return forward(self, "items", nullptr, 0, Value());
}
Ref mp_copy(Value self, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("copy", kwnames);
  check_nargs("copy", nargs, 0, 0);
  return forward(self, "copy", nullptr, 0, Value());
}
Ref mp_reversed(Value self, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("__reversed__", kwnames);
  check_nargs("__reversed__", nargs, 0, 0);
  Ref r = getattr_opt(target(self), name("__reversed__"));
  if (!r) {
    raisef(exc::TypeError, "'%s' object is not reversible", std::string(type_name(target(self))).c_str());
  }
  return call(r, nullptr, 0);
}

void mp_traverse(Object* o, VisitFn visit, void* arg) {
  auto* p = static_cast<MappingProxyObject*>(o);
  if (p->mapping) visit(p->mapping, arg);
}
void mp_clear(Object* o) { static_cast<MappingProxyObject*>(o)->mapping.reset(); }
void mp_dealloc(Object* o) {
  dealloc_as<MappingProxyObject>(o);
}

const MethodDef kMappingProxyMethods[] = {
    {"get", mp_get},
    {"keys", mp_keys},
    {"values", mp_values},
    {"items", mp_items},
    {"copy", mp_copy},
    {"__reversed__", mp_reversed},
    {"__class_getitem__", class_getitem, kMethodClass},
    {},
};

void init_mappingproxy_type() {
  TypeObject& t = MappingProxyType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "mappingproxy";
  t.base = &ObjectType;
  t.flags = kTypeGC | kTypeImmutable;
  t.basicsize = sizeof(MappingProxyObject);
  t.dealloc = mp_dealloc;
  t.traverse = mp_traverse;
  t.clear = mp_clear;
  t.new_ = mp_new;
  t.repr = mp_repr;
  t.str = mp_str;
  t.hash = hash_not_implemented;
  t.richcompare = mp_richcompare;
  t.iter = mp_iter;
  t.len = mp_len;
  t.getitem = mp_getitem;
  t.contains = mp_contains;
  t.nb[int(BinOp::Or)] = mp_or;
  t.nb_inplace[int(BinOp::Or)] = mp_ior;
  t.methods = kMappingProxyMethods;
  static_type_declare(&t);
}

TypeInitHook mappingproxy_hook(&init_mappingproxy_type);

}  // namespace

Ref mappingproxy_new(Value mapping) {
  Ref r = new_object<MappingProxyObject>(&MappingProxyType);
  r.as<MappingProxyObject>()->mapping = Ref(mapping);
  return r;
}

}  // namespace minipy
