// Attribute access and calls (abstract.h): the generic descriptor protocol with the instance
// __dict__, AttributeError messages as CPython words them, and calling any callable.
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

static std::string tn(Value v) { return std::string(type_name(v)); }

[[noreturn]] static void name_not_str(Value n) {
  raisef(exc::TypeError, "attribute name must be string, not '%s'", tn(n).c_str());
}

[[noreturn]] static void no_attribute(Value obj, Value n) {
  std::string attr(str_view(n));
  if (is_type(obj))
    raise_attribute_error(obj, n, "type object '" + std::string(as_type(obj)->type_name()) + "' has no attribute '" + attr + "'");
  if (type_of(obj) == &ModuleType || is_subtype(type_of(obj), &ModuleType)) {
    Value d = module_dict(obj);
    Value mn = d ? dict_get_str(d, "__name__") : Value();
    if (mn && is_str(mn))
      raise_attribute_error(obj, n, "module '" + std::string(str_view(mn)) + "' has no attribute '" + attr + "'");
    raise_attribute_error(obj, n, "module has no attribute '" + attr + "'");
  }
  raise_attribute_error(obj, n, "'" + tn(obj) + "' object has no attribute '" + attr + "'");
}

Ref generic_getattr(Value obj, Value n) {
  if (!is_str(n)) name_not_str(n);
  TypeObject* type = type_of(obj);
  Ref descr(type_lookup(type, n));
  DescrGetSlot f = nullptr;
  if (descr) {
    TypeObject* dt = type_of(descr);
    f = dt->descr_get;
    if (f && dt->descr_set) return f(descr, obj, type_value(type));
  }
  if (obj.is_object()) {
    if (Ref* slot = instance_dict_slot(obj.as_object()); slot && *slot) {
      Ref dict = *slot;  // __eq__ of a key may replace the dict
      if (Value v = dict_get(dict, n)) return Ref(v);
    }
  }
  if (f) return f(descr, obj, type_value(type));
  return descr;
}

void generic_setattr(Value obj, Value n, Value v) {
  if (!is_str(n)) name_not_str(n);
  TypeObject* type = type_of(obj);
  Ref descr(type_lookup(type, n));
  if (descr) {
    if (DescrSetSlot s = type_of(descr)->descr_set) {
      s(descr, obj, v);
      return;
    }
  }
  Ref* slot = obj.is_object() ? instance_dict_slot(obj.as_object()) : nullptr;
  if (!slot) {
    if (descr)
      raisef(exc::AttributeError, "'%s' object attribute '%s' is read-only", tn(obj).c_str(),
             std::string(str_view(n)).c_str());
    no_attribute(obj, n);
  }
  if (v) {
    if (!*slot) *slot = dict_new();
    Ref dict = *slot;
    Ref key = is_exact_str(n) ? intern_str(n) : Ref(n);
    dict_set(dict, key, v);
  } else {
    Ref dict = *slot;
    if (!dict || !dict_del(dict, n)) no_attribute(obj, n);
  }
}

Ref getattr(Value obj, Value n) {
  if (!is_str(n)) name_not_str(n);
  TypeObject* t = type_of(obj);
  Ref r = t->getattr ? t->getattr(obj, n) : generic_getattr(obj, n);
  if (!r) no_attribute(obj, n);
  return r;
}

Ref getattr_opt(Value obj, Value n) {
  if (!is_str(n)) name_not_str(n);
  TypeObject* t = type_of(obj);
  try {
    return t->getattr ? t->getattr(obj, n) : generic_getattr(obj, n);
  } catch (const PyException& e) {
    if (exception_matches(e.value, exc::AttributeError)) return Ref();
    throw;
  }
}

Ref getattr_str(Value obj, std::string_view n) {
  Ref key = intern(n);
  return getattr(obj, key);
}

void setattr(Value obj, Value n, Value v) {
  if (!is_str(n)) name_not_str(n);
  TypeObject* t = type_of(obj);
  if (!t->setattr) {
    if (t->getattr) raisef(exc::TypeError, "'%s' object has only read-only attributes (assign to .%s)",
                           tn(obj).c_str(), std::string(str_view(n)).c_str());
    raisef(exc::TypeError, "'%s' object has no attributes (assign to .%s)", tn(obj).c_str(),
           std::string(str_view(n)).c_str());
  }
  t->setattr(obj, n, v);
}

void delattr(Value obj, Value n) {
  if (!is_str(n)) name_not_str(n);
  TypeObject* t = type_of(obj);
  if (!t->setattr)
    raisef(exc::TypeError, "'%s' object has no attributes (del .%s)", tn(obj).c_str(), std::string(str_view(n)).c_str());
  t->setattr(obj, n, Value());
}

bool hasattr(Value obj, Value n) { return bool(getattr_opt(obj, n)); }

// ---- calls ---------------------------------------------------------------------------------------

Ref call(Value callable, const Value* args, size_t nargs, Value kwnames) {
  TypeObject* t = type_of(callable);
  if (!t->call) raisef(exc::TypeError, "'%s' object is not callable", tn(callable).c_str());
  if (kwnames && tuple_size(kwnames) == 0) kwnames = Value();
  return t->call(callable, args, nargs, kwnames);
}

Ref call(Value callable, std::initializer_list<Value> args) {
  return call(callable, args.begin(), args.size(), Value());
}

Ref call_method(Value obj, Value n, std::initializer_list<Value> args) {
  Ref m = getattr(obj, n);
  return call(m, args.begin(), args.size(), Value());
}

Ref call_method(Value obj, std::string_view n, std::initializer_list<Value> args) {
  Ref key = intern(n);
  Ref m = getattr(obj, key);
  return call(m, args.begin(), args.size(), Value());
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

}  // namespace minipy
