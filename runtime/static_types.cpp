// Start-up of the static built-in types (object.h's two phases) and the slot table that connects
// each slot to its dunder: built-in slots become "slot wrapper" entries in the type dict (int.__add__),
// and heap types map dunders found along their MRO back onto slots (type_heap.cpp).
#include <cstddef>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_internal.h"
#include "runtime/type_object.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace minipy {

// ---- wrappers: Python-level call of a built-in slot ----------------------------------------------

static void want_args(size_t nargs, size_t n) {
  if (nargs != n) {
    if (n == 0) raisef(exc::TypeError, "expected 0 arguments, got %zu", nargs);
    raisef(exc::TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
  }
}

static Ref wrap_unary(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 0);
  return reinterpret_cast<UnarySlot>(slot)(self);
}
static Ref wrap_binary_l(Value self, const Value* args, size_t nargs, Value kw, void* slot, int op) {
  if (op == int(BinOp::Pow) && nargs == 2) {
    if (!is_none(args[1])) return power3(self, args[0], args[1]);
    nargs = 1;
  }
  want_args(nargs, 1);
  return reinterpret_cast<BinarySlot>(slot)(self, args[0]);
}
static Ref wrap_binary_r(Value self, const Value* args, size_t nargs, Value kw, void* slot, int op) {
  if (op == int(BinOp::Pow) && nargs == 2) {
    if (!is_none(args[1])) return power3(args[0], self, args[1]);
    nargs = 1;
  }
  want_args(nargs, 1);
  return reinterpret_cast<BinarySlot>(slot)(args[0], self);
}
static Ref wrap_richcmp(Value self, const Value* args, size_t nargs, Value kw, void* slot, int op) {
  want_args(nargs, 1);
  return reinterpret_cast<RichCmpSlot>(slot)(self, args[0], CmpOp(op));
}
static Ref wrap_hash(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 0);
  return int_from_i64(reinterpret_cast<HashSlot>(slot)(self));
}
static Ref wrap_bool(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 0);
  return Ref(bool_value(reinterpret_cast<BoolSlot>(slot)(self)));
}
static Ref wrap_len(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 0);
  return int_from_i64(reinterpret_cast<LenSlot>(slot)(self));
}
static Ref wrap_call(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  return reinterpret_cast<CallSlot>(slot)(self, args, nargs, kw);
}
static Ref wrap_init(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  reinterpret_cast<InitSlot>(slot)(self, args, nargs, kw);
  return Ref(None());
}
static Ref wrap_getattr(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 1);
  Value n = args[0];
  if (!is_str(n))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", std::string(type_name(n)).c_str());
  Ref r = reinterpret_cast<GetAttrSlot>(slot)(self, n);
  if (!r) {
    std::string msg;
    if (is_type(self))
      msg = "type object '" + std::string(as_type(self)->type_name()) + "' has no attribute '" + std::string(str_view(n)) + "'";
    else
      msg = "'" + std::string(type_name(self)) + "' object has no attribute '" + std::string(str_view(n)) + "'";
    raise_attribute_error(self, n, msg);
  }
  return r;
}
static Ref wrap_setattr(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 2);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", std::string(type_name(args[0])).c_str());
  reinterpret_cast<SetAttrSlot>(slot)(self, args[0], args[1]);
  return Ref(None());
}
static Ref wrap_delattr(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "attribute name must be string, not '%s'", std::string(type_name(args[0])).c_str());
  reinterpret_cast<SetAttrSlot>(slot)(self, args[0], Value());
  return Ref(None());
}
static Ref wrap_next(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 0);
  IterReturnSink sink{self.is_object() ? self.as_object() : nullptr, Ref()};
  IterReturnSink* saved = t_iter_return_sink;
  t_iter_return_sink = &sink;
  Ref r;
  try {
    r = reinterpret_cast<IterNextSlot>(slot)(self);
  } catch (...) {
    t_iter_return_sink = saved;
    throw;
  }
  t_iter_return_sink = saved;
  if (r) return r;
  if (!sink.value) raise_empty(exc::StopIteration);
  Value v = sink.value;
  throw PyException{new_exception_args(exc::StopIteration, &v, 1)};
}
static Ref wrap_descr_get(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  if (nargs < 1 || nargs > 2) raisef(exc::TypeError, "expected 1 or 2 arguments, got %zu", nargs);
  Value obj = is_none(args[0]) ? Value() : args[0];
  Value type = nargs == 2 && !is_none(args[1]) ? args[1] : Value();
  if (!obj && !type) raise(exc::TypeError, "__get__(None, None) is invalid");
  return reinterpret_cast<DescrGetSlot>(slot)(self, obj, type);
}
static Ref wrap_descr_set(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 2);
  reinterpret_cast<DescrSetSlot>(slot)(self, args[0], args[1]);
  return Ref(None());
}
static Ref wrap_descr_delete(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 1);
  reinterpret_cast<DescrSetSlot>(slot)(self, args[0], Value());
  return Ref(None());
}
static Ref wrap_getitem(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 1);
  return reinterpret_cast<GetItemSlot>(slot)(self, args[0]);
}
static Ref wrap_setitem(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 2);
  reinterpret_cast<SetItemSlot>(slot)(self, args[0], args[1]);
  return Ref(None());
}
static Ref wrap_delitem(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 1);
  reinterpret_cast<SetItemSlot>(slot)(self, args[0], Value());
  return Ref(None());
}
static Ref wrap_contains(Value self, const Value* args, size_t nargs, Value kw, void* slot, int) {
  want_args(nargs, 1);
  return Ref(bool_value(reinterpret_cast<ContainsSlot>(slot)(self, args[0])));
}

