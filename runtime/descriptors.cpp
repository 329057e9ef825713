// Descriptor and callable-wrapper types: method descriptors and builtin methods (list.append,
// [].append), slot wrappers and method-wrappers (int.__add__, (1).__add__), getset descriptors
// (int.real), bound methods, property/classmethod/staticmethod, and cells.
#include "runtime/descriptors.h"

#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

TypeObject WrapperDescriptorType, MethodWrapperType, GetSetDescriptorType, ClassMethodDescriptorType,
    MemberDescriptorType;
TypeObject MethodDescriptorType, NativeFunctionType, MethodType, PropertyType, ClassMethodType,
    StaticMethodType, CellType;

void init_module_type();  // module_object.cpp
void init_union_type();   // union_type.cpp

static std::string tname(TypeObject* t) { return std::string(t->type_name()); }
static std::string tname(Value v) { return std::string(type_name(v)); }

static bool same_type_op(CmpOp op) { return op == CmpOp::Eq || op == CmpOp::Ne; }
static Ref eq_result(bool eq, CmpOp op) { return Ref(bool_value(op == CmpOp::Eq ? eq : !eq)); }

// ---- method descriptors (list.append) and builtin methods ---------------------------------------

// A descriptor keeps its class alive when that is a heap type (static types are immortal), and
// shows the collector that reference: class -> __dict__ -> descriptor -> class is a cycle.
static void own_owner(TypeObject* owner) {
  if (owner && owner->has_flag(kTypeHeapType)) incref(type_value(owner));
}
static void visit_owner(TypeObject* owner, VisitFn visit, void* arg) {
  if (owner && owner->has_flag(kTypeHeapType)) visit(type_value(owner), arg);
}
template <class T>
static void descr_dealloc(Object* o) {
  TypeObject* owner = static_cast<T*>(o)->owner;
  dealloc_as<T>(o);
  if (owner && owner->has_flag(kTypeHeapType)) decref(type_value(owner));
}
template <class T>
static void descr_traverse(Object* o, VisitFn visit, void* arg) {
  visit_owner(static_cast<T*>(o)->owner, visit, arg);
}
static void member_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MemberDescrObject*>(o);
  visit_owner(m->owner, visit, arg);
  if (m->name) visit(m->name, arg);
}

Ref method_descriptor_new(TypeObject* owner, const MethodDef* def) {
  TypeObject* t = (def->flags & kMethodClass) ? &ClassMethodDescriptorType : &MethodDescriptorType;
  Ref r = new_object<MethodDescrObject>(t);
  auto* d = r.as<MethodDescrObject>();
  d->owner = owner;
  own_owner(owner);
  d->def = def;
  return r;
}

static MethodDescrObject* as_mdescr(Value v) { return static_cast<MethodDescrObject*>(v.as_object()); }

static Ref mdescr_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* d = as_mdescr(self);
  if (nargs < 1)
    raisef(exc::TypeError, "unbound method %s.%s() needs an argument", tname(d->owner).c_str(), d->def->name);
  if (!isinstance(args[0], d->owner))
    raisef(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
           tname(d->owner).c_str(), tname(args[0]).c_str());
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Ref mdescr_get(Value self, Value obj, Value type) {
  auto* d = as_mdescr(self);
  if (!obj) return Ref(self);
  if (!isinstance(obj, d->owner))
    raisef(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
           tname(d->owner).c_str(), tname(obj).c_str());
  return native_function_new(d->def, obj, Value());
}

static Ref mdescr_repr(Value self) {
  auto* d = as_mdescr(self);
  return str_new(std::string("<method '") + d->def->name + "' of '" + tname(d->owner) + "' objects>");
}

static Ref cmdescr_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* d = as_mdescr(self);
  if (nargs < 1)
    raisef(exc::TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name, tname(d->owner).c_str());
  if (!is_type(args[0]))
    raisef(exc::TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d->def->name,
           tname(d->owner).c_str(), tname(args[0]).c_str());
  return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static Ref cmdescr_get(Value self, Value obj, Value type) {
  auto* d = as_mdescr(self);
  Value t = type ? type : type_value(type_of(obj));
  return native_function_new(d->def, t, Value());
}

static Ref mdescr_name(Value self) { return str_new(as_mdescr(self)->def->name); }
static Ref mdescr_qualname(Value self) {
  auto* d = as_mdescr(self);
  return str_new(type_qualname(d->owner) + "." + d->def->name);
}
static Ref mdescr_doc(Value self) {
  const char* doc = as_mdescr(self)->def->doc;
  return doc ? str_new(doc) : Ref(None());
}
static Ref mdescr_objclass(Value self) { return Ref(type_value(as_mdescr(self)->owner)); }
static const GetSetDef kMethodDescrGetSets[] = {{"__name__", mdescr_name},
                                                {"__qualname__", mdescr_qualname},
                                                {"__doc__", mdescr_doc},
                                                {"__objclass__", mdescr_objclass},
                                                {nullptr, nullptr}};

Ref native_function_new(const MethodDef* def, Value self, Value module_name) {
  Ref r = new_object<NativeFunctionObject>(&NativeFunctionType);
  auto* f = r.as<NativeFunctionObject>();
  f->def = def;
  f->self = Ref(self);
  f->module = Ref(module_name);
  return r;
}

