// list: a std::vector of owned references.
//
// Every loop that calls back into Python (equality, repr, iteration of the argument) re-reads the
// size and the element each time round: the callee may have mutated the list. Elements removed
// from the list are moved out first and released last, so a __del__ never sees a half-updated list.
#include <algorithm>

#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject ListType;

Ref list_new(size_t reserve) {
  Ref l = new_object<ListObject>(&ListType);
  if (reserve) list_items(l).reserve(reserve);
  return l;
}

Ref list_from_array(const Value* items, size_t n) {
  Ref l = new_object<ListObject>(&ListType);
  auto& v = list_items(l);
  v.reserve(n);
  for (size_t i = 0; i < n; i++) v.emplace_back(items[i]);
  return l;
}

Ref list_from_iterable(Value iterable) {
  Ref l = new_object<ListObject>(&ListType);
  list_extend(l, iterable);
  return l;
}

void list_append(Value list, Value item) { list_items(list).emplace_back(item); }

void list_extend(Value list, Value iterable) {
  auto& items = list_items(list);
  if (is_exact_list(iterable) || is_exact_tuple(iterable)) {
    // Snapshot first: l.extend(l) must not see its own growth.
    if (is_exact_tuple(iterable)) {
      size_t n = tuple_size(iterable);
      items.reserve(items.size() + n);
      for (size_t i = 0; i < n; i++) items.emplace_back(tuple_item(iterable, i));
    } else {
      auto& src = list_items(iterable);
      size_t n = src.size();
      items.reserve(items.size() + n);
      for (size_t i = 0; i < n; i++) items.push_back(src[i]);
    }
    return;
  }
  Ref it = get_iter(iterable);
  while (Ref item = iter_next(it)) list_items(list).push_back(std::move(item));
}

Ref list_as_tuple(Value list) {
  auto& items = list_items(list);
  size_t n = items.size();
  if (n == 0) return empty_tuple();
  Ref t = tuple_new(n);
  for (size_t i = 0; i < n; i++) tuple_init_item(t, i, items[i]);
  return t;
}

bool is_list(Value v) { return v.is_object() && type_of(v)->has_flag(kTypeListSubclass); }

// ---- slots ----------------------------------------------------------------------------------------

static void list_dealloc_real(Object* o) {
  release_reverse(static_cast<ListObject*>(o)->items);
  dealloc_as<ListObject>(o);
}
static void list_dealloc(Object* o) { trashcan_dealloc(o, list_dealloc_real); }

static void list_traverse(Object* o, VisitFn visit, void* arg) {
  for (auto& r : static_cast<ListObject*>(o)->items)
    if (r) visit(r, arg);
}

static void list_clear_slot(Object* o) {
  std::vector<Ref> old;
  old.swap(static_cast<ListObject*>(o)->items);
  release_reverse(old);
}

static Ref list_repr(Value self) {
  if (list_items(self).empty()) return str_from_ascii("[]");
  ReprGuard guard(self.as_object());
  if (guard.recursive()) return str_from_ascii("[...]");
  check_c_stack();
  std::string s = "[";
  for (size_t i = 0; i < list_items(self).size(); i++) {
    if (i) s += ", ";
    Ref item = list_items(self)[i];  // keep it alive while its __repr__ runs
    s += repr_utf8(item);
  }
  s += "]";
  return str_new(s);
}

static Ref list_richcompare(Value a, Value b, CmpOp op) {
  if (!is_list(a) || !is_list(b)) return not_implemented();
  auto& va = list_items(a);
  auto& vb = list_items(b);
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && va.size() != vb.size()) return Ref(bool_value(op == CmpOp::Ne));
  size_t i = 0;
  for (; i < va.size() && i < vb.size(); i++) {
    Ref x = va[i], y = vb[i];
    if (!equals(x, y)) break;
  }
  size_t na = va.size(), nb = vb.size();
  if (i >= na || i >= nb) {
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = na < nb; break;
      case CmpOp::Le: r = na <= nb; break;
      case CmpOp::Eq: r = na == nb; break;
      case CmpOp::Ne: r = na != nb; break;
      case CmpOp::Gt: r = na > nb; break;
      case CmpOp::Ge: r = na >= nb; break;
    }
    return Ref(bool_value(r));
  }
  if (op == CmpOp::Eq) return Ref(False());
  if (op == CmpOp::Ne) return Ref(True());
  Ref x = va[i], y = vb[i];
  return rich_compare(x, y, op);
}

static int64_t list_len(Value self) { return int64_t(list_items(self).size()); }

