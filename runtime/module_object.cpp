// Module objects: a namespace dict with a name. Attribute access goes to the dict (then the
// module's own __getattr__, PEP 562); reprs follow CPython's "<module 'x' from '...'>".
#include <cstddef>
#include <string>

#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace minipy {

TypeObject ModuleType;

static ModuleObject* as_mod(Value v) { return static_cast<ModuleObject*>(v.as_object()); }

static void module_init_dict(Value mod, Value name_v, Value doc) {
  auto* m = as_mod(mod);
  if (!m->dict) m->dict = dict_new();
  m->name = Ref(name_v);
  dict_set_str(m->dict, "__name__", name_v);
  dict_set_str(m->dict, "__doc__", doc ? doc : None());
  dict_set_str(m->dict, "__package__", None());
  dict_set_str(m->dict, "__loader__", None());
  dict_set_str(m->dict, "__spec__", None());
}

Ref module_new(std::string_view n) {
  Ref m = new_object<ModuleObject>(&ModuleType);
  Ref nm = str_new(n);
  module_init_dict(m, nm, Value());
  return m;
}

void module_add_function(Value module, const MethodDef& def) {
  auto* m = as_mod(module);
  Ref fn = native_function_new(&def, module, m->name);
  dict_set_str(m->dict, def.name, fn);
}

void module_add_functions(Value module, const MethodDef* defs) {
  for (const MethodDef* d = defs; d && d->name; ++d) module_add_function(module, *d);
}

static std::string module_name_of(Value self) {
  auto* m = as_mod(self);
  Value n = m->dict ? dict_get_str(m->dict, "__name__") : Value();
  if (n && is_str(n)) return std::string(str_view(n));
  return "?";
}

static Ref module_repr(Value self) {
  auto* m = as_mod(self);
  std::string n = module_name_of(self);
  Value file = m->dict ? dict_get_str(m->dict, "__file__") : Value();
  if (file && is_str(file)) return str_new("<module " + str_repr_utf8(n) + " from " + str_repr_utf8(str_view(file)) + ">");
  if (m->from_python) return str_new("<module " + str_repr_utf8(n) + ">");
  return str_new("<module " + str_repr_utf8(n) + " (built-in)>");
}

static Ref module_getattro(Value self, Value attr) {
  // The module dict is the instance dict (dictoffset), so the generic lookup covers it.
  Ref r = generic_getattr(self, attr);
  if (r) return r;
  auto* m = as_mod(self);
  if (!m->dict) return Ref();
  if (Value ga = dict_get_str(m->dict, "__getattr__")) {
    Ref keep(ga);
    return call(keep, {attr});
  }
  Value n = dict_get_str(m->dict, "__name__");
  if (n && is_str(n))
    raise_attribute_error(self, attr,
                          "module '" + std::string(str_view(n)) + "' has no attribute '" + std::string(str_view(attr)) + "'");
  raise_attribute_error(self, attr, "module has no attribute '" + std::string(str_view(attr)) + "'");
}

static void module_setattro(Value self, Value attr, Value v) {
  if (!is_str(attr))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", std::string(type_name(attr)).c_str());
  Value descr = type_lookup(type_of(self), attr);
  if (descr && type_of(descr)->descr_set) {
    type_of(descr)->descr_set(descr, self, v);
    return;
  }
  auto* m = as_mod(self);
  if (!m->dict) m->dict = dict_new();
  if (v) {
    dict_set(m->dict, attr, v);
  } else if (!dict_del(m->dict, attr)) {
    raise_attribute_error(self, attr,
                          "module '" + module_name_of(self) + "' has no attribute '" + std::string(str_view(attr)) + "'");
  }
}

static Ref module_get_dict(Value self) {
  auto* m = as_mod(self);
  if (!m->dict) m->dict = dict_new();
  return m->dict;
}

static const GetSetDef kModuleGetSets[] = {{"__dict__", module_get_dict}, {nullptr, nullptr}};

static Ref module_dir(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__dir__", nargs, 0, 0);
  auto* m = as_mod(self);
  if (m->dict) {
    if (Value d = dict_get_str(m->dict, "__dir__")) {
      Ref keep(d);
      return call(keep, nullptr, 0);
    }
  }
  Ref list = list_new();
  if (m->dict) {
    size_t pos = 0;
    Value k, v;
    while (dict_next(m->dict, pos, k, v)) list_append(list, k);
  }
  return list;
}

static const MethodDef kModuleMethods[] = {{"__dir__", module_dir}, {nullptr, nullptr}};

static Ref module_tp_new(TypeObject* type, const Value*, size_t, Value) {
  Ref m = new_object<ModuleObject>(type);
  as_mod(m)->dict = dict_new();
  as_mod(m)->from_python = true;
  return m;
}

static void module_tp_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("module", "name, doc=None");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  if (!is_str(a[0]))
    raisef(exc::TypeError, "module.__init__() argument 'name' must be str, not %s", std::string(type_name(a[0])).c_str());
  module_init_dict(self, a[0], a[1]);
}

static void module_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<ModuleObject*>(o);
  if (m->dict) visit(m->dict, arg);
  if (m->name) visit(m->name, arg);
}
static void module_clear(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  m->dict.reset();
}

static void module_dealloc(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  m->dict.reset();  // the dict is also the dictoffset slot: empty it so the tail does not drop it twice
  m->~ModuleObject();
  dealloc_common_tail(o);
}

void init_module_type() {
  ModuleType.name = "module";
  ModuleType.basicsize = sizeof(ModuleObject);
  ModuleType.flags = kTypeGC | kTypeBaseType;
  ModuleType.dictoffset = offsetof(ModuleObject, dict);
  ModuleType.dealloc = module_dealloc;
  ModuleType.traverse = module_traverse;
  ModuleType.clear = module_clear;
  ModuleType.repr = module_repr;
  ModuleType.getattr = module_getattro;
  ModuleType.setattr = module_setattro;
  ModuleType.new_ = module_tp_new;
  ModuleType.init = module_tp_init;
  ModuleType.getsets = kModuleGetSets;
  ModuleType.methods = kModuleMethods;
  static_type_declare(&ModuleType);
}

}  // namespace minipy
