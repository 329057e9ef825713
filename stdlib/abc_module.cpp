// The abc module: ABCMeta (abstract-method bookkeeping through type.__abstractmethods__, virtual
// subclasses via register), ABC, and the abstractmethod decorators. Instantiating a class with
// abstract methods fails in object.__new__ ("Can't instantiate abstract class ...").
#include <string>

#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_internal.h"
#include "runtime/type_object.h"

namespace minipy {

TypeObject ABCMetaType;

namespace {

bool is_abstract(Value v) {
  static Value n = name("__isabstractmethod__");
  Ref a = getattr_opt(v, n);
  return a && is_true(a);
}

Ref abcmeta_new(TypeObject* meta, const Value* args, size_t nargs, Value kwnames) {
  Ref cls = type_new_slot(meta, args, nargs, kwnames);
  if (!is_type(cls) || nargs != 3) return cls;
  // Abstract names: those defined abstract here, plus inherited ones still abstract.
  Ref names = set_new(&FrozenSetType);
  {
    size_t pos = 0;
    Value k, v;
    Value ns = args[2];
    Ref items = list_new();
    while (dict_next(ns, pos, k, v)) list_append(items, tuple_from({k, v}));
    for (auto& kv : list_items(items))
      if (is_abstract(tuple_item(kv, 1))) set_add(names, tuple_item(kv, 0));
  }
  static Value am = name("__abstractmethods__");
  Value bases = as_type(cls)->bases;
  for (size_t i = 0; bases && i < tuple_size(bases); ++i) {
    Ref inherited = getattr_opt(tuple_item(bases, i), am);
    if (!inherited) continue;
    Ref it = get_iter(inherited);
    while (Ref n = iter_next(it)) {
      Ref value = getattr_opt(cls, n);
      if (value && is_abstract(value)) set_add(names, n);
    }
  }
  setattr(cls, am, names);
  dict_set_str(as_type(cls)->dict, "_abc_registry", list_new());
  type_modified(as_type(cls));
  return cls;
}

Value registry_of(Value cls) {
  Value d = as_type(cls)->dict;
  return d ? dict_get_str(d, "_abc_registry") : Value();
}

bool abc_subclasscheck(Value cls, Value sub, int depth = 0) {
  if (!is_type(sub)) raise(exc::TypeError, "issubclass() arg 1 must be a class");
  if (is_subtype(as_type(sub), as_type(cls))) return true;
  // A class-level __subclasshook__ (other than object's) may decide structurally.
  static Value hook_name = name("__subclasshook__");
  Ref hook = getattr_opt(cls, hook_name);
  Ref object_hook = getattr_opt(type_value(&ObjectType), hook_name);
  if (hook && !(object_hook && equals(hook, object_hook))) {
    Ref r = call(hook, {sub});
    if (r.get() == True()) return true;
    if (r.get() == False()) return false;
  }
  if (depth > 50) return false;
  Value reg = registry_of(cls);
  if (reg && is_list(reg)) {
    Ref keep(reg);
    for (size_t i = 0; i < list_items(reg).size(); ++i) {
      Value r = list_items(reg)[i];
      if (is_subtype(as_type(sub), as_type(r))) return true;
      if (type_of(r) == &ABCMetaType && abc_subclasscheck(r, sub, depth + 1)) return true;
    }
  }
  // A virtual subclass of a subclass counts too.
  Ref subs = type_subclasses(as_type(cls));
  for (auto& s : list_items(subs))
    if (type_of(s) == &ABCMetaType && registry_of(s) && abc_subclasscheck(s, sub, depth + 1)) return true;
  return false;
}

Ref abc_register(Value cls, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("register", nargs, 1, 1);
  if (!is_type(args[0])) raise(exc::TypeError, "Can only register classes");
  Value reg = registry_of(cls);
  if (!reg) {
    Ref l = list_new();
    dict_set_str(as_type(cls)->dict, "_abc_registry", l);
    reg = registry_of(cls);
  }
  if (!abc_subclasscheck(cls, args[0])) list_append(reg, args[0]);
  type_modified(as_type(cls));
  return Ref(args[0]);
}

Ref abc_instancecheck(Value cls, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__instancecheck__", nargs, 1, 1);
  return Ref(bool_value(abc_subclasscheck(cls, type_value(type_of(args[0])))));
}

Ref abc_subclasscheck_m(Value cls, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__subclasscheck__", nargs, 1, 1);
  return Ref(bool_value(abc_subclasscheck(cls, args[0])));
}

const MethodDef kABCMetaMethods[] = {{"register", abc_register},
                                     {"__instancecheck__", abc_instancecheck},
                                     {"__subclasscheck__", abc_subclasscheck_m},
                                     {nullptr, nullptr}};

void init_abcmeta_type() {
  ABCMetaType.name = "abc.ABCMeta";
  ABCMetaType.base = &TypeType;
  ABCMetaType.flags = kTypeBaseType | kTypeTypeSubclass;
  ABCMetaType.basicsize = sizeof(TypeObject);
  ABCMetaType.new_ = abcmeta_new;
  ABCMetaType.methods = kABCMetaMethods;
  static_type_declare(&ABCMetaType);
}
TypeInitHook abcmeta_hook(&init_abcmeta_type);

Ref abstractmethod(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("abstractmethod", kwnames);
  check_nargs("abstractmethod", nargs, 1, 1);
  setattr(args[0], name("__isabstractmethod__"), True());
  return Ref(args[0]);
}


}  // namespace

static const MethodDef kAbcFunctions[] = {{"abstractmethod", abstractmethod}, {nullptr, nullptr}};

static Ref make_abc_module() {
  Ref m = module_new("abc");
  module_add_functions(m, kAbcFunctions);
  Value d = module_dict(m);
  dict_set_str(d, "ABCMeta", type_value(&ABCMetaType));
  // class ABC(metaclass=ABCMeta): __slots__ = ()
  Ref ns = dict_new();
  dict_set_str(ns, "__module__", str_new("abc"));
  dict_set_str(ns, "__slots__", empty_tuple());
  dict_set_str(ns, "__doc__", str_new("Helper class that provides a standard way to create an ABC using\ninheritance."));
  Ref abc = call(type_value(&ABCMetaType), {str_new("ABC"), empty_tuple(), ns});
  dict_set_str(d, "ABC", abc);
  // abstractproperty & co. are the plain descriptors marked abstract by their function.
  dict_set_str(d, "abstractproperty", type_value(&PropertyType));
  dict_set_str(d, "abstractclassmethod", type_value(&ClassMethodType));
  dict_set_str(d, "abstractstaticmethod", type_value(&StaticMethodType));
  return m;
}

static BuiltinModule reg_abc("abc", &make_abc_module);

}  // namespace minipy
