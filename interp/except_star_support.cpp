// Runtime side of `try ... except*` (PEP 654): the compiler keeps a state list
// [original, unhandled rest, raised in handlers, matched parts] on the stack and calls these native
// helpers, which split exception groups and build what is re-raised as CPython 3.11 does.
#include <functional>
#include <vector>

#include "interp/match_support.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

static bool is_group(Value v) { return v.is_object() && isinstance(v, exc::BaseExceptionGroup); }

static Ref group_exceptions(Value eg) { return getattr_str(eg, "exceptions"); }

// eg.derive(excs) keeping the group's traceback, cause, context and notes (as CPython's split).
static Ref derive_like(Value eg, std::vector<Ref>& excs) {
  Ref lst = list_new();
  for (Ref& e : excs) list_append(lst, e);
  Ref out = call_method(eg, "derive", {lst});
  for (const char* attr : {"__traceback__", "__cause__", "__context__", "__notes__"}) {
    Ref v = getattr_opt(eg, name(attr));
    if (!v) continue;
    try {
      setattr(out, name(attr), v);
    } catch (PyException&) {
    }
  }
  return out;
}

static void split(Value e, const std::function<bool(Value)>& pred, Ref& match, Ref& rest) {
  check_c_stack();
  if (pred(e)) {
    match = e;
    return;
  }
  if (!is_group(e)) {
    rest = e;
    return;
  }
  Ref excs = group_exceptions(e);
  std::vector<Ref> m, r;
  for (size_t i = 0; i < tuple_size(excs); ++i) {
    Ref sm, sr;
    split(tuple_item(excs, i), pred, sm, sr);
    if (sm) m.push_back(sm);
    if (sr) r.push_back(sr);
  }
  if (!m.empty()) match = derive_like(e, m);
  if (!r.empty()) rest = derive_like(e, r);
}

static void leaves(Value e, std::vector<Value>& out) {
  check_c_stack();
  if (!is_group(e)) {
    out.push_back(e);
    return;
  }
  Ref excs = group_exceptions(e);
  for (size_t i = 0; i < tuple_size(excs); ++i) leaves(tuple_item(excs, i), out);
}

static std::vector<Ref>& state_items(Value state) { return list_items(state); }

// _eg_start(exc) -> [exc, exc, [], []]
static Ref eg_start(Value, const Value* args, size_t, Value) {
  Ref state = list_new();
  list_append(state, args[0]);
  list_append(state, args[0]);
  list_append(state, list_new());
  list_append(state, list_new());
  return state;
}

// Inside the clause, sys.exc_info() (and the context of what the clause raises) is the part it
// matched, as CPython's CHECK_EG_MATCH sets it; the enclosing handler restores the previous one.
static void set_handled(Value match) {
  ThreadState* ts = tstate();
  if (ts) ts->handled_exc = Ref(match);
}

static bool is_group_type(Value t) {
  if (t.is_object() && type_of(t)->has_flag(kTypeTypeSubclass))
    return is_subtype(static_cast<TypeObject*>(t.as_object()), exc::BaseExceptionGroup);
  return false;
}

// _eg_match(state, type) -> the part of the unhandled exceptions matching type, or None.
static Ref eg_match(Value, const Value* args, size_t, Value) {
  Value state = args[0], type = args[1];
  bool group_type = is_group_type(type);
  if (is_tuple(type))
    for (size_t i = 0; i < tuple_size(type); ++i) group_type = group_type || is_group_type(tuple_item(type, i));
  if (group_type)
    raise(exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  std::vector<Ref>& st = state_items(state);
  Ref rest = st[1];
  if (is_none(rest)) return None();
  auto pred = [&](Value e) { return isinstance_generic(e, type); };
  if (!is_group(rest)) {
    if (!pred(rest)) return None();
    // A naked exception is matched as a group of one (CPython wraps it).
    Ref excs = tuple_from({rest});
    TypeObject* gt = exc::BaseExceptionGroup;  // picks ExceptionGroup when it can
    Ref wrapped = call(Value(static_cast<Object*>(gt)), {str_new(""), excs});
    Ref tb = getattr_opt(rest, name("__traceback__"));
    if (tb) {
      try {
        setattr(wrapped, name("__traceback__"), tb);
      } catch (PyException&) {
      }
    }
    state_items(state)[1] = None();
    list_append(state_items(state)[3], wrapped);
    set_handled(wrapped);
    return wrapped;
  }
  Ref match, remaining;
  split(rest, pred, match, remaining);
  state_items(state)[1] = remaining ? remaining : Ref(None());
  if (!match) return None();
  list_append(state_items(state)[3], match);
  set_handled(match);
  return match;
}

// _eg_record(state, exc): an exception escaped an except* handler.
static Ref eg_record(Value, const Value* args, size_t, Value) {
  std::vector<Ref>& st = state_items(args[0]);
  Value raised = args[1];
  // A bare `raise` in the clause re-raises the handled exception, which here is the original
  // group: it stands for the part this clause matched.
  std::vector<Ref>& matched = list_items(st[3]);
  if (raised == st[0].get() && !matched.empty()) raised = matched.back();
  list_append(st[2], raised);
  return None();
}

// _eg_finish(state) -> what to re-raise (None when everything was handled).
static Ref eg_finish(Value, const Value* args, size_t, Value) {
  std::vector<Ref>& st = state_items(args[0]);
  Ref orig = st[0], rest = st[1];
  std::vector<Ref> raised = list_items(st[2]);
  std::vector<Ref> matched = list_items(st[3]);
  if (raised.empty()) return rest;
  auto is_matched = [&](Value v) {
    for (const Ref& m : matched)
      if (m.get() == v) return true;
    return false;
  };
  if (!is_group(orig)) {
    // A naked exception: at most one handler ran, and what it raised goes on (a bare `raise`
    // re-raises the group the naked exception was wrapped in, as CPython).
    return raised[0];
  }
  std::vector<Value> keep;
  if (!is_none(rest)) leaves(rest, keep);
  std::vector<Ref> fresh;
  for (Ref& r : raised) {
    if (is_matched(r)) leaves(r, keep);
    else fresh.push_back(r);
  }
  Ref kept;
  if (!keep.empty()) {
    Ref unused;
    split(orig, [&](Value e) {
      if (is_group(e)) return false;
      for (Value k : keep)
        if (k == e) return true;
      return false;
    }, kept, unused);
  }
  if (kept) fresh.push_back(kept);
  if (fresh.size() == 1) return fresh[0];
  Ref lst = list_new();
  for (Ref& f : fresh) list_append(lst, f);
  return call(Value(static_cast<Object*>(exc::BaseExceptionGroup)), {str_new(""), lst});
}

static const MethodDef kExceptStarDefs[] = {
    {"_eg_start", eg_start}, {"_eg_match", eg_match}, {"_eg_record", eg_record}, {"_eg_finish", eg_finish},
};

Ref except_star_helper(ExceptStarHelper which) {
  return native_function_new(&kExceptStarDefs[int(which)], Value(), Value());
}

}  // namespace minipy