static NativeFunctionObject* as_nf(Value v) { return static_cast<NativeFunctionObject*>(v.as_object()); }

static Ref nf_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* f = as_nf(self);
  return f->def->fn(f->self, args, nargs, kwnames);
}

// The bound object may be a small int (e.g. (1).bit_length), which has no object header: go
// through type_of and use the tagged word where an address is shown or hashed.
static bool nf_is_function(NativeFunctionObject* f) {
  return !f->self || type_of(f->self) == &ModuleType;
}
static const void* self_address(NativeFunctionObject* f) {
  return reinterpret_cast<const void*>(f->self.get().bits());
}

static Ref nf_repr(Value self) {
  auto* f = as_nf(self);
  if (nf_is_function(f)) return str_new(std::string("<built-in function ") + f->def->name + ">");
  return str_new(std::string("<built-in method ") + f->def->name + " of " + tname(f->self) + " object at " +
                 address_string(self_address(f)) + ">");
}
static Ref nf_name(Value self) { return str_new(as_nf(self)->def->name); }
static Ref nf_qualname(Value self) {
  auto* f = as_nf(self);
  if (nf_is_function(f)) return str_new(f->def->name);
  TypeObject* t = is_type(f->self) ? as_type(f->self) : type_of(f->self);
  return str_new(type_qualname(t) + "." + f->def->name);
}
static Ref nf_self(Value self) {
  auto* f = as_nf(self);
  return Ref(f->self ? f->self.get() : None());
}
static Ref nf_module(Value self) {
  auto* f = as_nf(self);
  if (f->module) return f->module;
  if (f->self && type_of(f->self) == &ModuleType) return Ref(static_cast<ModuleObject*>(f->self.obj())->name);
  return Ref(None());
}
static Ref nf_doc(Value self) {
  const char* doc = as_nf(self)->def->doc;
  return doc ? str_new(doc) : Ref(None());
}
static const GetSetDef kNativeFunctionGetSets[] = {{"__name__", nf_name},   {"__qualname__", nf_qualname},
                                                   {"__self__", nf_self},   {"__module__", nf_module},
                                                   {"__doc__", nf_doc},     {nullptr, nullptr}};

static Ref nf_richcompare(Value a, Value b, CmpOp op) {
  if (!same_type_op(op) || type_of(b) != &NativeFunctionType) return Ref(NotImplemented());
  auto *x = as_nf(a), *y = as_nf(b);
  return eq_result(x->def == y->def && x->self.get() == y->self.get(), op);
}
static int64_t nf_hash(Value self) {
  auto* f = as_nf(self);
  return hash_pointer(f->def) ^ (f->self ? hash_pointer(self_address(f)) : 0);
}
static void nf_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<NativeFunctionObject*>(o);
  if (f->self) visit(f->self, arg);
  if (f->module) visit(f->module, arg);
}
static void nf_clear(Object* o) {
  auto* f = static_cast<NativeFunctionObject*>(o);
  f->self.reset();
  f->module.reset();
}

// ---- slot wrappers and method-wrappers ----------------------------------------------------------

Ref wrapper_descriptor_new(TypeObject* owner, const char* name, WrapperFn fn, void* slot, int op) {
  Ref r = new_object<WrapperDescrObject>(&WrapperDescriptorType);
  auto* w = r.as<WrapperDescrObject>();
  w->owner = owner;
  own_owner(owner);
  w->name = name;
  w->wrapper = fn;
  w->slot = slot;
  w->op = op;
  return r;
}

static WrapperDescrObject* as_wd(Value v) { return static_cast<WrapperDescrObject*>(v.as_object()); }

static Ref wd_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* w = as_wd(self);
  if (nargs < 1)
    raisef(exc::TypeError, "descriptor '%s' of '%s' object needs an argument", w->name, tname(w->owner).c_str());
  if (!isinstance(args[0], w->owner))
    raisef(exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", w->name,
           tname(w->owner).c_str(), tname(args[0]).c_str());
  return w->wrapper(args[0], args + 1, nargs - 1, kwnames, w->slot, w->op);
}

static Ref wd_get(Value self, Value obj, Value type) {
  auto* w = as_wd(self);
  if (!obj) return Ref(self);
  if (!isinstance(obj, w->owner))
    raisef(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", w->name,
           tname(w->owner).c_str(), tname(obj).c_str());
  Ref r = new_object<MethodWrapperObject>(&MethodWrapperType);
  auto* m = r.as<MethodWrapperObject>();
  m->descr = Ref(self);
  m->self = Ref(obj);
  return r;
}

static Ref wd_repr(Value self) {
  auto* w = as_wd(self);
  return str_new(std::string("<slot wrapper '") + w->name + "' of '" + tname(w->owner) + "' objects>");
}
static Ref wd_name(Value self) { return str_new(as_wd(self)->name); }
static Ref wd_qualname(Value self) { return str_new(type_qualname(as_wd(self)->owner) + "." + as_wd(self)->name); }
static Ref wd_objclass(Value self) { return Ref(type_value(as_wd(self)->owner)); }
static Ref none_getter(Value) { return Ref(None()); }
static const GetSetDef kWrapperDescrGetSets[] = {{"__name__", wd_name},
                                                 {"__qualname__", wd_qualname},
                                                 {"__objclass__", wd_objclass},
                                                 {"__doc__", none_getter},
                                                 {nullptr, nullptr}};

