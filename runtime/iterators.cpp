// Iterator types: list/tuple iterators, the sequence and callable iterators, and the builtins
// enumerate, zip, map, filter and reversed. All iterators return themselves from __iter__ and end
// with a null Ref from iternext (never by throwing StopIteration).
#include "runtime/iterators.h"

#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
#include "runtime/dict_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"

namespace minipy {

TypeObject ListIterType, ListRevIterType, TupleIterType, SeqIterType, CallableIterType, EnumerateType, ZipType,
    MapType, FilterType, ReversedType;

namespace {

Ref iter_self(Value self) { return Ref(self); }

void init_iter_common(TypeObject& t, const char* name, size_t size, bool subclassable) {
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = name;
  t.base = &ObjectType;
  t.flags = kTypeGC | kTypeImmutable | (subclassable ? uint32_t(kTypeBaseType) : 0u);
  t.basicsize = size;
  t.iter = iter_self;
}

// ---- list / tuple / sequence iterators ----

void seqiter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<IndexIterObject*>(o);
  if (it->seq) visit(it->seq, arg);
}
void seqiter_clear(Object* o) { static_cast<IndexIterObject*>(o)->seq.reset(); }

Ref listiter_next(Value self) { return list_iter_next_fast(self); }
Ref tupleiter_next(Value self) { return tuple_iter_next_fast(self); }

Ref listreviter_next(Value self) {
  auto* o = static_cast<IndexIterObject*>(self.as_object());
  // index counts down; SIZE_MAX after the first element means exhausted.
  if (o->seq) {
    auto& items = list_items(o->seq);
    if (o->index < items.size()) return items[o->index--];
    o->seq.reset();
  }
  return Ref();
}

Ref seqiter_next(Value self) {
  auto* o = static_cast<IndexIterObject*>(self.as_object());
  if (!o->seq) return Ref();
  try {
    Ref seq = o->seq;  // __getitem__ may drop the iterator's reference
    Ref key = int_from_i64(int64_t(o->index));
    Ref item = getitem(seq, key);
    o->index++;
    return item;
  } catch (PyException& e) {
    if (exception_matches(e.value, exc::IndexError) || exception_matches(e.value, exc::StopIteration)) {
      o->seq.reset();
      return Ref();
    }
    throw;
  }
}

Ref seqiter_length_hint(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* o = static_cast<IndexIterObject*>(self.as_object());
  if (!o->seq) return Ref(Value::small_int(0));
  TypeObject* t = self.as_object()->type;
  if (t == &ListIterType) {
    size_t n = list_items(o->seq).size();
    return int_from_i64(o->index < n ? int64_t(n - o->index) : 0);
  }
  if (t == &TupleIterType) {
    size_t n = tuple_size(o->seq);
    return int_from_i64(o->index < n ? int64_t(n - o->index) : 0);
  }
  if (t == &ListRevIterType) {
    size_t n = list_items(o->seq).size();
    return int_from_i64(o->index < n ? int64_t(o->index + 1) : 0);
  }
  return Ref(NotImplemented());
}

const MethodDef kSeqIterMethods[] = {{"__length_hint__", seqiter_length_hint}, {}};

// ---- callable_iterator ----

struct CallableIterObject : Object {
  Ref callable, sentinel;
};
void calliter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* it = static_cast<CallableIterObject*>(o);
  if (it->callable) visit(it->callable, arg);
  if (it->sentinel) visit(it->sentinel, arg);
}
void calliter_clear(Object* o) {
  auto* it = static_cast<CallableIterObject*>(o);
  it->callable.reset();
  it->sentinel.reset();
}
Ref calliter_next(Value self) {
  auto* it = static_cast<CallableIterObject*>(self.as_object());
  if (!it->callable) return Ref();
  Ref r;
  try {
    r = call(it->callable, nullptr, 0);
  } catch (PyException& e) {
    if (exception_matches(e.value, exc::StopIteration)) {
      it->callable.reset();
      it->sentinel.reset();
      return Ref();
    }
    throw;
  }
  if (rich_compare_bool(r, it->sentinel, CmpOp::Eq)) {
    it->callable.reset();
    it->sentinel.reset();
    return Ref();
  }
  return r;
}

// ---- enumerate ----

