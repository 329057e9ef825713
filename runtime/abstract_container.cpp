// Container protocol (abstract.h): iteration (with the old __getitem__ sequence protocol as a
// fallback), len, subscription and `in`.
#include <string>

#include "runtime/abstract.h"
#include "runtime/exceptions.h"
#include "runtime/int_object.h"
#include "runtime/iterators.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"

namespace minipy {

static std::string tn(Value v) { return std::string(type_name(v)); }

Ref get_iter(Value v) {
  TypeObject* t = type_of(v);
  if (t->iter) {
    Ref it = t->iter(v);
    if (!type_of(it)->iternext)
      raisef(exc::TypeError, "iter() returned non-iterator of type '%s'", tn(it).c_str());
    return it;
  }
  if (t->getitem && !is_type(v)) {
    return seq_iter_new(v);  // the legacy __getitem__ protocol (iterators.cpp)
  }
  raisef(exc::TypeError, "'%s' object is not iterable", tn(v).c_str());
}

Ref iter_next(Value it) {
  IterNextSlot f = type_of(it)->iternext;
  if (!f) raisef(exc::TypeError, "'%s' object is not an iterator", tn(it).c_str());
  return f(it);
}

constinit thread_local IterReturnSink* t_iter_return_sink = nullptr;

Ref iter_next_returning(Value it, Ref* ret) {
  IterNextSlot f = type_of(it)->iternext;
  if (!f) raisef(exc::TypeError, "'%s' object is not an iterator", tn(it).c_str());
  IterReturnSink sink{it.is_object() ? it.as_object() : nullptr, Ref()};
  IterReturnSink* saved = t_iter_return_sink;
  t_iter_return_sink = &sink;
  Ref r;
  try {
    r = f(it);
  } catch (...) {
    t_iter_return_sink = saved;
    throw;
  }
  t_iter_return_sink = saved;
  if (!r) *ret = std::move(sink.value);
  return r;
}

int64_t length(Value v) {
  LenSlot f = type_of(v)->len;
  if (!f) raisef(exc::TypeError, "object of type '%s' has no len()", tn(v).c_str());
  return f(v);
}

Ref getitem(Value obj, Value key) {
  if (GetItemSlot f = type_of(obj)->getitem) return f(obj, key);
  if (is_type(obj)) {
    if (obj == type_value(&TypeType)) {
      // type[int] is a generic alias in CPython; without one, keep the subscription error.
    }
    static Value cgi = name("__class_getitem__");
    Ref meth = getattr_opt(obj, cgi);
    if (meth) return call(meth, {key});
    raisef(exc::TypeError, "type '%s' is not subscriptable", std::string(as_type(obj)->type_name()).c_str());
  }
  raisef(exc::TypeError, "'%s' object is not subscriptable", tn(obj).c_str());
}

void setitem(Value obj, Value key, Value v) {
  SetItemSlot f = type_of(obj)->setitem;
  if (!f) raisef(exc::TypeError, "'%s' object does not support item assignment", tn(obj).c_str());
  f(obj, key, v);
}

void delitem(Value obj, Value key) {
  SetItemSlot f = type_of(obj)->setitem;
  if (!f) {
    // CPython words it by the path taken: an index into something sequence-like fails in
    // PySequence_DelItem ("doesn't"), anything else at the end of PyObject_DelItem ("does not").
    TypeObject* t = type_of(obj);
    bool seq_like = t->has_flag(kTypeHeapType) || t->len || t->contains || t->getitem;
    bool index_key = is_int(key) || type_of(key)->nb_index;
    raisef(exc::TypeError, seq_like && index_key ? "'%s' object doesn't support item deletion"
                                                 : "'%s' object does not support item deletion",
           tn(obj).c_str());
  }
  f(obj, key, Value());
}

bool contains(Value container, Value item) {
  TypeObject* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  if (!t->iter && !t->getitem)
    raisef(exc::TypeError, "argument of type '%s' is not iterable", tn(container).c_str());
  Ref it = get_iter(container);
  while (Ref x = iter_next(it)) {
    if (equals(x, item)) return true;
  }
  return false;
}

}  // namespace minipy