static MethodWrapperObject* as_mw(Value v) { return static_cast<MethodWrapperObject*>(v.as_object()); }
static Ref mw_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* m = as_mw(self);
  auto* w = as_wd(m->descr);
  return w->wrapper(m->self, args, nargs, kwnames, w->slot, w->op);
}
static Ref mw_repr(Value self) {
  auto* m = as_mw(self);
  return str_new(std::string("<method-wrapper '") + as_wd(m->descr)->name + "' of " + tname(m->self) +
                 " object at " + address_string(m->self.get().is_object() ? m->self.obj() : nullptr) + ">");
}
static Ref mw_name(Value self) { return str_new(as_wd(as_mw(self)->descr)->name); }
static Ref mw_qualname(Value self) {
  auto* w = as_wd(as_mw(self)->descr);
  return str_new(type_qualname(w->owner) + "." + w->name);
}
static Ref mw_self(Value self) { return as_mw(self)->self; }
static const GetSetDef kMethodWrapperGetSets[] = {{"__name__", mw_name},
                                                  {"__qualname__", mw_qualname},
                                                  {"__self__", mw_self},
                                                  {"__doc__", none_getter},
                                                  {nullptr, nullptr}};
static Ref mw_richcompare(Value a, Value b, CmpOp op) {
  if (!same_type_op(op) || type_of(b) != &MethodWrapperType) return Ref(NotImplemented());
  return eq_result(as_mw(a)->descr.get() == as_mw(b)->descr.get() && as_mw(a)->self.get() == as_mw(b)->self.get(), op);
}
static int64_t mw_hash(Value self) {
  auto* m = as_mw(self);
  return hash_pointer(m->descr.obj()) ^ hash_of(m->self);
}
static void mw_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MethodWrapperObject*>(o);
  if (m->descr) visit(m->descr, arg);
  if (m->self) visit(m->self, arg);
}
static void mw_clear(Object* o) {
  auto* m = static_cast<MethodWrapperObject*>(o);
  m->self.reset();
}

// ---- getset descriptors -------------------------------------------------------------------------

Ref getset_descriptor_new(TypeObject* owner, const GetSetDef* def) {
  Ref r = new_object<GetSetDescrObject>(&GetSetDescriptorType);
  auto* g = r.as<GetSetDescrObject>();
  g->owner = owner;
  own_owner(owner);
  g->def = def;
  return r;
}
static GetSetDescrObject* as_gs(Value v) { return static_cast<GetSetDescrObject*>(v.as_object()); }

static void gs_check(GetSetDescrObject* g, Value obj) {
  if (!isinstance(obj, g->owner))
    raisef(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g->def->name,
           tname(g->owner).c_str(), tname(obj).c_str());
}
static Ref gs_get(Value self, Value obj, Value type) {
  auto* g = as_gs(self);
  if (!obj) return Ref(self);
  gs_check(g, obj);
  return g->def->get(obj);
}
static void gs_set(Value self, Value obj, Value v) {
  auto* g = as_gs(self);
  gs_check(g, obj);
  if (!g->def->set) {
    if (!v)
      raisef(exc::AttributeError, "attribute '%s' of '%s' objects is not writable", g->def->name,
             tname(g->owner).c_str());
    raisef(exc::AttributeError, "attribute '%s' of '%s' objects is not writable", g->def->name,
           tname(g->owner).c_str());
  }
  g->def->set(obj, v);
}
static Ref gs_repr(Value self) {
  auto* g = as_gs(self);
  return str_new(std::string("<attribute '") + g->def->name + "' of '" + tname(g->owner) + "' objects>");
}
static Ref gs_name(Value self) { return str_new(as_gs(self)->def->name); }
static Ref gs_qualname(Value self) { return str_new(type_qualname(as_gs(self)->owner) + "." + as_gs(self)->def->name); }
static Ref gs_objclass(Value self) { return Ref(type_value(as_gs(self)->owner)); }
static Ref gs_doc(Value self) {
  const char* doc = as_gs(self)->def->doc;
  return doc ? str_new(doc) : Ref(None());
}
static const GetSetDef kGetSetDescrGetSets[] = {{"__name__", gs_name},
                                                {"__qualname__", gs_qualname},
                                                {"__objclass__", gs_objclass},
                                                {"__doc__", gs_doc},
                                                {nullptr, nullptr}};

// ---- member descriptors (__slots__) ----------------------------------------------------------

