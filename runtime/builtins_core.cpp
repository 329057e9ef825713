// Core builtins owned by the type system: isinstance, issubclass, id, hash, repr, ascii, callable,
// getattr/setattr/hasattr/delattr, format, dir; the types object, type, property, classmethod,
// staticmethod; and the NotImplemented / Ellipsis constants.
#include <string>

#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

// METH_O builtins word their argument errors differently from Argument Clinic.
static void one_arg(const char* fname, size_t nargs, Value kwnames) {
  check_no_kwargs(fname, kwnames);
  if (nargs != 1) raisef(exc::TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
}

static Ref b_isinstance(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("isinstance", kwnames);
  check_nargs("isinstance", nargs, 2, 2);
  return Ref(bool_value(isinstance_generic(args[0], args[1])));
}

static Ref b_issubclass(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("issubclass", kwnames);
  check_nargs("issubclass", nargs, 2, 2);
  return Ref(bool_value(issubclass_generic(args[0], args[1])));
}

static Ref b_id(Value, const Value* args, size_t nargs, Value kwnames) {
  one_arg("id", nargs, kwnames);
  return int_from_u64(uint64_t(args[0].bits()));
}

static Ref b_hash(Value, const Value* args, size_t nargs, Value kwnames) {
  one_arg("hash", nargs, kwnames);
  return int_from_i64(hash_of(args[0]));
}

static Ref b_repr(Value, const Value* args, size_t nargs, Value kwnames) {
  one_arg("repr", nargs, kwnames);
  return repr(args[0]);
}

static Ref b_ascii(Value, const Value* args, size_t nargs, Value kwnames) {
  one_arg("ascii", nargs, kwnames);
  return ascii_of(args[0]);
}

static Ref b_callable(Value, const Value* args, size_t nargs, Value kwnames) {
  one_arg("callable", nargs, kwnames);
  return Ref(bool_value(is_callable(args[0])));
}

static Ref b_getattr(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("getattr", kwnames);
  check_nargs("getattr", nargs, 2, 3);
  if (nargs == 3) {
    Ref r = getattr_opt(args[0], args[1]);
    return r ? r : Ref(args[2]);
  }
  return getattr(args[0], args[1]);
}

static Ref b_setattr(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("setattr", kwnames);
  check_nargs("setattr", nargs, 3, 3);
  setattr(args[0], args[1], args[2]);
  return Ref(None());
}

static Ref b_hasattr(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("hasattr", kwnames);
  check_nargs("hasattr", nargs, 2, 2);
  return Ref(bool_value(hasattr(args[0], args[1])));
}

static Ref b_delattr(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("delattr", kwnames);
  check_nargs("delattr", nargs, 2, 2);
  delattr(args[0], args[1]);
  return Ref(None());
}

static Ref b_format(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("format", "value, format_spec='', /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  if (a[1] && !is_str(a[1]))
    raisef(exc::TypeError, "format() argument 2 must be str, not %s", std::string(type_name(a[1])).c_str());
  return format_value(a[0], a[1]);
}

static Ref b_dir(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("dir", kwnames);
  check_nargs("dir", nargs, 0, 1);
  Ref names;
  if (nargs == 0) {
    // The caller's locals: ask the VM's locals() builtin.
    Value b = tstate() && tstate()->interp ? tstate()->interp->builtins.get() : Value();
    Value loc = b ? dict_get_str(b, "locals") : Value();
    if (!loc) return list_new();
    Ref keep(loc);
    Ref d = call(keep, nullptr, 0);
    names = list_from_iterable(d);
  } else {
    static Value dn = name("__dir__");
    Ref r = call_special(args[0], dn, nullptr, 0);
    if (!r) raise(exc::TypeError, "object does not provide __dir__");
    names = list_from_iterable(r);
  }
  list_sort(names, Value(), false);
  return names;
}

static const MethodDef kCoreBuiltins[] = {
    {"isinstance", b_isinstance, kMethodPlain,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", b_issubclass, kMethodPlain,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"id", b_id, kMethodPlain, "Return the identity of an object."},
    {"hash", b_hash, kMethodPlain, "Return the hash value for the given object."},
    {"repr", b_repr, kMethodPlain, "Return the canonical string representation of the object."},
    {"ascii", b_ascii, kMethodPlain, "Return an ASCII-only representation of an object."},
    {"callable", b_callable, kMethodPlain, "Return whether the object is callable (i.e., some kind of function)."},
    {"getattr", b_getattr, kMethodPlain, "Get a named attribute from an object."},
    {"setattr", b_setattr, kMethodPlain, "Sets the named attribute on the given object to the specified value."},
    {"hasattr", b_hasattr, kMethodPlain, "Return whether the object has an attribute with the given name."},
    {"delattr", b_delattr, kMethodPlain, "Deletes the named attribute from the given object."},
    {"format", b_format, kMethodPlain, "Return value.__format__(format_spec)"},
    {"dir", b_dir, kMethodPlain, "Show attributes of an object."},
    {nullptr, nullptr}};

static BuiltinFunctions reg_core(kCoreBuiltins);
static BuiltinType reg_object("object", &ObjectType);
static BuiltinType reg_type("type", &TypeType);
static BuiltinType reg_property("property", &PropertyType);
static BuiltinType reg_classmethod("classmethod", &ClassMethodType);
static BuiltinType reg_staticmethod("staticmethod", &StaticMethodType);
static BuiltinValue reg_notimpl("NotImplemented", [] { return NotImplemented(); });
static BuiltinValue reg_ellipsis("Ellipsis", [] { return Ellipsis(); });

}  // namespace minipy