struct EnumerateObject : Object {
  Ref it;
  Ref count;  // an int (small or big)
};
void enum_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<EnumerateObject*>(o);
  if (e->it) visit(e->it, arg);
  if (e->count) visit(e->count, arg);
}
void enum_clear(Object* o) {
  auto* e = static_cast<EnumerateObject*>(o);
  e->it.reset();
  e->count.reset();
}
Ref enum_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("enumerate", "iterable, start=0");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  Ref start;
  if (a[1]) {
    if (!is_int(a[1])) {
      if (!has_index(a[1]))
        raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(a[1])).c_str());
      start = number_index(a[1]);
    } else {
      start = Ref(a[1]);
    }
  } else {
    start = Ref(Value::small_int(0));
  }
  Ref it = get_iter(a[0]);
  Ref r = new_object<EnumerateObject>(type);
  auto* e = r.as<EnumerateObject>();
  e->it = std::move(it);
  e->count = std::move(start);
  return r;
}
Ref enum_next(Value self) {
  auto* e = static_cast<EnumerateObject*>(self.as_object());
  if (!e->it) return Ref();
  Ref item = iter_next(e->it);
  if (!item) return Ref();
  Ref idx = e->count;
  if (idx.get().is_small_int() && Value::fits_small(idx.get().small_int_value() + 1))
    e->count = Ref(Value::small_int(idx.get().small_int_value() + 1));
  else
    e->count = int_add(idx, Value::small_int(1));
  return tuple_from({idx.get(), item.get()});
}

// ---- zip ----

struct ZipObject : Object {
  Ref iters;  // tuple of iterators
  bool strict;
};
void zip_traverse(Object* o, VisitFn visit, void* arg) {
  auto* z = static_cast<ZipObject*>(o);
  if (z->iters) visit(z->iters, arg);
}
void zip_clear(Object* o) { static_cast<ZipObject*>(o)->iters.reset(); }
Ref zip_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  bool strict = false;
  if (kwnames) {
    for (size_t j = 0; j < tuple_size(kwnames); j++) {
      Value k = tuple_item(kwnames, j);
      if (str_view(k) != "strict")
        raisef(exc::TypeError, "'%s' is an invalid keyword argument for zip()", std::string(str_view(k)).c_str());
      strict = is_true(args[nargs + j]);
    }
  }
  Ref iters = tuple_new(nargs);
  for (size_t i = 0; i < nargs; i++) tuple_init_item(iters, i, get_iter(args[i]));
  Ref r = new_object<ZipObject>(type);
  r.as<ZipObject>()->iters = std::move(iters);
  r.as<ZipObject>()->strict = strict;
  return r;
}
Ref zip_next(Value self) {
  auto* z = static_cast<ZipObject*>(self.as_object());
  if (!z->iters) return Ref();
  size_t n = tuple_size(z->iters);
  if (n == 0) return Ref();
  Ref result = tuple_new(n);
  for (size_t i = 0; i < n; i++) {
    Ref item = iter_next(tuple_item(z->iters, i));
    if (!item) {
      if (z->strict) {
        Ref iters = z->iters;
        z->iters.reset();
        if (i > 0)
          raisef(exc::ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1, i == 1 ? " " : "s 1-", i);
        for (size_t j = 1; j < n; j++) {
          Ref extra = iter_next(tuple_item(iters, j));
          if (extra)
            raisef(exc::ValueError, "zip() argument %zu is longer than argument%s%zu", j + 1, j == 1 ? " " : "s 1-", j);
        }
      }
      z->iters.reset();
      return Ref();
    }
    tuple_init_item(result, i, std::move(item));
  }
  return result;
}

// ---- map ----

struct MapObject : Object {
  Ref func;
  Ref iters;  // tuple
};
void map_traverse(Object* o, VisitFn visit, void* arg) {
  auto* m = static_cast<MapObject*>(o);
  if (m->func) visit(m->func, arg);
  if (m->iters) visit(m->iters, arg);
}
void map_clear(Object* o) {
  auto* m = static_cast<MapObject*>(o);
  m->func.reset();
  m->iters.reset();
}
Ref map_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &MapType) check_no_kwargs("map", kwnames);
  if (nargs < 2) raise(exc::TypeError, "map() must have at least two arguments.");
  Ref iters = tuple_new(nargs - 1);
  for (size_t i = 1; i < nargs; i++) tuple_init_item(iters, i - 1, get_iter(args[i]));
  Ref r = new_object<MapObject>(type);
  r.as<MapObject>()->func = Ref(args[0]);
  r.as<MapObject>()->iters = std::move(iters);
  return r;
}
Ref map_next(Value self) {
  auto* m = static_cast<MapObject*>(self.as_object());
  if (!m->iters) return Ref();
  size_t n = tuple_size(m->iters);
  Value small[8];
  std::vector<Ref> held;
  held.reserve(n);
  for (size_t i = 0; i < n; i++) {
    Ref item = iter_next(tuple_item(m->iters, i));
    if (!item) return Ref();
    held.push_back(std::move(item));
  }
  std::vector<Value> argv;
  Value* av = small;
  if (n > 8) {
    argv.resize(n);
    av = argv.data();
  }
  for (size_t i = 0; i < n; i++) av[i] = held[i];
  return call(m->func, av, n);
}