Ref member_descriptor_new(TypeObject* owner, Value n, size_t offset, uint8_t flags) {
  Ref r = new_object<MemberDescrObject>(&MemberDescriptorType);
  auto* m = r.as<MemberDescrObject>();
  m->owner = owner;
  own_owner(owner);
  m->name = Ref(n);
  m->offset = offset;
  m->flags = flags;
  return r;
}
static MemberDescrObject* as_member(Value v) { return static_cast<MemberDescrObject*>(v.as_object()); }
static Ref* member_slot(MemberDescrObject* m, Value obj) {
  if (!isinstance(obj, m->owner))
    raisef(exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
           std::string(str_view(m->name)).c_str(), tname(m->owner).c_str(), tname(obj).c_str());
  return reinterpret_cast<Ref*>(reinterpret_cast<char*>(obj.as_object()) + m->offset);
}
static Ref member_get(Value self, Value obj, Value type) {
  if (!obj) return Ref(self);
  auto* m = as_member(self);
  Ref* slot = member_slot(m, obj);
  if (!*slot) {
    if (m->flags & kMemberNoneIfNull) return Ref(None());
    raise_attribute_error(obj, m->name, "'" + tname(obj) + "' object has no attribute '" + std::string(str_view(m->name)) + "'");
  }
  return *slot;
}
static void member_set(Value self, Value obj, Value v) {
  auto* m = as_member(self);
  Ref* slot = member_slot(m, obj);
  if (m->flags & kMemberReadonly) raise(exc::AttributeError, "readonly attribute");
  if (!v && !*slot && !(m->flags & kMemberNoneIfNull))
    raise_attribute_error(obj, m->name, "'" + tname(obj) + "' object has no attribute '" + std::string(str_view(m->name)) + "'");
  *slot = v ? Ref(v) : Ref();
}
static Ref member_repr(Value self) {
  auto* m = as_member(self);
  return str_new("<member '" + std::string(str_view(m->name)) + "' of '" + tname(m->owner) + "' objects>");
}
static Ref member_name(Value self) { return as_member(self)->name; }
static Ref member_objclass(Value self) { return Ref(type_value(as_member(self)->owner)); }
static const GetSetDef kMemberGetSets[] = {
    {"__name__", member_name}, {"__objclass__", member_objclass}, {"__doc__", none_getter}, {nullptr, nullptr}};

// ---- the instance __dict__ --------------------------------------------------------------------

Value instance_dict(Value obj, bool create) {
  if (!obj.is_object()) return Value();
  Ref* slot = instance_dict_slot(obj.as_object());
  if (!slot) return Value();
  if (!*slot && create) *slot = dict_new();
  return *slot;
}

static Ref idict_get(Value self) {
  Value d = instance_dict(self, true);
  if (!d) raise_attribute_error(self, name("__dict__"), "'" + tname(self) + "' object has no attribute '__dict__'");
  return Ref(d);
}
static void idict_set(Value self, Value v) {
  Ref* slot = self.is_object() ? instance_dict_slot(self.as_object()) : nullptr;
  if (!slot) raise_attribute_error(self, name("__dict__"), "'" + tname(self) + "' object has no attribute '__dict__'");
  if (!v) {
    slot->reset();  // a fresh empty dict appears on next use
    return;
  }
  if (!is_dict(v))
    raisef(exc::TypeError, "__dict__ must be set to a dictionary, not a '%s'", tname(v).c_str());
  *slot = Ref(v);
}
static Ref weakref_get(Value) { return Ref(None()); }
const GetSetDef kInstanceDictGetSet[] = {{"__dict__", idict_get, idict_set}, {"__weakref__", weakref_get}, {nullptr, nullptr}};

// ---- bound methods -------------------------------------------------------------------------------

Ref method_new(Value func, Value self) {
  Ref r = new_object<MethodObject>(&MethodType);
  auto* m = r.as<MethodObject>();
  m->func = Ref(func);
  m->self = Ref(self);
  return r;
}
static MethodObject* as_m(Value v) { return static_cast<MethodObject*>(v.as_object()); }

static Ref m_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* m = as_m(self);
  size_t nkw = kwnames ? tuple_size(kwnames) : 0;
  size_t total = nargs + nkw + 1;
  Value small[8];
  std::vector<Value> big;
  Value* buf = small;
  if (total > 8) {
    big.resize(total);
    buf = big.data();
  }
  buf[0] = m->self;
  for (size_t i = 0; i < nargs + nkw; ++i) buf[i + 1] = args[i];
  Ref func = m->func;  // the method may be released during the call
  Ref me = m->self;
  return call(func, buf, nargs + 1, kwnames);
}
static Ref m_repr(Value self) {
  auto* m = as_m(self);
  Ref qn = getattr_opt(m->func, name("__qualname__"));
  if (!qn || !is_str(qn)) qn = getattr_opt(m->func, name("__name__"));
  std::string n = qn && is_str(qn) ? std::string(str_view(qn)) : "?";
  return str_new("<bound method " + n + " of " + repr_utf8(m->self) + ">");
}
static Ref m_getattro(Value self, Value n) {
  Ref r = generic_getattr(self, n);
  if (r) return r;
  return getattr_opt(as_m(self)->func, n);
}
static Ref m_richcompare(Value a, Value b, CmpOp op) {
  if (!same_type_op(op) || type_of(b) != &MethodType) return Ref(NotImplemented());
  auto *x = as_m(a), *y = as_m(b);
  return eq_result(x->self.get() == y->self.get() && equals(x->func, y->func), op);
}
static int64_t m_hash(Value self) {
  auto* m = as_m(self);
  int64_t h = hash_pointer(m->self.get().is_object() ? m->self.obj() : nullptr) ^ hash_of(m->func);
  return h == -1 ? -2 : h;
}
static Ref m_func(Value self) { return as_m(self)->func; }
static Ref m_self(Value self) { return as_m(self)->self; }
static Ref m_doc(Value self) {
  Ref d = getattr_opt(as_m(self)->func, name("__doc__"));
  return d ? d : Ref(None());
}
static const GetSetDef kMethodGetSets[] = {
    {"__func__", m_func}, {"__self__", m_self}, {"__doc__", m_doc}, {nullptr, nullptr}};