// ---- generic heap-type slots (defined in type_heap.cpp) ------------------------------------------

Ref slot_repr(Value);
Ref slot_str(Value);
int64_t slot_hash(Value);
Ref slot_call(Value, const Value*, size_t, Value);
Ref slot_getattr_hook(Value, Value);
void slot_setattr(Value, Value, Value);
Ref slot_richcompare(Value, Value, CmpOp);
Ref slot_iter(Value);
Ref slot_iternext(Value);
Ref slot_descr_get(Value, Value, Value);
void slot_descr_set(Value, Value, Value);
void slot_init(Value, const Value*, size_t, Value);
BinarySlot slot_binary(int op);
BinarySlot slot_inplace(int op);
Ref slot_neg(Value);
Ref slot_pos(Value);
Ref slot_invert(Value);
Ref slot_abs(Value);
Ref slot_int(Value);
Ref slot_float(Value);
Ref slot_index(Value);
bool slot_bool(Value);
int64_t slot_len(Value);
Ref slot_getitem(Value, Value);
void slot_setitem(Value, Value, Value);
bool slot_contains(Value, Value);

#define OFF(field) offsetof(TypeObject, field)
#define FN(f) reinterpret_cast<void*>(f)

static std::vector<SlotDef> build_slot_defs() {
  std::vector<SlotDef> d;
  auto add = [&](const char* n, size_t off, WrapperFn w, void* g, int op = 0) { d.push_back({n, off, w, g, op}); };
  add("__repr__", OFF(repr), wrap_unary, FN(slot_repr));
  add("__str__", OFF(str), wrap_unary, FN(slot_str));
  add("__hash__", OFF(hash), wrap_hash, FN(slot_hash));
  add("__call__", OFF(call), wrap_call, FN(slot_call));
  add("__getattribute__", OFF(getattr), wrap_getattr, FN(slot_getattr_hook));
  add("__getattr__", OFF(getattr), nullptr, FN(slot_getattr_hook));
  add("__setattr__", OFF(setattr), wrap_setattr, FN(slot_setattr));
  add("__delattr__", OFF(setattr), wrap_delattr, FN(slot_setattr));
  add("__lt__", OFF(richcompare), wrap_richcmp, FN(slot_richcompare), int(CmpOp::Lt));
  add("__le__", OFF(richcompare), wrap_richcmp, FN(slot_richcompare), int(CmpOp::Le));
  add("__eq__", OFF(richcompare), wrap_richcmp, FN(slot_richcompare), int(CmpOp::Eq));
  add("__ne__", OFF(richcompare), wrap_richcmp, FN(slot_richcompare), int(CmpOp::Ne));
  add("__gt__", OFF(richcompare), wrap_richcmp, FN(slot_richcompare), int(CmpOp::Gt));
  add("__ge__", OFF(richcompare), wrap_richcmp, FN(slot_richcompare), int(CmpOp::Ge));
  add("__iter__", OFF(iter), wrap_unary, FN(slot_iter));
  add("__next__", OFF(iternext), wrap_next, FN(slot_iternext));
  add("__get__", OFF(descr_get), wrap_descr_get, FN(slot_descr_get));
  add("__set__", OFF(descr_set), wrap_descr_set, FN(slot_descr_set));
  add("__delete__", OFF(descr_set), wrap_descr_delete, FN(slot_descr_set));
  add("__init__", OFF(init), wrap_init, FN(slot_init));
  static const char* kNames[kBinOpCount] = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod",
                                            "or", "pow", "rshift", "sub", "truediv", "xor"};
  static std::string names[kBinOpCount][3];
  for (int op = 0; op < kBinOpCount; ++op) {
    names[op][0] = std::string("__") + kNames[op] + "__";
    names[op][1] = std::string("__r") + kNames[op] + "__";
    names[op][2] = std::string("__i") + kNames[op] + "__";
    size_t off = OFF(nb) + sizeof(BinarySlot) * op;
    size_t ioff = OFF(nb_inplace) + sizeof(BinarySlot) * op;
    add(names[op][0].c_str(), off, wrap_binary_l, FN(slot_binary(op)), op);
    add(names[op][1].c_str(), off, wrap_binary_r, FN(slot_binary(op)), op);
    add(names[op][2].c_str(), ioff, wrap_binary_l, FN(slot_inplace(op)), op);
  }
  add("__neg__", OFF(nb_neg), wrap_unary, FN(slot_neg));
  add("__pos__", OFF(nb_pos), wrap_unary, FN(slot_pos));
  add("__invert__", OFF(nb_invert), wrap_unary, FN(slot_invert));
  add("__abs__", OFF(nb_abs), wrap_unary, FN(slot_abs));
  add("__bool__", OFF(nb_bool), wrap_bool, FN(slot_bool));
  add("__int__", OFF(nb_int), wrap_unary, FN(slot_int));
  add("__float__", OFF(nb_float), wrap_unary, FN(slot_float));
  add("__index__", OFF(nb_index), wrap_unary, FN(slot_index));
  add("__len__", OFF(len), wrap_len, FN(slot_len));
  add("__getitem__", OFF(getitem), wrap_getitem, FN(slot_getitem));
  add("__setitem__", OFF(setitem), wrap_setitem, FN(slot_setitem));
  add("__delitem__", OFF(setitem), wrap_delitem, FN(slot_setitem));
  add("__contains__", OFF(contains), wrap_contains, FN(slot_contains));
  return d;
}