// ---- filter ----

struct FilterObject : Object {
  Ref func;  // None = truthiness
  Ref it;
};
void filter_traverse(Object* o, VisitFn visit, void* arg) {
  auto* f = static_cast<FilterObject*>(o);
  if (f->func) visit(f->func, arg);
  if (f->it) visit(f->it, arg);
}
void filter_clear(Object* o) {
  auto* f = static_cast<FilterObject*>(o);
  f->func.reset();
  f->it.reset();
}
Ref filter_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &FilterType) check_no_kwargs("filter", kwnames);
  if (nargs != 2) raisef(exc::TypeError, "filter expected 2 arguments, got %zu", nargs);
  Ref it = get_iter(args[1]);
  Ref r = new_object<FilterObject>(type);
  r.as<FilterObject>()->func = Ref(args[0]);
  r.as<FilterObject>()->it = std::move(it);
  return r;
}
Ref filter_next(Value self) {
  auto* f = static_cast<FilterObject*>(self.as_object());
  if (!f->it) return Ref();
  bool plain = is_none(f->func) || f->func.get() == Value(static_cast<Object*>(&BoolType));
  for (;;) {
    Ref item = iter_next(f->it);
    if (!item) return Ref();
    bool ok;
    if (plain) {
      ok = is_true(item);
    } else {
      Ref r = call(f->func, {item.get()});
      ok = is_true(r);
    }
    if (ok) return item;
  }
}

// ---- reversed ----

struct ReversedObject : Object {
  Ref seq;  // null when exhausted
  int64_t index;
};
void rev_traverse(Object* o, VisitFn visit, void* arg) {
  auto* r = static_cast<ReversedObject*>(o);
  if (r->seq) visit(r->seq, arg);
}
void rev_clear(Object* o) { static_cast<ReversedObject*>(o)->seq.reset(); }
Ref rev_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  if (type == &ReversedType) check_no_kwargs("reversed", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "reversed expected 1 argument, got %zu", nargs);
  Value seq = args[0];
  if (type == &ReversedType) {
    if (is_exact_list(seq)) return list_reverse_iter_new(seq);
    Value meth = type_lookup(type_of(seq), name("__reversed__"));
    if (meth && is_none(meth)) raise_type_error_not(seq, "reversible");
    if (meth) return call_method(seq, name("__reversed__"), {});
  }
  TypeObject* t = type_of(seq);
  if (!t->getitem || !t->len || is_dict(seq)) raise_type_error_not(seq, "reversible");
  int64_t n = length(seq);
  Ref r = new_object<ReversedObject>(type);
  r.as<ReversedObject>()->seq = Ref(seq);
  r.as<ReversedObject>()->index = n - 1;
  return r;
}
Ref rev_next(Value self) {
  auto* r = static_cast<ReversedObject*>(self.as_object());
  if (!r->seq || r->index < 0) {
    r->seq.reset();
    return Ref();
  }
  try {
    Ref key = int_from_i64(r->index);
    Ref item = getitem(r->seq, key);
    r->index--;
    return item;
  } catch (PyException& e) {
    if (exception_matches(e.value, exc::IndexError) || exception_matches(e.value, exc::StopIteration)) {
      r->seq.reset();
      return Ref();
    }
    throw;
  }
}
Ref rev_length_hint(Value self, const Value* args, size_t nargs, Value kwnames) {
  auto* r = static_cast<ReversedObject*>(self.as_object());
  return int_from_i64(r->seq && r->index >= 0 ? r->index + 1 : 0);
}
const MethodDef kRevMethods[] = {{"__length_hint__", rev_length_hint}, {}};

}  // namespace

Ref list_iter_new(Value list) {
  Ref r = new_object<IndexIterObject>(&ListIterType);
  r.as<IndexIterObject>()->seq = Ref(list);
  return r;
}