static Ref m_new(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("method", kwnames);
  check_nargs("method", nargs, 2, 2);
  if (!is_callable(args[0])) raise(exc::TypeError, "first argument must be callable");
  if (is_none(args[1])) raise(exc::TypeError, "instance must not be None");
  return method_new(args[0], args[1]);
}
static void m_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MethodObject*>(o);
  if (m->func) visit(m->func, arg);
  if (m->self) visit(m->self, arg);
}
static void m_clear(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  m->func.reset();
  m->self.reset();
}

// ---- property ----------------------------------------------------------------------------------

static PropertyObject* as_prop(Value v) { return static_cast<PropertyObject*>(v.as_object()); }

static Ref prop_new(TypeObject* type, const Value*, size_t, Value) { return new_object<PropertyObject>(type); }

static void prop_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("property", "fget=None, fset=None, fdel=None, doc=None");
  Value a[4];
  spec.bind(args, nargs, kwnames, a);
  auto* p = as_prop(self);
  auto norm = [](Value v) { return (v && !is_none(v)) ? Ref(v) : Ref(); };
  p->fget = norm(a[0]);
  p->fset = norm(a[1]);
  p->fdel = norm(a[2]);
  p->doc = norm(a[3]);
  if (!p->doc && p->fget) {
    Ref d = getattr_opt(p->fget, name("__doc__"));
    if (d && !is_none(d)) {
      p->doc = d;
      if (type_of(self) != &PropertyType) {  // subclasses keep __doc__ in the instance dict
        if (Value dict = instance_dict(self, true)) dict_set_str(dict, "__doc__", d);
      }
    }
  }
}

static std::string prop_qual(PropertyObject* p, Value obj, const char* what) {
  std::string n = p->name && is_str(p->name) ? "'" + std::string(str_view(p->name)) + "' " : "";
  return "property " + n + "of '" + tname(obj) + "' object has no " + what;
}

static Ref prop_get(Value self, Value obj, Value type) {
  if (!obj) return Ref(self);
  auto* p = as_prop(self);
  if (!p->fget) raise_attribute_error(obj, p->name ? p->name.get() : Value(), prop_qual(p, obj, "getter"));
  Ref f = p->fget;
  return call(f, {obj});
}
static void prop_set(Value self, Value obj, Value v) {
  auto* p = as_prop(self);
  if (v) {
    if (!p->fset) raise_attribute_error(obj, p->name ? p->name.get() : Value(), prop_qual(p, obj, "setter"));
    Ref f = p->fset;
    call(f, {obj, v});
  } else {
    if (!p->fdel) raise_attribute_error(obj, p->name ? p->name.get() : Value(), prop_qual(p, obj, "deleter"));
    Ref f = p->fdel;
    call(f, {obj});
  }
}
static Ref opt_none(const Ref& r) { return r ? r : Ref(None()); }
static Ref prop_fget(Value self) { return opt_none(as_prop(self)->fget); }
static Ref prop_fset(Value self) { return opt_none(as_prop(self)->fset); }
static Ref prop_fdel(Value self) { return opt_none(as_prop(self)->fdel); }
static Ref prop_doc(Value self) { return opt_none(as_prop(self)->doc); }
static void prop_set_doc(Value self, Value v) { as_prop(self)->doc = (v && !is_none(v)) ? Ref(v) : Ref(); }
static Ref prop_abstract(Value self) {
  auto* p = as_prop(self);
  for (Value f : {p->fget.get(), p->fset.get(), p->fdel.get()}) {
    if (!f) continue;
    Ref a = getattr_opt(f, name("__isabstractmethod__"));
    if (a && is_true(a)) return Ref(True());
  }
  return Ref(False());
}
static const GetSetDef kPropertyGetSets[] = {{"fget", prop_fget},
                                             {"fset", prop_fset},
                                             {"fdel", prop_fdel},
                                             {"__doc__", prop_doc, prop_set_doc},
                                             {"__isabstractmethod__", prop_abstract},
                                             {nullptr, nullptr}};