static bool list_contains(Value self, Value item) {
  auto& v = list_items(self);
  for (size_t i = 0; i < v.size(); i++) {
    Ref x = v[i];
    if (equals(x, item)) return true;
  }
  return false;
}

static Ref list_slice(Value self, Value slice) {
  auto& v = list_items(self);
  int64_t start, stop, step;
  int64_t len = slice_indices(slice, int64_t(v.size()), &start, &stop, &step);
  Ref r = list_new(len > 0 ? size_t(len) : 0);
  auto& out = list_items(r);
  for (int64_t k = 0, j = start; k < len; k++, j += step) out.push_back(v[size_t(j)]);
  return r;
}

static Ref list_getitem(Value self, Value key) {
  auto& v = list_items(self);
  int64_t i;
  if (key.is_small_int()) {
    i = key.small_int_value();
  } else if (key.is_object() && type_of(key) == &SliceType) {
    return list_slice(self, key);
  } else if (has_index(key)) {
    i = index_value(key);
  } else {
    raisef(exc::TypeError, "list indices must be integers or slices, not %s", std::string(type_name(key)).c_str());
  }
  if (i < 0) i += int64_t(v.size());
  if (i < 0 || i >= int64_t(v.size())) raise(exc::IndexError, "list index out of range");
  return v[size_t(i)];
}

// a[lo:hi] = items (step 1), a[lo:hi:step] = items (extended), del likewise (value null).
static void list_ass_slice(Value self, Value slice, Value value) {
  std::vector<Ref> repl;
  if (value) {
    if (value == self) {
      repl = list_items(self);  // a[:] = a
    } else if (is_exact_list(value) || is_exact_tuple(value)) {
      repl = collect_iterable(value);
    } else {
      Ref it;
      try {
        it = get_iter(value);
      } catch (PyException& e) {
        if (!exception_matches(e.value, exc::TypeError)) throw;
        raise(exc::TypeError, "can only assign an iterable");
      }
      while (Ref item = iter_next(it)) repl.push_back(std::move(item));
    }
  }
  auto& v = list_items(self);
  int64_t start, stop, step;
  int64_t len = slice_indices(slice, int64_t(v.size()), &start, &stop, &step);
  std::vector<Ref> removed;
  if (step == 1) {
    if (stop < start) stop = start;
    auto first = v.begin() + start, last = v.begin() + stop;
    removed.assign(std::make_move_iterator(first), std::make_move_iterator(last));
    v.erase(first, last);
    v.insert(v.begin() + start, std::make_move_iterator(repl.begin()), std::make_move_iterator(repl.end()));
    release_reverse(removed);
    return;
  }
  if (!value) {
    if (len <= 0) return;
    // Delete every step-th element; walk in increasing index order.
    if (step < 0) {
      start = start + step * (len - 1);
      step = -step;
    }
    std::vector<Ref> kept;
    kept.reserve(v.size() - size_t(len));
    int64_t next = start, left = len;
    for (int64_t i = 0; i < int64_t(v.size()); i++) {
      if (left > 0 && i == next) {
        removed.push_back(std::move(v[size_t(i)]));
        next += step;
        left--;
      } else {
        kept.push_back(std::move(v[size_t(i)]));
      }
    }
    v.swap(kept);
    return;
  }
  if (int64_t(repl.size()) != len)
    raisef(exc::ValueError, "attempt to assign sequence of size %zu to extended slice of size %lld", repl.size(),
           (long long)len);
  removed.reserve(size_t(len));
  for (int64_t k = 0, j = start; k < len; k++, j += step) {
    removed.push_back(std::move(v[size_t(j)]));
    v[size_t(j)] = std::move(repl[size_t(k)]);
  }
}

static void list_setitem(Value self, Value key, Value value) {
  int64_t i;
  if (key.is_small_int()) {
    i = key.small_int_value();
  } else if (key.is_object() && type_of(key) == &SliceType) {
    list_ass_slice(self, key, value);
    return;
  } else if (has_index(key)) {
    i = index_value(key);
  } else {
    raisef(exc::TypeError, "list indices must be integers or slices, not %s", std::string(type_name(key)).c_str());
  }
  auto& v = list_items(self);
  if (i < 0) i += int64_t(v.size());
  if (i < 0 || i >= int64_t(v.size())) raise(exc::IndexError, "list assignment index out of range");
  if (value) {
    Ref old = std::move(v[size_t(i)]);
    v[size_t(i)] = Ref(value);
  } else {
    Ref old = std::move(v[size_t(i)]);
    v.erase(v.begin() + i);
  }
}

