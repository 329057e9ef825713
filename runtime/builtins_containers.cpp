// Container builtins: len, sorted, min, max, sum, any, all, iter, next.
#include "runtime/builtins_registry.h"
#include "runtime/containers_internal.h"
#include "runtime/exceptions.h"
#include "runtime/float_object.h"
#include "runtime/iterators.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

Ref builtin_len(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("len", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "len() takes exactly one argument (%zu given)", nargs);
  Value v = args[0];
  if (is_exact_list(v)) return int_from_i64(int64_t(list_items(v).size()));
  if (is_exact_tuple(v)) return int_from_i64(int64_t(tuple_size(v)));
  return int_from_i64(length(v));
}

Ref builtin_sorted(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (nargs != 1) raisef(exc::TypeError, "sorted expected 1 argument, got %zu", nargs);
  Ref l = list_from_iterable(args[0]);
  static const ArgSpec spec("sort", "*, key=None, reverse=False");
  Value a[2];
  spec.bind(args + 1, 0, kwnames, a);
  Value key = a[0] && !is_none(a[0]) ? a[0] : Value();
  bool reverse = a[1] ? index_as_int64(a[1], nullptr) != 0 : false;
  list_sort(l, key, reverse);
  return l;
}

Ref min_max(const char* fname, CmpOp op, const Value* args, size_t nargs, Value kwnames) {
  Value key, dflt;
  if (kwnames) {
    for (size_t j = 0; j < tuple_size(kwnames); j++) {
      std::string_view k = str_view(tuple_item(kwnames, j));
      if (k == "key")
        key = args[nargs + j];
      else if (k == "default")
        dflt = args[nargs + j];
      else
        raisef(exc::TypeError, "'%s' is an invalid keyword argument for %s()", std::string(k).c_str(), fname);
    }
  }
  if (nargs == 0) raisef(exc::TypeError, "%s expected at least 1 argument, got 0", fname);
  if (dflt && nargs > 1)
    raisef(exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", fname);
  if (key && is_none(key)) key = Value();
  Ref it = get_iter(nargs == 1 ? args[0] : Ref(tuple_from_array(args, nargs)).get());
  Ref best, best_key;
  while (Ref item = iter_next(it)) {
    Ref k = key ? call(key, {item.get()}) : item;
    if (!best) {
      best = std::move(item);
      best_key = std::move(k);
      continue;
    }
    if (rich_compare_bool(k, best_key, op)) {
      best = std::move(item);
      best_key = std::move(k);
    }
  }
  if (!best) {
    if (dflt) return Ref(dflt);
    raisef(exc::ValueError, "%s() arg is an empty sequence", fname);
  }
  return best;
}

Ref builtin_min(Value self, const Value* args, size_t nargs, Value kwnames) {
  return min_max("min", CmpOp::Lt, args, nargs, kwnames);
}
Ref builtin_max(Value self, const Value* args, size_t nargs, Value kwnames) {
  return min_max("max", CmpOp::Gt, args, nargs, kwnames);
}

Ref builtin_sum(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value start;
  if (kwnames) {
    for (size_t j = 0; j < tuple_size(kwnames); j++) {
      std::string_view k = str_view(tuple_item(kwnames, j));
      if (k != "start") raisef(exc::TypeError, "sum() got an unexpected keyword argument '%s'", std::string(k).c_str());
      if (nargs >= 2) raise(exc::TypeError, "argument for sum() given by name ('start') and position (2)");
      start = args[nargs + j];
    }
  }
  if (nargs == 0) raise(exc::TypeError, "sum() takes at least 1 positional argument (0 given)");
  if (nargs > 2) raisef(exc::TypeError, "sum() takes at most 2 arguments (%zu given)", nargs);
  if (nargs == 2) start = args[1];
  if (start) {
    std::string_view tn = type_name(start);
    if (is_str(start)) raise(exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (tn == "bytes") raise(exc::TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (tn == "bytearray") raise(exc::TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  Ref acc = start ? Ref(start) : Ref(Value::small_int(0));
  Ref it = get_iter(args[0]);
  while (Ref item = iter_next(it)) {
    Value a = acc, b = item;
    if (a.is_small_int() && b.is_small_int()) {
      int64_t r;
      if (!__builtin_add_overflow(a.small_int_value(), b.small_int_value(), &r) && Value::fits_small(r)) {
        acc = Ref(Value::small_int(r));
        continue;
      }
    } else if (is_exact_float(a) && is_exact_float(b)) {
      acc = float_new(float_value(a) + float_value(b));
      continue;
    }
    acc = binary_op(a, b, BinOp::Add);
  }
  return acc;
}

Ref builtin_any(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("any", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "any() takes exactly one argument (%zu given)", nargs);
  Ref it = get_iter(args[0]);
  while (Ref item = iter_next(it))
    if (is_true(item)) return Ref(True());
  return Ref(False());
}

Ref builtin_all(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("all", kwnames);
  if (nargs != 1) raisef(exc::TypeError, "all() takes exactly one argument (%zu given)", nargs);
  Ref it = get_iter(args[0]);
  while (Ref item = iter_next(it))
    if (!is_true(item)) return Ref(False());
  return Ref(True());
}

Ref builtin_iter(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("iter", kwnames);
  check_nargs("iter", nargs, 1, 2);
  if (nargs == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) raise(exc::TypeError, "iter(v, w): v must be callable");
  return callable_iter_new(args[0], args[1]);
}

Ref builtin_next(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("next", kwnames);
  check_nargs("next", nargs, 1, 2);
  Value it = args[0];
  if (!type_of(it)->iternext) raisef(exc::TypeError, "'%s' object is not an iterator", std::string(type_name(it)).c_str());
  Ref ret;
  Ref r = iter_next_returning(it, &ret);
  if (r) return r;
  if (nargs == 2) return Ref(args[1]);
  if (!ret) raise_empty(exc::StopIteration);
  Value v = ret;
  throw PyException{new_exception_args(exc::StopIteration, &v, 1)};
}

const MethodDef kContainerBuiltins[] = {
    {"len", builtin_len}, {"sorted", builtin_sorted}, {"min", builtin_min}, {"max", builtin_max},
    {"sum", builtin_sum}, {"any", builtin_any},       {"all", builtin_all}, {"iter", builtin_iter},
    {"next", builtin_next}, {},
};

BuiltinFunctions reg_container_builtins(kContainerBuiltins);

}  // namespace

}  // namespace minipy
