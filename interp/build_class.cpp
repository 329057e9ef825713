// __build_class__: the class statement's runtime half (metaclass calculation, __prepare__, running
// the body with a fresh namespace, calling the metaclass, filling the __class__ cell).
#include <string>
#include <vector>

#include "interp/function.h"
#include "interp/vm.h"
#include "interp/vm_internal.h"
#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

static TypeObject* as_type(Value v) { return static_cast<TypeObject*>(v.as_object()); }
static bool is_type(Value v) { return v.is_object() && isinstance(v, &TypeType); }

// PEP 560: replace bases that are not classes but define __mro_entries__.
static Ref update_bases(Value bases, bool* changed) {
  size_t n = tuple_size(bases);
  *changed = false;
  std::vector<Ref> out;
  for (size_t i = 0; i < n; i++) {
    Value b = tuple_item(bases, i);
    if (is_type(b)) {
      out.emplace_back(b);
      continue;
    }
    Ref meth = getattr_opt(b, name("__mro_entries__"));
    if (!meth) {
      out.emplace_back(b);
      continue;
    }
    Ref entries = call(meth, &bases, 1);
    if (!is_tuple(entries)) raise(exc::TypeError, "__mro_entries__ must return a tuple");
    *changed = true;
    for (size_t j = 0; j < tuple_size(entries); j++) out.emplace_back(tuple_item(entries, j));
  }
  if (!*changed) return Ref(bases);
  Ref t = tuple_new(out.size());
  for (size_t i = 0; i < out.size(); i++) tuple_init_item(t, i, std::move(out[i]));
  return t;
}

static Value calculate_metaclass(Value meta, Value bases) {
  Value winner = meta;
  size_t n = tuple_size(bases);
  for (size_t i = 0; i < n; i++) {
    Value tmp = Value(static_cast<Object*>(type_of(tuple_item(bases, i))));
    if (is_subtype(as_type(winner), as_type(tmp))) continue;
    if (is_subtype(as_type(tmp), as_type(winner))) {
      winner = tmp;
      continue;
    }
    raise(exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
          "of all its bases");
  }
  return winner;
}

static Ref builtin_build_class(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs < 2) raise(exc::TypeError, "__build_class__: not enough arguments");
  Value func = args[0];
  if (!is_function(func)) raise(exc::TypeError, "__build_class__: func must be a function");
  Value cls_name = args[1];
  if (!is_str(cls_name)) raise(exc::TypeError, "__build_class__: name is not a string");
  Ref orig_bases = tuple_from_array(args + 2, nargs - 2);
  bool changed = false;
  Ref bases = update_bases(orig_bases, &changed);

  // keywords: metaclass= is taken out; the rest go to __prepare__ and the metaclass
  Value meta;
  std::vector<Value> kwvals;
  std::vector<Value> kwkeys;
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  for (size_t i = 0; i < nkw; i++) {
    Value k = tuple_item(kwnames, i);
    if (str_view(k) == "metaclass") meta = args[nargs + i];
    else {
      kwkeys.push_back(k);
      kwvals.push_back(args[nargs + i]);
    }
  }
  Ref kwn;
  if (!kwkeys.empty()) kwn = tuple_from_array(kwkeys.data(), kwkeys.size());

  bool is_class = false;
  Ref metaref;
  if (!meta) {
    if (tuple_size(bases) == 0) metaref = Ref(Value(static_cast<Object*>(&TypeType)));
    else metaref = Ref(Value(static_cast<Object*>(type_of(tuple_item(bases, 0)))));
    is_class = true;
  } else {
    metaref = Ref(meta);
    is_class = is_type(meta);
  }
  if (is_class) metaref = Ref(calculate_metaclass(metaref, bases));

  Ref ns;
  Ref prepare = getattr_opt(metaref, name("__prepare__"));
  if (prepare) {
    std::vector<Value> pargs = {cls_name, bases};
    for (Value v : kwvals) pargs.push_back(v);
    ns = call(prepare, pargs.data(), 2, kwn);
    if (!is_dict(ns) && !type_of(ns)->getitem) {
      if (is_class)
        raisef(exc::TypeError, "%s.__prepare__() must return a mapping, not %s",
               std::string(as_type(metaref)->type_name()).c_str(), std::string(type_name(ns)).c_str());
      raisef(exc::TypeError, "<metaclass>.__prepare__() must return a mapping, not %s",
             std::string(type_name(ns)).c_str());
    }
  } else {
    ns = dict_new();
  }

  Ref cell = run_function_with_locals(static_cast<FunctionObject*>(func.as_object()), ns);
  if (changed) setitem(ns, name("__orig_bases__"), orig_bases);

  std::vector<Value> margs = {cls_name, bases, ns};
  for (Value v : kwvals) margs.push_back(v);
  Ref cls = call(metaref, margs.data(), 3, kwn);

  // The __class__ cell (zero-argument super): the body returns it and stores __classcell__.
  Value classcell;
  if (cell && cell.get().is_object() && cell.obj()->type == &CellType) classcell = cell;
  Ref fromns;
  if (!classcell) {
    if (is_dict(ns)) {
      Value c = dict_get(ns, name("__classcell__"));
      if (c && c.is_object() && c.as_object()->type == &CellType) classcell = c;
    }
  }
  if (classcell && is_type(cls)) {
    auto* c = static_cast<CellObject*>(classcell.as_object());
    if (!c->contents) c->contents = cls;
    TypeObject* t = as_type(cls);
    if (t->dict && is_dict(t->dict) && dict_get(t->dict, name("__classcell__"))) dict_del(t->dict, name("__classcell__"));
  }
  return cls;
}

static const MethodDef kBuildClass[] = {
    {"__build_class__", builtin_build_class, kMethodPlain,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement."},
    {},
};
static BuiltinFunctions reg(kBuildClass);

}  // namespace minipy
