// The generic object protocol: what `a + b`, `a[i]`, `a.x`, `f(x)`, `str(a)`... mean for any value.
// Implemented in runtime/abstract_*.cpp by dispatching to type slots with CPython's rules
// (reflected operands, subclass priority, NotImplemented, __index__, ...). All raise by throwing.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/error.h"
#include "runtime/object.h"

namespace minipy {

// ---- identity, truth, conversion ----
bool is_true(Value v);                  // bool(v)
Ref repr(Value v);                      // repr(v) -> str
Ref str_of(Value v);                    // str(v) -> str
Ref ascii_of(Value v);                  // ascii(v) -> str
std::string repr_utf8(Value v);         // repr as a C++ string (for messages)
std::string str_utf8(Value v);          // str as a C++ string
int64_t hash_of(Value v);               // hash(v); TypeError "unhashable type: 'list'"
Ref format_value(Value v, Value spec);  // format(v, spec)

// ---- numbers ----
Ref binary_op(Value a, Value b, BinOp op);   // a op b
Ref inplace_op(Value a, Value b, BinOp op);  // a op= b (falls back to binary_op)
Ref power3(Value base, Value exp, Value mod);  // pow(a, b, m)
Ref negative(Value v);
Ref positive(Value v);
Ref invert(Value v);
Ref absolute(Value v);
Ref number_index(Value v);   // operator.index(v) -> int; TypeError otherwise
int64_t index_as_int64(Value v, TypeObject* overflow_exc);  // __index__ then clamp/raise
int64_t as_ssize(Value v);   // for sizes and indices: IndexError "cannot fit 'int' into an index-sized integer"
Ref number_int(Value v);     // int(v)
Ref number_float(Value v);   // float(v)

// ---- comparison ----
Ref rich_compare(Value a, Value b, CmpOp op);       // result object (usually a bool)
bool rich_compare_bool(Value a, Value b, CmpOp op);  // identity shortcut for Eq/Ne
bool equals(Value a, Value b);                       // a == b with identity shortcut (containers)

// ---- attributes ----
Ref getattr(Value obj, Value name);       // AttributeError when missing
Ref getattr_opt(Value obj, Value name);   // null when missing (AttributeError swallowed)
Ref getattr_str(Value obj, std::string_view name);
void setattr(Value obj, Value name, Value v);
void delattr(Value obj, Value name);
bool hasattr(Value obj, Value name);
// The generic machinery that object's slots use (descriptors, instance __dict__).
Ref generic_getattr(Value obj, Value name);
void generic_setattr(Value obj, Value name, Value v);
// Look a name up along a type's MRO; borrowed, null when absent. Cached by (type version, name).
Value type_lookup(TypeObject* type, Value name);

// ---- calls ----
Ref call(Value callable, const Value* args, size_t nargs, Value kwnames = Value());
Ref call(Value callable, std::initializer_list<Value> args);
Ref call_method(Value obj, Value name, std::initializer_list<Value> args);
Ref call_method(Value obj, std::string_view name, std::initializer_list<Value> args);
bool is_callable(Value v);

// ---- containers ----
Ref get_iter(Value v);           // iter(v); TypeError "'int' object is not iterable"
Ref iter_next(Value it);         // null when exhausted; StopIteration from __next__ is absorbed
// The value an iterator finished with (StopIteration.value): a generator's `return v`, or the
// argument of a StopIteration raised by a Python __next__. iternext reports the end as a null Ref
// and drops that value, except when the caller installed a sink for this very iterator: next(),
// __next__ and `yield from` do (iter_next_returning); FOR_ITER and native consumers never pay.
struct IterReturnSink {
  Object* iterator;
  Ref value;  // null: finished with None
};
extern constinit thread_local IterReturnSink* t_iter_return_sink;
// Like iter_next; when it returns null, *ret holds the return value (null for None).
Ref iter_next_returning(Value it, Ref* ret);
// Called by an iterator finishing with `v` (not None) inside its iternext.
inline void iter_report_return(Object* it, Value v) {
  IterReturnSink* s = t_iter_return_sink;
  if (s && s->iterator == it) s->value = Ref(v);
}
int64_t length(Value v);         // len(v)
Ref getitem(Value obj, Value key);
void setitem(Value obj, Value key, Value v);
void delitem(Value obj, Value key);
bool contains(Value container, Value item);  // item in container

// ---- types ----
bool isinstance(Value v, TypeObject* t);            // exact rules, no __instancecheck__
bool is_subtype(TypeObject* a, TypeObject* b);      // b in a.__mro__
bool isinstance_generic(Value v, Value cls);        // isinstance() builtin semantics
bool issubclass_generic(Value derived, Value cls);  // issubclass() builtin semantics

// ---- argument binding for native functions ----
// A native function binds its arguments once per call against a signature written as Python does:
//   static const ArgSpec spec("sorted", "iterable, /, *, key=None, reverse=False");
//   Value a[3]; spec.bind(args, nargs, kwnames, a);
// Missing optional parameters come back as null Values (the text after '=' is documentation).
// `*args`/`**kwargs` are not supported here: such functions read args/kwnames themselves.
// Errors follow CPython's wording: "sorted expected 1 argument, got 0",
// "sorted() got an unexpected keyword argument 'x'", "... missing required argument 'x' (pos 1)".
class ArgSpec {
 public:
  ArgSpec(const char* fname, const char* signature);
  void bind(const Value* args, size_t nargs, Value kwnames, Value* out) const;
  size_t size() const { return nparams_; }

 private:
  const char* fname_;
  struct Param {
    std::string name;
    bool optional, kwonly, posonly;
  };
  Param params_[16];
  size_t nparams_ = 0;
};

// Raise TypeError "f() takes no keyword arguments" / "f expected at most N arguments, got M" etc.
void check_no_kwargs(const char* fname, Value kwnames);
void check_nargs(const char* fname, size_t nargs, size_t min, size_t max);

}  // namespace minipy