static Ref prop_copy(Value self, Value get, Value set, Value del) {
  auto* p = as_prop(self);
  Value g = get ? get : (p->fget ? p->fget.get() : None());
  Value s = set ? set : (p->fset ? p->fset.get() : None());
  Value d = del ? del : (p->fdel ? p->fdel.get() : None());
  // A doc that came from the old getter is re-derived from the new one.
  Value doc = None();
  if (p->doc) {
    Ref gd = p->fget ? getattr_opt(p->fget, name("__doc__")) : Ref();
    if (!(gd && gd.get() == p->doc.get())) doc = p->doc;
  }
  Ref np = call(type_value(type_of(self)), {g, s, d, doc});
  if (np && isinstance(np, &PropertyType)) as_prop(np)->name = p->name;
  return np;
}
static Ref prop_getter(Value self, const Value* args, size_t nargs, Value kw) {
  check_nargs("getter", nargs, 1, 1);
  return prop_copy(self, args[0], Value(), Value());
}
static Ref prop_setter(Value self, const Value* args, size_t nargs, Value kw) {
  check_nargs("setter", nargs, 1, 1);
  return prop_copy(self, Value(), args[0], Value());
}
static Ref prop_deleter(Value self, const Value* args, size_t nargs, Value kw) {
  check_nargs("deleter", nargs, 1, 1);
  return prop_copy(self, Value(), Value(), args[0]);
}
static Ref prop_set_name(Value self, const Value* args, size_t nargs, Value kw) {
  if (nargs != 2) raisef(exc::TypeError, "__set_name__() takes 2 positional arguments but %zu were given", nargs);
  as_prop(self)->name = Ref(args[1]);
  return Ref(None());
}
static const MethodDef kPropertyMethods[] = {{"getter", prop_getter},
                                             {"setter", prop_setter},
                                             {"deleter", prop_deleter},
                                             {"__set_name__", prop_set_name},
                                             {nullptr, nullptr}};
static void prop_traverse(Object* o, VisitFn visit, void* arg) {
  auto* p = static_cast<PropertyObject*>(o);
  for (Ref* r : {&p->fget, &p->fset, &p->fdel, &p->doc, &p->name})
    if (*r) visit(*r, arg);
}
static void prop_clear(Object* o) {
  auto* p = static_cast<PropertyObject*>(o);
  for (Ref* r : {&p->fget, &p->fset, &p->fdel, &p->doc, &p->name}) r->reset();
}

// ---- classmethod / staticmethod ---------------------------------------------------------------

static ClassMethodObject* as_cm(Value v) { return static_cast<ClassMethodObject*>(v.as_object()); }

static Ref cm_alloc(TypeObject* type, const Value*, size_t, Value) { return new_object<ClassMethodObject>(type); }

static void cm_wraps(Value self, Value callable) {
  // Like functools.wraps: copy the function's identity into the wrapper's __dict__.
  Value dict = instance_dict(self, true);
  if (!dict) return;
  for (const char* a : {"__module__", "__name__", "__qualname__", "__doc__"}) {
    Ref v = getattr_opt(callable, name(a));
    if (v) dict_set_str(dict, a, v);
  }
  dict_set_str(dict, "__wrapped__", callable);
}

static void cm_init_common(const char* what, Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs(what, kwnames);
  check_nargs(what, nargs, 1, 1);
  as_cm(self)->callable = Ref(args[0]);
  cm_wraps(self, args[0]);
}
static void classmethod_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  cm_init_common("classmethod", self, args, nargs, kwnames);
}
static void staticmethod_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  cm_init_common("staticmethod", self, args, nargs, kwnames);
}

Ref classmethod_new(Value callable) {
  Ref r = new_object<ClassMethodObject>(&ClassMethodType);
  as_cm(r)->callable = Ref(callable);
  cm_wraps(r, callable);
  return r;
}
Ref staticmethod_new(Value callable) {
  Ref r = new_object<ClassMethodObject>(&StaticMethodType);
  as_cm(r)->callable = Ref(callable);
  if (type_of(callable) != &NativeFunctionType) cm_wraps(r, callable);
  return r;
}

static Ref cm_get(Value self, Value obj, Value type) {
  Value t = type ? type : type_value(type_of(obj));
  return method_new(as_cm(self)->callable, t);
}
static Ref sm_get(Value self, Value obj, Value type) { return as_cm(self)->callable; }
static Ref sm_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref f = as_cm(self)->callable;
  return call(f, args, nargs, kwnames);
}
static Ref cm_func(Value self) { return opt_none(as_cm(self)->callable); }
static Ref cm_abstract(Value self) {
  Ref a = getattr_opt(as_cm(self)->callable, name("__isabstractmethod__"));
  return Ref(bool_value(a && is_true(a)));
}
static const GetSetDef kClassMethodGetSets[] = {{"__func__", cm_func},
                                                {"__isabstractmethod__", cm_abstract},
                                                {"__dict__", idict_get, idict_set},
                                                {nullptr, nullptr}};
static Ref cm_repr(Value self) {
  return str_new("<classmethod(" + repr_utf8(as_cm(self)->callable) + ")>");
}
static Ref sm_repr(Value self) {
  return str_new("<staticmethod(" + repr_utf8(as_cm(self)->callable) + ")>");
}
static void cm_traverse(Object* o, VisitFn visit, void* arg) {
  auto* c = static_cast<ClassMethodObject*>(o);
  if (c->callable) visit(c->callable, arg);
  if (Ref* d = instance_dict_slot(o); d && *d) visit(*d, arg);
}
static void cm_clear(Object* o) {
  auto* c = static_cast<ClassMethodObject*>(o);
  c->callable.reset();
  if (Ref* d = instance_dict_slot(o)) d->reset();
}

