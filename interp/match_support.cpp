// Runtime checks of the match statement. The compiler loads these native functions as constants
// and calls them (rather than using the reserved MATCH_* opcodes), so pattern matching works with
// the generic call path of the VM. Semantics and messages follow CPython 3.11's MATCH_* opcodes.
#include "interp/match_support.h"

#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

static bool mro_has_name(TypeObject* t, std::string_view a, std::string_view b) {
  if (!t->mro || !is_tuple(t->mro)) return false;
  for (size_t i = 0; i < tuple_size(t->mro); ++i) {
    auto* base = static_cast<TypeObject*>(tuple_item(t->mro, i).as_object());
    std::string_view n = base->type_name();
    if (n == a || n == b) return true;
  }
  return false;
}

static bool is_sequence_for_match(Value v) {
  TypeObject* t = type_of(v);
  if (t->has_flag(kTypeStrSubclass) || t->has_flag(kTypeBytesSubclass)) return false;
  if (mro_has_name(t, "bytearray", "bytearray")) return false;
  if (t->has_flag(kTypeListSubclass) || t->has_flag(kTypeTupleSubclass)) return true;
  return mro_has_name(t, "range", "memoryview") || mro_has_name(t, "deque", "array") ||
         mro_has_name(t, "Sequence", "MutableSequence");
}

static bool is_mapping_for_match(Value v) {
  TypeObject* t = type_of(v);
  return t->has_flag(kTypeDictSubclass) || mro_has_name(t, "Mapping", "MutableMapping");
}

// _match_seq(subject, n, has_star): a sequence of length n (at least n with a star).
static Ref match_seq(Value, const Value* args, size_t nargs, Value) {
  Value v = args[0];
  if (!is_sequence_for_match(v)) return False();
  int64_t n = *int_as_i64(args[1]);
  int64_t len = length(v);
  return bool_value(is_true(args[2]) ? len >= n : len == n);
}

// _match_map(subject): a mapping.
static Ref match_map(Value, const Value* args, size_t, Value) { return bool_value(is_mapping_for_match(args[0])); }

// _match_keys(subject, keys): the values for keys (via subject.get), or None when one is missing.
static Ref match_keys(Value, const Value* args, size_t, Value) {
  Value subject = args[0], keys = args[1];
  size_t n = tuple_size(keys);
  Ref seen = set_new();
  Ref dummy = list_new();
  Ref get = getattr_str(subject, "get");
  Ref values = tuple_new(n);
  for (size_t i = 0; i < n; ++i) {
    Value k = tuple_item(keys, i);
    if (set_contains(seen, k)) raisef(exc::ValueError, "mapping pattern checks duplicate key (%s)", repr_utf8(k).c_str());
    set_add(seen, k);
    Ref v = call(get, {k, dummy});
    if (v.get() == dummy.get()) return None();
    tuple_init_item(values, i, std::move(v));
  }
  return values;
}

// _match_rest(subject, keys): dict(subject) without keys (for `**rest`).
static Ref match_rest(Value, const Value* args, size_t, Value) {
  Ref d = dict_new();
  dict_update(d, args[0]);
  Value keys = args[1];
  for (size_t i = 0; i < tuple_size(keys); ++i) dict_del(d, tuple_item(keys, i));
  return d;
}

static bool matches_self(TypeObject* t) {
  static const char* const kSelf[] = {"bool", "bytearray", "bytes", "dict", "float", "frozenset",
                                      "int", "list", "set", "str", "tuple"};
  if (!t->mro || !is_tuple(t->mro)) return false;
  for (size_t i = 0; i < tuple_size(t->mro); ++i) {
    auto* base = static_cast<TypeObject*>(tuple_item(t->mro, i).as_object());
    if (base->has_flag(kTypeHeapType)) continue;
    for (const char* s : kSelf)
      if (base->type_name() == s) return true;
  }
  return false;
}

// _match_class(subject, cls, npos, kwd_names): the tuple of sub-pattern subjects, or None.
static Ref match_class(Value, const Value* args, size_t, Value) {
  Value subject = args[0], cls = args[1];
  int64_t npos = *int_as_i64(args[2]);
  Value kwd = args[3];
  if (!cls.is_object() || !type_of(cls)->has_flag(kTypeTypeSubclass))
    raise(exc::TypeError, "called match pattern must be a type");
  auto* type = static_cast<TypeObject*>(cls.as_object());
  if (!isinstance_generic(subject, cls)) return None();
  std::string tname(type->type_name());
  Ref out = list_new();
  Ref seen = set_new();
  if (npos > 0) {
    Ref match_args = getattr_opt(cls, name("__match_args__"));
    bool match_self = false;
    if (match_args) {
      if (!is_exact_tuple(match_args))
        raisef(exc::TypeError, "%s.__match_args__ must be a tuple (got %s)", tname.c_str(),
               std::string(type_name(match_args)).c_str());
    } else {
      match_self = matches_self(type);
      match_args = empty_tuple();
    }
    int64_t allowed = match_self ? 1 : int64_t(tuple_size(match_args));
    if (npos > allowed)
      raisef(exc::TypeError, "%s() accepts %lld positional sub-pattern%s (%lld given)", tname.c_str(),
             (long long)allowed, allowed == 1 ? "" : "s", (long long)npos);
    if (match_self) {
      list_append(out, subject);
    } else {
      for (int64_t i = 0; i < npos; ++i) {
        Value attr_name = tuple_item(match_args, size_t(i));
        if (!is_str(attr_name))
          raisef(exc::TypeError, "__match_args__ elements must be strings (got %s)",
                 std::string(type_name(attr_name)).c_str());
        set_add(seen, attr_name);
        Ref v = getattr_opt(subject, attr_name);
        if (!v) return None();
        list_append(out, v);
      }
    }
  }
  for (size_t i = 0; i < tuple_size(kwd); ++i) {
    Value attr_name = tuple_item(kwd, i);
    if (set_contains(seen, attr_name))
      raisef(exc::TypeError, "%s() got multiple sub-patterns for attribute %s", tname.c_str(),
             repr_utf8(attr_name).c_str());
    set_add(seen, attr_name);
    Ref v = getattr_opt(subject, attr_name);
    if (!v) return None();
    list_append(out, v);
  }
  return list_as_tuple(out);
}

static const MethodDef kMatchDefs[] = {
    {"_match_seq", match_seq},     {"_match_map", match_map},     {"_match_keys", match_keys},
    {"_match_rest", match_rest},   {"_match_class", match_class},
};

Ref match_helper(MatchHelper which) {
  return native_function_new(&kMatchDefs[int(which)], Value(), Value());
}

}  // namespace minipy
