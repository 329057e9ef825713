// The gc module: the Python face of the cycle collector (runtime/gc.h).
//
// minipy has one generation, so the generation arguments are checked as CPython checks them and
// otherwise ignored. Thresholds are reported as set; threshold0 sets the floor of the collector's
// adaptive threshold (0 turns automatic collection off, as in CPython).
#include <string>

#include "runtime/abstract.h"
#include "runtime/dict_object.h"
#include "runtime/float_object.h"
#include "runtime/gc.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

// CPython's defaults, reported by get_threshold() until set_threshold() changes them.
int64_t g_thresholds[3] = {700, 10, 10};
int64_t g_debug_flags = 0;

int64_t int_arg(Value v) { return index_as_int64(v, exc::OverflowError); }

Ref gc_collect_fn(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("collect", "generation=2");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  if (a[0]) {
    int64_t g = int_arg(a[0]);
    if (g < 0 || g > 2) raise(exc::ValueError, "invalid generation");
  }
  return int_from_i64(int64_t(gc_collect()));
}

Ref gc_enable(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("enable", kwnames);
  check_nargs("enable", nargs, 0, 0);
  gc_set_enabled(true);
  return Ref(None());
}

Ref gc_disable(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("disable", kwnames);
  check_nargs("disable", nargs, 0, 0);
  gc_set_enabled(false);
  return Ref(None());
}

Ref gc_isenabled(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("isenabled", kwnames);
  check_nargs("isenabled", nargs, 0, 0);
  return Ref(bool_value(gc_is_enabled()));
}

Ref gc_get_count(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("get_count", kwnames);
  check_nargs("get_count", nargs, 0, 0);
  return tuple_from({int_from_i64(int64_t(gc_allocation_count())), Ref(Value::small_int(0)),
                     Ref(Value::small_int(0))});
}

Ref gc_get_threshold(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("get_threshold", kwnames);
  check_nargs("get_threshold", nargs, 0, 0);
  return tuple_from({int_from_i64(g_thresholds[0]), int_from_i64(g_thresholds[1]), int_from_i64(g_thresholds[2])});
}