static const std::vector<SlotDef>& slot_defs() {
  static const std::vector<SlotDef> defs = build_slot_defs();
  return defs;
}
const SlotDef* slot_defs_begin() { return slot_defs().data(); }
size_t slot_defs_size() { return slot_defs().size(); }

// ---- static type start-up ----------------------------------------------------------------------

static std::vector<TypeObject*>& declared() {
  static auto* v = new std::vector<TypeObject*>();
  return *v;
}

void static_type_declare(TypeObject* t) { declared().push_back(t); }

static std::vector<std::pair<TypeObject*, TypeObject*>>& extra_bases() {
  static auto* v = new std::vector<std::pair<TypeObject*, TypeObject*>>();
  return *v;
}
void static_type_add_base(TypeObject* t, TypeObject* extra) { extra_bases().emplace_back(t, extra); }

Value new_wrapper_native(TypeObject* t) {
  static const MethodDef def = {"__new__", tp_new_wrapper, kMethodPlain,
                                "Create and return a new object.  See help(type) for accurate signature."};
  Ref fn = native_function_new(&def, type_value(t), Value());
  return fn.release();
}

static void inherit_slots(TypeObject* t, TypeObject* b) {
  for (const SlotDef& d : slot_defs()) {
    if (d.offset == OFF(hash) || d.offset == OFF(richcompare)) continue;
    void*& f = slot_field(t, d.offset);
    if (!f) f = slot_field(b, d.offset);
  }
  // __hash__ and __eq__ go together: a type defining comparison but not hashing is unhashable.
  if (!t->hash && !t->richcompare) {
    t->hash = b->hash;
    t->richcompare = b->richcompare;
  }
  if (!t->dealloc) t->dealloc = b->dealloc;
  // A built-in type derived directly from object without a __new__ of its own cannot be
  // instantiated (CPython's DISALLOW_INSTANTIATION), unless it has an __init__ to run.
  if (!t->new_ && !(t->flags & kTypeHeapType) && (b != &ObjectType || (t->init && t->init != b->init)))
    t->new_ = b->new_;
  if (!t->basicsize) t->basicsize = b->basicsize;
  if (!t->dictoffset) t->dictoffset = b->dictoffset;
  if ((t->flags & kTypeGC) && !t->traverse && !t->clear) {
    t->traverse = b->traverse;
    t->clear = b->clear;
  }
  if (b->flags & kTypeGC) t->flags |= kTypeGC;
  t->flags |= b->flags & 0xFF00u;  // the fast subclass bits
  if (b->flags & kTypeMethodDescriptor) t->flags |= 0;  // not inherited (as in CPython)
}