// ---- cell ------------------------------------------------------------------------------------

Ref cell_new(Value contents) {
  Ref r = new_object<CellObject>(&CellType);
  r.as<CellObject>()->contents = Ref(contents);
  return r;
}
static CellObject* as_cell(Value v) { return static_cast<CellObject*>(v.as_object()); }
static Ref cell_repr(Value self) {
  auto* c = as_cell(self);
  std::string s = "<cell at " + address_string(c) + ": ";
  if (!c->contents) return str_new(s + "empty>");
  Value v = c->contents;
  return str_new(s + tname(v) + " object at " + address_string(v.is_object() ? v.as_object() : nullptr) + ">");
}
static Ref cell_get_contents(Value self) {
  auto* c = as_cell(self);
  if (!c->contents) raise(exc::ValueError, "Cell is empty");
  return c->contents;
}
static void cell_set_contents(Value self, Value v) { as_cell(self)->contents = Ref(v); }
static const GetSetDef kCellGetSets[] = {{"cell_contents", cell_get_contents, cell_set_contents}, {nullptr, nullptr}};
static Ref cell_tp_new(TypeObject*, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("cell", kwnames);
  check_nargs("cell", nargs, 0, 1);
  return cell_new(nargs ? args[0] : Value());
}
static Ref cell_richcompare(Value a, Value b, CmpOp op) {
  if (type_of(b) != &CellType) return Ref(NotImplemented());
  Value x = as_cell(a)->contents, y = as_cell(b)->contents;
  if (x && y) return rich_compare(x, y, op);
  int c = (x ? 1 : 0) - (y ? 1 : 0);
  bool r = false;
  switch (op) {
    case CmpOp::Lt: r = c < 0; break;
    case CmpOp::Le: r = c <= 0; break;
    case CmpOp::Eq: r = c == 0; break;
    case CmpOp::Ne: r = c != 0; break;
    case CmpOp::Gt: r = c > 0; break;
    case CmpOp::Ge: r = c >= 0; break;
  }
  return Ref(bool_value(r));
}
static void cell_traverse(Object* o, VisitFn visit, void* arg) {
  auto* c = static_cast<CellObject*>(o);
  if (c->contents) visit(c->contents, arg);
}
static void cell_clear(Object* o) { static_cast<CellObject*>(o)->contents.reset(); }

// ---- start-up ------------------------------------------------------------------------------------