static Ref list_iter(Value self) { return list_iter_new(self); }

static Ref list_add(Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  if (!is_list(b)) {
    if (type_of(b)->has_flag(kTypeHeapType)) return not_implemented();
    raisef(exc::TypeError, "can only concatenate list (not \"%s\") to list", std::string(type_name(b)).c_str());
  }
  auto& va = list_items(a);
  auto& vb = list_items(b);
  Ref r = list_new(va.size() + vb.size());
  auto& out = list_items(r);
  size_t na = va.size(), nb = vb.size();
  for (size_t i = 0; i < na; i++) out.push_back(va[i]);
  for (size_t i = 0; i < nb; i++) out.push_back(vb[i]);
  return r;
}

static Ref list_iadd(Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  list_extend(a, b);
  return Ref(a);
}

static int64_t repeat_count(Value seq, Value count, bool* ok) {
  *ok = has_index(count);
  if (!*ok) return 0;
  return index_value(count);
}

static Ref list_mul(Value a, Value b) {
  Value seq = a, count = b;
  if (!is_list(a)) std::swap(seq, count);
  if (!is_list(seq)) return not_implemented();
  bool ok;
  int64_t k = repeat_count(seq, count, &ok);
  if (!ok) {
    if (type_of(count)->has_flag(kTypeHeapType)) return not_implemented();
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", std::string(type_name(count)).c_str());
  }
  auto& v = list_items(seq);
  size_t n = v.size();
  if (k <= 0 || n == 0) return list_new();
  if (uint64_t(k) > (uint64_t(1) << 40) / n) raise_memory_error();
  Ref r = list_new(n * size_t(k));
  auto& out = list_items(r);
  for (int64_t j = 0; j < k; j++)
    for (size_t i = 0; i < n; i++) out.push_back(v[i]);
  return r;
}

static Ref list_imul(Value a, Value b) {
  if (!is_list(a)) return not_implemented();
  bool ok;
  int64_t k = repeat_count(a, b, &ok);
  if (!ok) {
    if (type_of(b)->has_flag(kTypeHeapType)) return not_implemented();
    raisef(exc::TypeError, "can't multiply sequence by non-int of type '%s'", std::string(type_name(b)).c_str());
  }
  auto& v = list_items(a);
  size_t n = v.size();
  if (k <= 0) {
    std::vector<Ref> old;
    old.swap(v);
    release_reverse(old);
    return Ref(a);
  }
  if (n && uint64_t(k) > (uint64_t(1) << 40) / n) raise_memory_error();
  v.reserve(n * size_t(k));
  for (int64_t j = 1; j < k; j++)
    for (size_t i = 0; i < n; i++) v.push_back(v[i]);
  return Ref(a);
}

static Ref list_new_slot(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  return new_object<ListObject>(type);
}

static void list_init_slot(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (kwnames && tuple_size(kwnames) > 0 && type_of(self) == &ListType)
    raise(exc::TypeError, "list() takes no keyword arguments");
  if (nargs > 1) raisef(exc::TypeError, "list expected at most 1 argument, got %zu", nargs);
  {
    std::vector<Ref> old;
    old.swap(list_items(self));
    release_reverse(old);
  }
  if (nargs == 1) list_extend(self, args[0]);
}

// ---- methods --------------------------------------------------------------------------------------

static Ref m_append(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("list.append", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "list.append() takes exactly one argument (%zu given)", nargs);
  list_items(self).emplace_back(args[0]);
  return Ref(None());
}

static Ref m_extend(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("list.extend", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "list.extend() takes exactly one argument (%zu given)", nargs);
  list_extend(self, args[0]);
  return Ref(None());
}

static Ref m_insert(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("insert", kwnames);
  if (nargs != 2) raisef(exc::TypeError, "insert expected 2 arguments, got %zu", nargs);
  int64_t i = index_as_int64(args[0], nullptr);
  auto& v = list_items(self);
  int64_t n = int64_t(v.size());
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  }
  if (i > n) i = n;
  v.insert(v.begin() + i, Ref(args[1]));
  return Ref(None());
}

static Ref m_pop(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("pop", kwnames);
  check_nargs("pop", nargs, 0, 1);
  auto& v = list_items(self);
  int64_t i = -1;
  if (nargs == 1) i = index_as_int64(args[0], exc::IndexError);
  if (v.empty()) raise(exc::IndexError, "pop from empty list");
  if (i < 0) i += int64_t(v.size());
  if (i < 0 || i >= int64_t(v.size())) raise(exc::IndexError, "pop index out of range");
  Ref r = std::move(v[size_t(i)]);
  v.erase(v.begin() + i);
  return r;
}