Ref gc_set_threshold(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("set_threshold", kwnames);
  if (nargs < 1) raise(exc::TypeError, "set_threshold() takes at least 1 argument (0 given)");
  if (nargs > 3) raisef(exc::TypeError, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
  int64_t t[3] = {g_thresholds[0], g_thresholds[1], g_thresholds[2]};
  for (size_t i = 0; i < nargs; ++i) {
    if (is_float(args[i])) raise(exc::TypeError, "integer argument expected, got float");
    t[i] = int_arg(args[i]);
  }
  for (int i = 0; i < 3; ++i) g_thresholds[i] = t[i];
  gc_set_min_threshold(t[0] <= 0 ? 0 : size_t(t[0]));
  return Ref(None());
}

Ref gc_is_tracked_fn(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("is_tracked", kwnames);
  check_nargs("is_tracked", nargs, 1, 1);
  Value v = args[0];
  bool tracked = v.is_object() && object_is_gc(v.as_object()) && gc_is_tracked(v.as_object());
  // CPython leaves the empty tuple and dicts holding only atoms (no GC objects) untracked; minipy
  // tracks them all, but reports what CPython would.
  if (tracked && v == empty_tuple().get()) tracked = false;
  if (tracked && is_exact_dict(v)) {
    auto may_be_tracked = [](Value x) {
      return x.is_object() && object_is_gc(x.as_object()) && x != empty_tuple().get();
    };
    tracked = false;
    size_t pos = 0;
    Value k, val;
    while (!tracked && dict_next(v, pos, k, val)) tracked = may_be_tracked(k) || may_be_tracked(val);
  }
  return Ref(bool_value(tracked));
}

Ref gc_is_finalized(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("is_finalized", kwnames);
  check_nargs("is_finalized", nargs, 1, 1);
  Value v = args[0];
  bool fin = v.is_object() && object_is_gc(v.as_object()) &&
             (reinterpret_cast<uintptr_t>(gc_header(v.as_object())->prev) & 1u);
  return Ref(bool_value(fin));
}

Ref gc_get_objects(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("get_objects", "generation=None");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  if (a[0] && !is_none(a[0])) {
    int64_t g = int_arg(a[0]);
    if (g >= 3) raisef(exc::ValueError, "generation parameter must be less than the number of available generations (3)");
    if (g < 0) raise(exc::ValueError, "generation parameter cannot be negative");
  }
  Ref out = list_new();
  Object* self = out.obj();
  struct Ctx {
    Value list;
    Object* self;
  } ctx{out, self};
  gc_for_each_tracked(
      [](Object* o, void* p) {
        auto* c = static_cast<Ctx*>(p);
        if (o != c->self) list_append(c->list, Value(o));
      },
      &ctx);
  return out;
}

// get_referents(*objs): what each object's traverse visits (only GC children, as in CPython).
Ref gc_get_referents(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("get_referents", kwnames);
  Ref out = list_new();
  for (size_t i = 0; i < nargs; ++i) {
    Value v = args[i];
    if (!v.is_object() || !object_is_gc(v.as_object())) continue;
    Object* o = v.as_object();
    if (!o->type->traverse) continue;
    std::vector<Ref> kids;
    o->type->traverse(
        o, [](Value child, void* p) { static_cast<std::vector<Ref>*>(p)->push_back(Ref(child)); }, &kids);
    for (Ref& k : kids) list_append(out, k);
  }
  return out;
}

// get_referrers(*objs): every tracked object whose traverse visits one of objs.
Ref gc_get_referrers(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("get_referrers", kwnames);
  Ref out = list_new();
  struct Ctx {
    const Value* targets;
    size_t n;
    Value out;
    std::vector<Ref> found;
  } ctx{args, nargs, out, {}};
  gc_for_each_tracked(
      [](Object* o, void* p) {
        auto* c = static_cast<Ctx*>(p);
        if (o == c->out.as_object() || !o->type->traverse) return;
        struct Hit {
          const Value* targets;
          size_t n;
          bool hit;
        } hit{c->targets, c->n, false};
        o->type->traverse(
            o,
            [](Value child, void* q) {
              auto* h = static_cast<Hit*>(q);
              for (size_t i = 0; i < h->n; ++i)
                if (h->targets[i] == child) h->hit = true;
            },
            &hit);
        if (hit.hit) c->found.push_back(Ref(Value(o)));
      },
      &ctx);
  for (Ref& r : ctx.found) list_append(out, r);
  return out;
}

Ref gc_set_debug(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("set_debug", kwnames);
  check_nargs("set_debug", nargs, 1, 1);
  g_debug_flags = int_arg(args[0]);
  return Ref(None());
}

Ref gc_get_debug(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("get_debug", kwnames);
  check_nargs("get_debug", nargs, 0, 0);
  return int_from_i64(g_debug_flags);
}

// Nothing is ever moved to a permanent generation: freeze is a no-op.
Ref gc_freeze(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("freeze", kwnames);
  check_nargs("freeze", nargs, 0, 0);
  return Ref(None());
}
Ref gc_get_freeze_count(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("get_freeze_count", kwnames);
  check_nargs("get_freeze_count", nargs, 0, 0);
  return Ref(Value::small_int(0));
}

const MethodDef kGcMethods[] = {
    {"collect", gc_collect_fn},
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {"get_count", gc_get_count},
    {"get_threshold", gc_get_threshold},
    {"set_threshold", gc_set_threshold},
    {"is_tracked", gc_is_tracked_fn},
    {"is_finalized", gc_is_finalized},
    {"get_objects", gc_get_objects},
    {"get_referents", gc_get_referents},
    {"get_referrers", gc_get_referrers},
    {"set_debug", gc_set_debug},
    {"get_debug", gc_get_debug},
    {"freeze", gc_freeze},
    {"unfreeze", gc_freeze},
    {"get_freeze_count", gc_get_freeze_count},
    {nullptr, nullptr},
};

Ref make_gc_module() {
  Ref mod = module_new("gc");
  module_add_functions(mod, kGcMethods);
  Value d = module_dict(mod);
  dict_set_str(d, "garbage", list_new());
  dict_set_str(d, "callbacks", list_new());
  dict_set_str(d, "DEBUG_STATS", int_from_i64(1));
  dict_set_str(d, "DEBUG_COLLECTABLE", int_from_i64(2));
  dict_set_str(d, "DEBUG_UNCOLLECTABLE", int_from_i64(4));
  dict_set_str(d, "DEBUG_SAVEALL", int_from_i64(32));
  dict_set_str(d, "DEBUG_LEAK", int_from_i64(38));
  return mod;
}

}  // namespace

static BuiltinModule reg_gc("gc", &make_gc_module);

}  // namespace minipy