Ref list_reverse_iter_new(Value list) {
  Ref r = new_object<IndexIterObject>(&ListRevIterType);
  r.as<IndexIterObject>()->seq = Ref(list);
  r.as<IndexIterObject>()->index = list_items(list).size() - 1;  // wraps to SIZE_MAX when empty
  return r;
}

Ref tuple_iter_new(Value tuple) {
  Ref r = new_object<IndexIterObject>(&TupleIterType);
  r.as<IndexIterObject>()->seq = Ref(tuple);
  return r;
}

Ref seq_iter_new(Value seq) {
  Ref r = new_object<IndexIterObject>(&SeqIterType);
  r.as<IndexIterObject>()->seq = Ref(seq);
  return r;
}

Ref callable_iter_new(Value callable, Value sentinel) {
  Ref r = new_object<CallableIterObject>(&CallableIterType);
  r.as<CallableIterObject>()->callable = Ref(callable);
  r.as<CallableIterObject>()->sentinel = Ref(sentinel);
  return r;
}

void init_generic_alias_type();  // generic_alias.cpp

void init_iterator_types() {
  init_generic_alias_type();
  struct SeqSpec {
    TypeObject* t;
    const char* name;
    IterNextSlot next;
  };
  for (auto& s : {SeqSpec{&ListIterType, "list_iterator", listiter_next},
                  SeqSpec{&ListRevIterType, "list_reverseiterator", listreviter_next},
                  SeqSpec{&TupleIterType, "tuple_iterator", tupleiter_next},
                  SeqSpec{&SeqIterType, "iterator", seqiter_next}}) {
    init_iter_common(*s.t, s.name, sizeof(IndexIterObject), false);
    s.t->dealloc = dealloc_as<IndexIterObject>;
    s.t->traverse = seqiter_traverse;
    s.t->clear = seqiter_clear;
    s.t->iternext = s.next;
    s.t->methods = kSeqIterMethods;
    static_type_declare(s.t);
  }

  init_iter_common(CallableIterType, "callable_iterator", sizeof(CallableIterObject), false);
  CallableIterType.dealloc = dealloc_as<CallableIterObject>;
  CallableIterType.traverse = calliter_traverse;
  CallableIterType.clear = calliter_clear;
  CallableIterType.iternext = calliter_next;
  static_type_declare(&CallableIterType);

  init_iter_common(EnumerateType, "enumerate", sizeof(EnumerateObject), true);
  EnumerateType.dealloc = dealloc_as<EnumerateObject>;
  EnumerateType.traverse = enum_traverse;
  EnumerateType.clear = enum_clear;
  EnumerateType.new_ = enum_new;
  EnumerateType.iternext = enum_next;
  static_type_declare(&EnumerateType);

  init_iter_common(ZipType, "zip", sizeof(ZipObject), true);
  ZipType.dealloc = dealloc_as<ZipObject>;
  ZipType.traverse = zip_traverse;
  ZipType.clear = zip_clear;
  ZipType.new_ = zip_new;
  ZipType.iternext = zip_next;
  static_type_declare(&ZipType);

  init_iter_common(MapType, "map", sizeof(MapObject), true);
  MapType.dealloc = dealloc_as<MapObject>;
  MapType.traverse = map_traverse;
  MapType.clear = map_clear;
  MapType.new_ = map_new;
  MapType.iternext = map_next;
  static_type_declare(&MapType);

  init_iter_common(FilterType, "filter", sizeof(FilterObject), true);
  FilterType.dealloc = dealloc_as<FilterObject>;
  FilterType.traverse = filter_traverse;
  FilterType.clear = filter_clear;
  FilterType.new_ = filter_new;
  FilterType.iternext = filter_next;
  static_type_declare(&FilterType);

  init_iter_common(ReversedType, "reversed", sizeof(ReversedObject), true);
  ReversedType.dealloc = dealloc_as<ReversedObject>;
  ReversedType.traverse = rev_traverse;
  ReversedType.clear = rev_clear;
  ReversedType.new_ = rev_new;
  ReversedType.iternext = rev_next;
  ReversedType.methods = kRevMethods;
  static_type_declare(&ReversedType);
}

static BuiltinType reg_enumerate("enumerate", &EnumerateType);
static BuiltinType reg_zip("zip", &ZipType);
static BuiltinType reg_map("map", &MapType);
static BuiltinType reg_filter("filter", &FilterType);
static BuiltinType reg_reversed("reversed", &ReversedType);

}  // namespace minipy