static Ref m_remove(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("list.remove", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "list.remove() takes exactly one argument (%zu given)", nargs);
  auto& v = list_items(self);
  for (size_t i = 0; i < v.size(); i++) {
    Ref x = v[i];
    if (equals(x, args[0])) {
      if (i < v.size()) {
        Ref old = std::move(v[i]);
        v.erase(v.begin() + int64_t(i));
      }
      return Ref(None());
    }
  }
  raise(exc::ValueError, "list.remove(x): x not in list");
}

static Ref m_index(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("index", kwnames);
  check_nargs("index", nargs, 1, 3);
  auto& v = list_items(self);
  int64_t n = int64_t(v.size());
  int64_t start = 0, stop = n;
  if (nargs > 1) start = index_as_int64(args[1], nullptr);
  if (nargs > 2) stop = index_as_int64(args[2], nullptr);
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  for (int64_t i = start; i < stop && i < int64_t(v.size()); i++) {
    Ref x = v[size_t(i)];
    if (equals(x, args[0])) return int_from_i64(i);
  }
  raisef(exc::ValueError, "%s is not in list", repr_utf8(args[0]).c_str());
}

static Ref m_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("list.count", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "list.count() takes exactly one argument (%zu given)", nargs);
  auto& v = list_items(self);
  int64_t c = 0;
  for (size_t i = 0; i < v.size(); i++) {
    Ref x = v[i];
    if (equals(x, args[0])) c++;
  }
  return int_from_i64(c);
}

static Ref m_reverse(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("list.reverse", kwnames);
  if (nargs) raisef(exc::TypeError, "list.reverse() takes no arguments (%zu given)", nargs);
  auto& v = list_items(self);
  std::reverse(v.begin(), v.end());
  return Ref(None());
}

static Ref m_sort(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("sort", "*, key=None, reverse=False");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  Value key = a[0] && !is_none(a[0]) ? a[0] : Value();
  bool reverse = a[1] ? index_as_int64(a[1], nullptr) != 0 : false;
  list_sort(self, key, reverse);
  return Ref(None());
}

static Ref m_copy(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("list.copy", kwnames);
  if (nargs) raisef(exc::TypeError, "list.copy() takes no arguments (%zu given)", nargs);
  auto& v = list_items(self);
  Ref r = list_new(v.size());
  for (size_t i = 0; i < v.size(); i++) list_items(r).push_back(v[i]);
  return r;
}

static Ref m_clear(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("list.clear", kwnames);
  if (nargs) raisef(exc::TypeError, "list.clear() takes no arguments (%zu given)", nargs);
  std::vector<Ref> old;
  old.swap(list_items(self));
  release_reverse(old);
  return Ref(None());
}

static Ref m_reversed(Value self, const Value* args, size_t nargs, Value kwnames) {
  return list_reverse_iter_new(self);
}

static const MethodDef kListMethods[] = {
    {"append", m_append},   {"extend", m_extend}, {"insert", m_insert},   {"pop", m_pop},
    {"remove", m_remove},   {"index", m_index},   {"count", m_count},     {"reverse", m_reverse},
    {"sort", m_sort},       {"copy", m_copy},     {"clear", m_clear},     {"__reversed__", m_reversed},
    {"__class_getitem__", class_getitem, kMethodClass},
    {},
};

void init_list_type() {
  TypeObject& t = ListType;
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = "list";
  t.base = &ObjectType;
  t.flags = kTypeBaseType | kTypeGC | kTypeImmutable | kTypeListSubclass;
  t.basicsize = sizeof(ListObject);
  t.dealloc = list_dealloc;
  t.traverse = list_traverse;
  t.clear = list_clear_slot;
  t.new_ = list_new_slot;
  t.init = list_init_slot;
  t.repr = list_repr;
  t.hash = hash_not_implemented;
  t.richcompare = list_richcompare;
  t.iter = list_iter;
  t.len = list_len;
  t.contains = list_contains;
  t.getitem = list_getitem;
  t.setitem = list_setitem;
  t.nb[int(BinOp::Add)] = list_add;
  t.nb[int(BinOp::Mul)] = list_mul;
  t.nb_inplace[int(BinOp::Add)] = list_iadd;
  t.nb_inplace[int(BinOp::Mul)] = list_imul;
  t.methods = kListMethods;
  static_type_declare(&t);
}

static BuiltinType reg_list("list", &ListType);

}  // namespace minipy