static void ready_static(TypeObject* t) {
  if (t->dict) return;
  if (t != &ObjectType && !t->base) t->base = &ObjectType;
  if (t->base) ready_static(t->base);
  t->refcnt = kImmortalRefcnt;
  if (!t->type) t->type = &TypeType;
  t->flags |= kTypeImmutable;

  Ref dict = dict_new();
  if (t->methods) {
    for (const MethodDef* m = t->methods; m->name; ++m) {
      Ref d;
      if (m->flags & kMethodStatic) {
        Ref fn = native_function_new(m, Value(), Value());
        d = staticmethod_new(fn);
      } else {
        d = method_descriptor_new(t, m);
      }
      dict_set_str(dict, m->name, d);
    }
  }
  if (t->getsets) {
    for (const GetSetDef* g = t->getsets; g->name; ++g) {
      if (dict_get_str(dict, g->name)) continue;
      Ref d = getset_descriptor_new(t, g);
      dict_set_str(dict, g->name, d);
    }
  }
  for (const SlotDef& d : slot_defs()) {
    if (!d.wrapper) continue;
    void* f = slot_field(t, d.offset);
    if (!f) continue;
    if (d.offset == OFF(hash) && f == reinterpret_cast<void*>(hash_not_implemented)) continue;
    if (dict_get_str(dict, d.name)) continue;
    Ref w = wrapper_descriptor_new(t, d.name, d.wrapper, f, d.op);
    dict_set_str(dict, d.name, w);
  }
  if (t->new_ && !dict_get_str(dict, "__new__")) {
    Ref fn = Ref::steal(new_wrapper_native(t));
    dict_set_str(dict, "__new__", fn);
  }
  if (!dict_get_str(dict, "__doc__")) dict_set_str(dict, "__doc__", None());
  if (t->base) inherit_slots(t, t->base);
  if ((t->richcompare && !t->hash) || t->hash == hash_not_implemented) {
    t->hash = hash_not_implemented;
    if (!dict_get_str(dict, "__hash__")) dict_set_str(dict, "__hash__", None());
  }
  t->dict = std::move(dict);

  if (t->base) {
    t->bases = tuple_from({type_value(t->base)});
    Value bm = t->base->mro;
    size_t n = tuple_size(bm);
    Ref mro = tuple_new(n + 1);
    tuple_init_item(mro, 0, Ref(type_value(t)));
    for (size_t i = 0; i < n; ++i) tuple_init_item(mro, i + 1, Ref(tuple_item(bm, i)));
    t->mro = std::move(mro);
    std::vector<Value> more;
    for (auto& [st, extra] : extra_bases())
      if (st == t) {
        ready_static(extra);
        more.push_back(type_value(extra));
      }
    if (!more.empty()) {
      more.insert(more.begin(), type_value(t->base));
      t->bases = tuple_from_array(more.data(), more.size());
      t->mro = compute_mro(t);
    }
  } else {
    t->bases = empty_tuple();
    t->mro = tuple_from({type_value(t)});
  }
  t->version = next_type_version();
}

static std::vector<void (*)()>& after_ready() {
  static auto* v = new std::vector<void (*)()>();
  return *v;
}
void static_types_after_ready(void (*fn)()) { after_ready().push_back(fn); }

void static_types_ready() {
  // Index-based: readying a type may declare nothing new, but keep it robust.
  for (size_t i = 0; i < declared().size(); ++i) ready_static(declared()[i]);
  for (auto fn : after_ready()) fn();
}

}  // namespace minipy