void init_descriptor_types() {
  MethodDescriptorType.name = "method_descriptor";
  MethodDescriptorType.basicsize = sizeof(MethodDescrObject);
  MethodDescriptorType.flags = kTypeMethodDescriptor | kTypeGC;
  MethodDescriptorType.dealloc = descr_dealloc<MethodDescrObject>;
  MethodDescriptorType.traverse = descr_traverse<MethodDescrObject>;
  MethodDescriptorType.call = mdescr_call;
  MethodDescriptorType.descr_get = mdescr_get;
  MethodDescriptorType.repr = mdescr_repr;
  MethodDescriptorType.getsets = kMethodDescrGetSets;
  static_type_declare(&MethodDescriptorType);

  ClassMethodDescriptorType.name = "classmethod_descriptor";
  ClassMethodDescriptorType.basicsize = sizeof(MethodDescrObject);
  ClassMethodDescriptorType.flags = kTypeGC;
  ClassMethodDescriptorType.dealloc = descr_dealloc<MethodDescrObject>;
  ClassMethodDescriptorType.traverse = descr_traverse<MethodDescrObject>;
  ClassMethodDescriptorType.call = cmdescr_call;
  ClassMethodDescriptorType.descr_get = cmdescr_get;
  ClassMethodDescriptorType.repr = mdescr_repr;
  ClassMethodDescriptorType.getsets = kMethodDescrGetSets;
  static_type_declare(&ClassMethodDescriptorType);

  NativeFunctionType.name = "builtin_function_or_method";
  NativeFunctionType.basicsize = sizeof(NativeFunctionObject);
  NativeFunctionType.flags = kTypeGC;
  NativeFunctionType.dealloc = dealloc_as<NativeFunctionObject>;
  NativeFunctionType.traverse = nf_traverse;
  NativeFunctionType.clear = nf_clear;
  NativeFunctionType.call = nf_call;
  NativeFunctionType.repr = nf_repr;
  NativeFunctionType.richcompare = nf_richcompare;
  NativeFunctionType.hash = nf_hash;
  NativeFunctionType.getsets = kNativeFunctionGetSets;
  static_type_declare(&NativeFunctionType);

  WrapperDescriptorType.name = "wrapper_descriptor";
  WrapperDescriptorType.basicsize = sizeof(WrapperDescrObject);
  WrapperDescriptorType.flags = kTypeMethodDescriptor | kTypeGC;
  WrapperDescriptorType.dealloc = descr_dealloc<WrapperDescrObject>;
  WrapperDescriptorType.traverse = descr_traverse<WrapperDescrObject>;
  WrapperDescriptorType.call = wd_call;
  WrapperDescriptorType.descr_get = wd_get;
  WrapperDescriptorType.repr = wd_repr;
  WrapperDescriptorType.getsets = kWrapperDescrGetSets;
  static_type_declare(&WrapperDescriptorType);

  MethodWrapperType.name = "method-wrapper";
  MethodWrapperType.basicsize = sizeof(MethodWrapperObject);
  MethodWrapperType.flags = kTypeGC;
  MethodWrapperType.dealloc = dealloc_as<MethodWrapperObject>;
  MethodWrapperType.traverse = mw_traverse;
  MethodWrapperType.clear = mw_clear;
  MethodWrapperType.call = mw_call;
  MethodWrapperType.repr = mw_repr;
  MethodWrapperType.richcompare = mw_richcompare;
  MethodWrapperType.hash = mw_hash;
  MethodWrapperType.getsets = kMethodWrapperGetSets;
  static_type_declare(&MethodWrapperType);

  GetSetDescriptorType.name = "getset_descriptor";
  GetSetDescriptorType.basicsize = sizeof(GetSetDescrObject);
  GetSetDescriptorType.flags = kTypeGC;
  GetSetDescriptorType.dealloc = descr_dealloc<GetSetDescrObject>;
  GetSetDescriptorType.traverse = descr_traverse<GetSetDescrObject>;
  GetSetDescriptorType.descr_get = gs_get;
  GetSetDescriptorType.descr_set = gs_set;
  GetSetDescriptorType.repr = gs_repr;
  GetSetDescriptorType.getsets = kGetSetDescrGetSets;
  static_type_declare(&GetSetDescriptorType);

  MemberDescriptorType.name = "member_descriptor";
  MemberDescriptorType.basicsize = sizeof(MemberDescrObject);
  MemberDescriptorType.flags = kTypeGC;
  MemberDescriptorType.dealloc = descr_dealloc<MemberDescrObject>;
  MemberDescriptorType.traverse = member_traverse;
  MemberDescriptorType.descr_get = member_get;
  MemberDescriptorType.descr_set = member_set;
  MemberDescriptorType.repr = member_repr;
  MemberDescriptorType.getsets = kMemberGetSets;
  static_type_declare(&MemberDescriptorType);

  MethodType.name = "method";
  MethodType.basicsize = sizeof(MethodObject);
  MethodType.flags = kTypeGC;
  MethodType.dealloc = dealloc_as<MethodObject>;
  MethodType.traverse = m_traverse;
  MethodType.clear = m_clear;
  MethodType.call = m_call;
  MethodType.repr = m_repr;
  MethodType.getattr = m_getattro;
  MethodType.richcompare = m_richcompare;
  MethodType.hash = m_hash;
  MethodType.new_ = m_new;
  MethodType.getsets = kMethodGetSets;
  static_type_declare(&MethodType);

  PropertyType.name = "property";
  PropertyType.basicsize = sizeof(PropertyObject);
  PropertyType.flags = kTypeGC | kTypeBaseType;
  PropertyType.dealloc = dealloc_as<PropertyObject>;
  PropertyType.traverse = prop_traverse;
  PropertyType.clear = prop_clear;
  PropertyType.new_ = prop_new;
  PropertyType.init = prop_init;
  PropertyType.descr_get = prop_get;
  PropertyType.descr_set = prop_set;
  PropertyType.getsets = kPropertyGetSets;
  PropertyType.methods = kPropertyMethods;
  static_type_declare(&PropertyType);

  for (TypeObject* t : {&ClassMethodType, &StaticMethodType}) {
    t->basicsize = sizeof(ClassMethodObject) + sizeof(Ref);
    t->dictoffset = sizeof(ClassMethodObject);
    t->flags = kTypeGC | kTypeBaseType;
    t->dealloc = dealloc_as<ClassMethodObject>;
    t->traverse = cm_traverse;
    t->clear = cm_clear;
    t->new_ = cm_alloc;
    t->getsets = kClassMethodGetSets;
  }
  ClassMethodType.name = "classmethod";
  ClassMethodType.init = classmethod_init;
  ClassMethodType.descr_get = cm_get;
  ClassMethodType.repr = cm_repr;
  static_type_declare(&ClassMethodType);
  StaticMethodType.name = "staticmethod";
  StaticMethodType.init = staticmethod_init;
  StaticMethodType.descr_get = sm_get;
  StaticMethodType.call = sm_call;
  StaticMethodType.repr = sm_repr;
  static_type_declare(&StaticMethodType);

  CellType.name = "cell";
  CellType.basicsize = sizeof(CellObject);
  CellType.flags = kTypeGC;
  CellType.dealloc = dealloc_as<CellObject>;
  CellType.traverse = cell_traverse;
  CellType.clear = cell_clear;
  CellType.repr = cell_repr;
  CellType.richcompare = cell_richcompare;
  CellType.hash = hash_not_implemented;
  CellType.new_ = cell_tp_new;
  CellType.getsets = kCellGetSets;
  static_type_declare(&CellType);

  init_module_type();
  init_union_type();
}

}  // namespace minipy
