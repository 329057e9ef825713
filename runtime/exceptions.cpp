// The built-in exception hierarchy: static TypeObjects sharing one layout (exceptions.h), with the
// per-class constructors and __str__ of CPython 3.11 (OSError's errno mapping, SyntaxError's
// location, KeyError's repr, the Unicode errors, exception groups).
#include "runtime/exceptions.h"

#include <cerrno>
#include <cstddef>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/descriptors.h"
#include "runtime/dict_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"
#include "runtime/type_internal.h"
#include "runtime/type_object.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace minipy {

TypeObject BaseExceptionType;
TypeObject* g_traceback_type = nullptr;
void (*g_unraisable_hook)(Value exc, Value obj) = nullptr;

void write_unraisable(Value exc, Value obj) {
  if (!g_unraisable_hook) return;
  try {
    g_unraisable_hook(exc, obj);
  } catch (...) {
  }
}


#define MINIPY_EXCEPTIONS(X)                                                                        \
  X(Exception) X(BaseExceptionGroup) X(ExceptionGroup) X(SystemExit) X(KeyboardInterrupt)           \
  X(GeneratorExit) X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) \
  X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError)          \
  X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError)       \
  X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError) X(BlockingIOError)                   \
  X(ChildProcessError) X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError)              \
  X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError)         \
  X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError) X(PermissionError)                 \
  X(ProcessLookupError) X(TimeoutError) X(ReferenceError) X(RuntimeError) X(NotImplementedError)    \
  X(RecursionError) X(SyntaxError) X(IndentationError) X(TabError) X(SystemError) X(TypeError)      \
  X(ValueError) X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError)                        \
  X(UnicodeTranslateError) X(Warning) X(UserWarning) X(DeprecationWarning)                          \
  X(PendingDeprecationWarning) X(SyntaxWarning) X(RuntimeWarning) X(FutureWarning) X(ImportWarning) \
  X(UnicodeWarning) X(BytesWarning) X(ResourceWarning) X(EncodingWarning)

namespace exc_types {
#define X(n) TypeObject n;
MINIPY_EXCEPTIONS(X)
#undef X
}  // namespace exc_types

namespace exc {
TypeObject* BaseException = &BaseExceptionType;
#define X(n) TypeObject* n = &exc_types::n;
MINIPY_EXCEPTIONS(X)
#undef X
}  // namespace exc

// Every exception class is a builtin name.
static BuiltinType reg_base_exception("BaseException", &BaseExceptionType);
#define X(n) static BuiltinType reg_##n(#n, &exc_types::n);
MINIPY_EXCEPTIONS(X)
#undef X
// Aliases CPython keeps for compatibility.
static BuiltinType reg_env_error("EnvironmentError", &exc_types::OSError);
static BuiltinType reg_io_error("IOError", &exc_types::OSError);

// ---- accessors ------------------------------------------------------------------------------

static BaseExceptionObject* E(Value v) { return as_exception(v); }

bool is_exception_class(Value v) { return is_type(v) && as_type(v)->has_flag(kTypeBaseExcSubclass); }

Value exception_args(Value e) { return E(e)->args; }
Value exception_traceback(Value e) { return E(e)->traceback; }
void exception_set_traceback(Value e, Value tb) { E(e)->traceback = (tb && !is_none(tb)) ? Ref(tb) : Ref(); }
Value exception_cause(Value e) { return E(e)->cause; }
void exception_set_cause(Value e, Value cause) {
  E(e)->cause = (cause && !is_none(cause)) ? Ref(cause) : Ref();
  E(e)->suppress_context = true;
}
Value exception_context(Value e) { return E(e)->context; }
void exception_set_context(Value e, Value ctx) { E(e)->context = (ctx && !is_none(ctx)) ? Ref(ctx) : Ref(); }
bool exception_suppress_context(Value e) { return E(e)->suppress_context; }
void exception_set_suppress_context(Value e, bool v) { E(e)->suppress_context = v; }

Ref stop_iteration_value(Value e) {
  Value v = E(e)->extra[0];
  return Ref(v ? v : None());
}
Ref system_exit_code(Value e) {
  Value v = E(e)->extra[0];
  return Ref(v ? v : None());
}

void raise_attribute_error(Value obj, Value attr, const std::string& msg) {
  Ref e = new_exception(exc::AttributeError, msg);
  if (attr) E(e)->extra[0] = Ref(attr);
  if (obj) E(e)->extra[1] = Ref(obj);
  throw_exception(std::move(e));
}

// ---- BaseException ---------------------------------------------------------------------------

static size_t nkw(Value kwnames) { return kwnames ? tuple_size(kwnames) : 0; }

static void no_kwargs(Value self, Value kwnames) {
  if (nkw(kwnames))
    raisef(exc::TypeError, "%s() takes no keyword arguments", std::string(type_name(self)).c_str());
}

static Ref exc_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  Ref self = new_object<BaseExceptionObject>(type);
  E(self)->args = tuple_from_array(args, nargs);
  return self;
}

static void exc_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  no_kwargs(self, kwnames);
  E(self)->args = tuple_from_array(args, nargs);
}

static Ref exc_str(Value self) {
  Value args = E(self)->args;
  size_t n = args ? tuple_size(args) : 0;
  if (n == 0) return str_from_ascii("");
  if (n == 1) return str_of(tuple_item(args, 0));
  return str_of(args);
}

static Ref exc_repr(Value self) {
  Value args = E(self)->args;
  std::string name(type_name(self));
  size_t n = args ? tuple_size(args) : 0;
  if (n == 1) return str_new(name + "(" + repr_utf8(tuple_item(args, 0)) + ")");
  if (n == 0) return str_new(name + "()");
  return str_new(name + repr_utf8(args));
}

static void exc_traverse(Object* o, VisitFn visit, void* arg) {
  auto* e = static_cast<BaseExceptionObject*>(o);
  for (Ref* r : {&e->args, &e->traceback, &e->cause, &e->context})
    if (*r) visit(*r, arg);
  for (Ref& r : e->extra)
    if (r) visit(r, arg);
  if (Ref* d = instance_dict_slot(o); d && *d) visit(*d, arg);
}

static void exc_clear(Object* o) {
  auto* e = static_cast<BaseExceptionObject*>(o);
  for (Ref* r : {&e->args, &e->traceback, &e->cause, &e->context}) r->reset();
  for (Ref& r : e->extra) r.reset();
  if (Ref* d = instance_dict_slot(o)) d->reset();
}

static Ref or_none(Value v) { return Ref(v ? v : None()); }

static Ref get_args(Value self) { return or_none(E(self)->args); }
static void set_args(Value self, Value v) {
  if (!v) raise(exc::TypeError, "args may not be deleted");
  E(self)->args = tuple_from_iterable(v);
}
static Ref get_tb(Value self) { return or_none(E(self)->traceback); }
static void set_tb(Value self, Value v) {
  if (!v) raise(exc::TypeError, "__traceback__ may not be deleted");
  if (!is_none(v) && g_traceback_type && type_of(v) != g_traceback_type)
    raise(exc::TypeError, "__traceback__ must be a traceback or None");
  exception_set_traceback(self, v);
}
static Ref get_cause(Value self) { return or_none(E(self)->cause); }
static void set_cause(Value self, Value v) {
  if (!v) raise(exc::TypeError, "__cause__ may not be deleted");
  if (!is_none(v) && !is_exception_instance(v))
    raise(exc::TypeError, "exception cause must be None or derive from BaseException");
  exception_set_cause(self, v);
}
static Ref get_context(Value self) { return or_none(E(self)->context); }
static void set_context(Value self, Value v) {
  if (!v) raise(exc::TypeError, "__context__ may not be deleted");
  if (!is_none(v) && !is_exception_instance(v))
    raise(exc::TypeError, "exception context must be None or derive from BaseException");
  exception_set_context(self, v);
}
static Ref get_suppress(Value self) { return Ref(bool_value(E(self)->suppress_context)); }
static void set_suppress(Value self, Value v) {
  if (!v) raise(exc::TypeError, "__suppress_context__ may not be deleted");
  E(self)->suppress_context = is_true(v);
}
static Ref get_dict(Value self) { return Ref(instance_dict(self, true)); }
static void set_dict(Value self, Value v) {
  if (!v) raise(exc::TypeError, "__dict__ may not be deleted");
  if (!is_dict(v)) raise(exc::TypeError, "__dict__ must be a dictionary");
  if (Ref* slot = instance_dict_slot(self.as_object())) *slot = Ref(v);
}

static const GetSetDef kBaseExceptionGetSets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_tb, set_tb},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__dict__", get_dict, set_dict},
    {nullptr, nullptr}};

static Ref exc_with_traceback(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("with_traceback", kwnames);
  check_nargs("with_traceback", nargs, 1, 1);
  set_tb(self, args[0]);
  return Ref(self);
}

static Ref exc_add_note(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("add_note", kwnames);
  check_nargs("add_note", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "note must be a str, not '%s'", std::string(type_name(args[0])).c_str());
  Value dict = instance_dict(self, true);
  Value notes = dict_get_str(dict, "__notes__");
  if (!notes) {
    Ref l = list_new();
    dict_set_str(dict, "__notes__", l);
    notes = dict_get_str(dict, "__notes__");
  }
  if (!is_list(notes)) raise(exc::TypeError, "Cannot add note: __notes__ is not a list");
  list_append(notes, args[0]);
  return Ref(None());
}

static Ref exc_reduce(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value d = instance_dict(self, false);
  if (d && dict_size(d)) return tuple_from({type_value(type_of(self)), E(self)->args, d});
  return tuple_from({type_value(type_of(self)), E(self)->args});
}

static Ref exc_setstate(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("__setstate__", nargs, 1, 1);
  if (!is_none(args[0])) {
    if (!is_dict(args[0])) raise(exc::TypeError, "state is not a dictionary");
    size_t pos = 0;
    Value k, v;
    while (dict_next(args[0], pos, k, v)) setattr(self, k, v);
  }
  return Ref(None());
}

static const MethodDef kBaseExceptionMethods[] = {{"with_traceback", exc_with_traceback},
                                                  {"add_note", exc_add_note},
                                                  {"__reduce__", exc_reduce},
                                                  {"__setstate__", exc_setstate},
                                                  {nullptr, nullptr}};

// Attributes stored in `extra`.
template <int I>
static Ref xget(Value self) {
  return or_none(E(self)->extra[I]);
}
template <int I>
static void xset(Value self, Value v) {
  E(self)->extra[I] = (v && !is_none(v)) ? Ref(v) : Ref();
  if (v && is_none(v)) E(self)->extra[I] = Ref(None());
}

// Parse keyword arguments from `allowed` into extra[] slots; anything else is an error.
static void parse_kwargs(Value self, Value kwnames, const Value* kwvalues,
                         std::initializer_list<std::pair<const char*, int>> allowed) {
  size_t n = nkw(kwnames);
  for (size_t i = 0; i < n; ++i) {
    std::string_view k = str_view(tuple_item(kwnames, i));
    bool ok = false;
    for (auto& [nm, idx] : allowed) {
      if (k == nm) {
        E(self)->extra[idx] = Ref(kwvalues[i]);
        ok = true;
      }
    }
    if (!ok)
      raisef(exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", int(k.size()), k.data(),
             std::string(type_name(self)).c_str());
  }
}

// ---- StopIteration, SystemExit ----------------------------------------------------------------

static void stopiter_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  exc_init(self, args, nargs, kwnames);
  E(self)->extra[0] = Ref(nargs ? args[0] : None());
}
static const GetSetDef kStopIterationGetSets[] = {{"value", xget<0>, xset<0>}, {nullptr, nullptr}};

static void sysexit_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  exc_init(self, args, nargs, kwnames);
  if (nargs == 0) E(self)->extra[0] = Ref(None());
  else if (nargs == 1) E(self)->extra[0] = Ref(args[0]);
  else E(self)->extra[0] = E(self)->args;
}
static const GetSetDef kSystemExitGetSets[] = {{"code", xget<0>, xset<0>}, {nullptr, nullptr}};

// ---- ImportError --------------------------------------------------------------------------------

static void import_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  parse_kwargs(self, kwnames, args + nargs, {{"name", 1}, {"path", 2}});
  E(self)->args = tuple_from_array(args, nargs);
  E(self)->extra[0] = nargs == 1 ? Ref(args[0]) : Ref();
}
static Ref import_str(Value self) {
  Value msg = E(self)->extra[0];
  if (msg && !is_none(msg)) return str_of(msg);
  return exc_str(self);
}
static const GetSetDef kImportErrorGetSets[] = {
    {"msg", xget<0>, xset<0>}, {"name", xget<1>, xset<1>}, {"path", xget<2>, xset<2>}, {nullptr, nullptr}};

// ---- AttributeError, NameError ---------------------------------------------------------------

static void attr_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  parse_kwargs(self, kwnames, args + nargs, {{"name", 0}, {"obj", 1}});
  E(self)->args = tuple_from_array(args, nargs);
}
static const GetSetDef kAttributeErrorGetSets[] = {
    {"name", xget<0>, xset<0>}, {"obj", xget<1>, xset<1>}, {nullptr, nullptr}};
static void name_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  parse_kwargs(self, kwnames, args + nargs, {{"name", 0}});
  E(self)->args = tuple_from_array(args, nargs);
}
static const GetSetDef kNameErrorGetSets[] = {{"name", xget<0>, xset<0>}, {nullptr, nullptr}};

// ---- KeyError -----------------------------------------------------------------------------------

static Ref key_str(Value self) {
  Value args = E(self)->args;
  if (args && tuple_size(args) == 1) return repr(tuple_item(args, 0));
  return exc_str(self);
}

// ---- OSError ------------------------------------------------------------------------------------
// extra: 0 errno, 1 strerror, 2 filename, 3 filename2, 5 characters_written

static TypeObject* errno_subclass(Value errno_v) {
  auto v = is_int(errno_v) ? int_as_i64(errno_v) : std::nullopt;
  if (!v) return nullptr;
  switch (*v) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return exc::BlockingIOError;
    case ECHILD: return exc::ChildProcessError;
    case EPIPE: case ESHUTDOWN: return exc::BrokenPipeError;
    case ECONNABORTED: return exc::ConnectionAbortedError;
    case ECONNREFUSED: return exc::ConnectionRefusedError;
    case ECONNRESET: return exc::ConnectionResetError;
    case EEXIST: return exc::FileExistsError;
    case ENOENT: return exc::FileNotFoundError;
    case EISDIR: return exc::IsADirectoryError;
    case ENOTDIR: return exc::NotADirectoryError;
    case EINTR: return exc::InterruptedError;
    case EACCES: case EPERM: return exc::PermissionError;
    case ESRCH: return exc::ProcessLookupError;
    case ETIMEDOUT: return exc::TimeoutError;
    default: return nullptr;
  }
}

static void oserror_fill(Value self, const Value* args, size_t nargs) {
  auto* e = E(self);
  if (nargs >= 2 && nargs <= 5) {
    e->extra[0] = Ref(args[0]);
    e->extra[1] = Ref(args[1]);
    if (nargs >= 3 && !is_none(args[2])) {
      e->extra[2] = Ref(args[2]);
      if (nargs >= 5 && !is_none(args[4])) e->extra[3] = Ref(args[4]);
      e->args = tuple_from_array(args, 2);
      return;
    }
  }
  e->args = tuple_from_array(args, nargs);
}

static Ref oserror_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  TypeObject* asked = type;
  if (type == exc::OSError && nargs >= 2 && nargs <= 5)
    if (TypeObject* sub = errno_subclass(args[0])) type = sub;
  Ref self = new_object<BaseExceptionObject>(type);
  // A subclass with its own __init__ receives the raw arguments there (CPython's rule).
  if (type->init == exc_types::OSError.init || !type->has_flag(kTypeHeapType)) {
    if (nkw(kwnames) && type->new_ == exc_types::OSError.new_ && type->init == exc_types::OSError.init)
      raisef(exc::TypeError, "%s() takes no keyword arguments", std::string(asked->type_name()).c_str());
    oserror_fill(self, args, nargs);
  } else {
    E(self)->args = tuple_from_array(args, nargs);
  }
  return self;
}
static void oserror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  // Arguments were parsed by __new__ unless a subclass overrides __init__ and chains up to us.
  if (type_of(self)->init != exc_types::OSError.init) {
    no_kwargs(self, kwnames);
    oserror_fill(self, args, nargs);
  }
}
static Ref oserror_str(Value self) {
  auto* e = E(self);
  Value err = e->extra[0], strerror = e->extra[1], fn = e->extra[2], fn2 = e->extra[3];
  if (fn && !is_none(fn)) {
    std::string s = "[Errno " + str_utf8(err ? err : None()) + "] " + str_utf8(strerror ? strerror : None()) +
                    ": " + repr_utf8(fn);
    if (fn2 && !is_none(fn2)) s += " -> " + repr_utf8(fn2);
    return str_new(s);
  }
  if (err && strerror && !is_none(err) && !is_none(strerror))
    return str_new("[Errno " + str_utf8(err) + "] " + str_utf8(strerror));
  return exc_str(self);
}
static Ref oserror_chars_written(Value self) {
  Value v = E(self)->extra[5];
  if (!v) raise(exc::AttributeError, "characters_written");
  return Ref(v);
}
static void oserror_set_chars_written(Value self, Value v) {
  if (!v) {
    if (!E(self)->extra[5]) raise(exc::AttributeError, "characters_written");
    E(self)->extra[5].reset();
    return;
  }
  E(self)->extra[5] = number_index(v);
}
static const GetSetDef kOSErrorGetSets[] = {{"errno", xget<0>, xset<0>},
                                            {"strerror", xget<1>, xset<1>},
                                            {"filename", xget<2>, xset<2>},
                                            {"filename2", xget<3>, xset<3>},
                                            {"characters_written", oserror_chars_written, oserror_set_chars_written},
                                            {nullptr, nullptr}};

// ---- SyntaxError --------------------------------------------------------------------------------
// extra: 0 msg, 1 filename, 2 lineno, 3 offset, 4 text, 5 end_lineno, 6 end_offset, 7 print_file_and_line

static void syntax_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  no_kwargs(self, kwnames);
  auto* e = E(self);
  e->args = tuple_from_array(args, nargs);
  if (nargs >= 1) e->extra[0] = Ref(args[0]);
  if (nargs == 2) {
    Ref info = tuple_from_iterable(args[1]);
    size_t n = tuple_size(info);
    if (n < 4 || n > 6)
      raisef(exc::TypeError, "function takes at %s %d arguments (%zu given)", n < 4 ? "least" : "most",
             n < 4 ? 4 : 6, n);
    for (size_t i = 0; i < n; ++i) e->extra[1 + i] = Ref(tuple_item(info, i));
  }
}
static Ref syntax_str(Value self) {
  auto* e = E(self);
  Value msg = e->extra[0], fn = e->extra[1], ln = e->extra[2];
  std::string m = str_utf8(msg ? msg : None());
  bool have_fn = fn && is_str(fn);
  bool have_ln = ln && is_int(ln);
  std::string base;
  if (have_fn) {
    std::string_view f = str_view(fn);
    size_t slash = f.rfind('/');
    base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
  }
  if (have_fn && have_ln) return str_new(m + " (" + base + ", line " + str_utf8(ln) + ")");
  if (have_fn) return str_new(m + " (" + base + ")");
  if (have_ln) return str_new(m + " (line " + str_utf8(ln) + ")");
  return str_new(m);
}
static const GetSetDef kSyntaxErrorGetSets[] = {{"msg", xget<0>, xset<0>},
                                                {"filename", xget<1>, xset<1>},
                                                {"lineno", xget<2>, xset<2>},
                                                {"offset", xget<3>, xset<3>},
                                                {"text", xget<4>, xset<4>},
                                                {"end_lineno", xget<5>, xset<5>},
                                                {"end_offset", xget<6>, xset<6>},
                                                {"print_file_and_line", xget<7>, xset<7>},
                                                {nullptr, nullptr}};

// ---- Unicode errors -----------------------------------------------------------------------------
// extra: 0 encoding, 1 object, 2 start, 3 end, 4 reason

static void want(Value v, bool ok, int pos, const char* tname) {
  if (!ok)
    raisef(exc::TypeError, "argument %d must be %s, not %s", pos, tname, std::string(type_name(v)).c_str());
}

static void unicode_common(Value self, const Value* args, size_t nargs, Value kwnames, size_t expect,
                           const char* fname, bool decode) {
  no_kwargs(self, kwnames);
  auto* e = E(self);
  e->args = tuple_from_array(args, nargs);
  if (nargs != expect)
    raisef(exc::TypeError, "function takes exactly %zu arguments (%zu given)", expect, nargs);
  size_t i = 0;
  if (expect == 5) {
    want(args[0], is_str(args[0]), 1, "str");
    e->extra[0] = Ref(args[i++]);
  }
  if (!decode) want(args[i], is_str(args[i]), int(i + 1), "str");
  e->extra[1] = Ref(args[i++]);
  want(args[i], is_int(args[i]), int(i + 1), "int");
  e->extra[2] = Ref(args[i++]);
  want(args[i], is_int(args[i]), int(i + 1), "int");
  e->extra[3] = Ref(args[i++]);
  want(args[i], is_str(args[i]), int(i + 1), "str");
  e->extra[4] = Ref(args[i++]);
}
static void udecode_init(Value self, const Value* a, size_t n, Value kw) {
  unicode_common(self, a, n, kw, 5, "UnicodeDecodeError", true);
}
static void uencode_init(Value self, const Value* a, size_t n, Value kw) {
  unicode_common(self, a, n, kw, 5, "UnicodeEncodeError", false);
}
static void utranslate_init(Value self, const Value* a, size_t n, Value kw) {
  unicode_common(self, a, n, kw, 4, "UnicodeTranslateError", false);
}

static uint32_t first_codepoint(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = s[0];
  if (c < 0x80) return c;
  int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  uint32_t cp = c & (0x3F >> (len - 1));
  for (int i = 1; i < len && size_t(i) < s.size(); ++i) cp = (cp << 6) | (s[i] & 0x3F);
  return cp;
}

static Ref unicode_str(Value self, const char* verb, bool decode, bool with_encoding) {
  auto* e = E(self);
  if (!e->extra[1] || !e->extra[4]) return str_from_ascii("");
  int64_t start = int_as_i64(e->extra[2]).value_or(0);
  int64_t end = int_as_i64(e->extra[3]).value_or(0);
  std::string reason = str_utf8(e->extra[4]);
  std::string prefix = with_encoding ? "'" + str_utf8(e->extra[0]) + "' codec can't " : "can't ";
  int64_t len = length(e->extra[1]);
  char buf[64];
  if (start < len && end == start + 1 && start >= 0) {
    Ref idx = int_from_i64(start);
    Ref item = getitem(e->extra[1], idx);
    if (decode) {
      std::snprintf(buf, sizeof buf, "byte 0x%02x", unsigned(int_as_i64(item).value_or(0)) & 0xFF);
    } else {
      uint32_t cp = first_codepoint(str_view(item));
      if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "character '\\x%02x'", cp);
      else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "character '\\u%04x'", cp);
      else std::snprintf(buf, sizeof buf, "character '\\U%08x'", cp);
    }
    return str_new(prefix + verb + " " + buf + " in position " + std::to_string(start) + ": " + reason);
  }
  return str_new(prefix + verb + " " + (decode ? "bytes" : "characters") + " in position " + std::to_string(start) +
                 "-" + std::to_string(end - 1) + ": " + reason);
}
static Ref udecode_str(Value self) { return unicode_str(self, "decode", true, true); }
static Ref uencode_str(Value self) { return unicode_str(self, "encode", false, true); }
static Ref utranslate_str(Value self) { return unicode_str(self, "translate", false, false); }
static const GetSetDef kUnicodeErrorGetSets[] = {{"encoding", xget<0>, xset<0>},
                                                 {"object", xget<1>, xset<1>},
                                                 {"start", xget<2>, xset<2>},
                                                 {"end", xget<3>, xset<3>},
                                                 {"reason", xget<4>, xset<4>},
                                                 {nullptr, nullptr}};

// ---- exception groups ---------------------------------------------------------------------------
// extra: 0 message, 1 exceptions (tuple)

static Ref eg_new(TypeObject* type, const Value* args, size_t nargs, Value kwnames) {
  std::string tn(type->type_name());
  if (nkw(kwnames)) raisef(exc::TypeError, "%s() takes no keyword arguments", tn.c_str());
  if (nargs != 2)
    raisef(exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
  if (!is_str(args[0]))
    raisef(exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
           std::string(type_name(args[0])).c_str());
  Value seq = args[1];
  if (!(is_tuple(seq) || is_list(seq)))
    raise(exc::TypeError, "second argument (exceptions) must be a sequence");
  Ref excs = tuple_from_iterable(seq);
  size_t n = tuple_size(excs);
  if (n == 0) raise(exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool all_exc = true;
  for (size_t i = 0; i < n; ++i) {
    Value x = tuple_item(excs, i);
    if (!is_exception_instance(x))
      raisef(exc::ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
    if (!isinstance(x, exc::Exception)) all_exc = false;
  }
  if (type == exc::BaseExceptionGroup) {
    if (all_exc) type = exc::ExceptionGroup;
  } else if (type == exc::ExceptionGroup) {
    if (!all_exc) raise(exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (!all_exc && is_subtype(type, exc::Exception)) {
    raisef(exc::TypeError, "Cannot nest BaseExceptions in '%s'", tn.c_str());
  }
  Ref self = new_object<BaseExceptionObject>(type);
  E(self)->args = tuple_from_array(args, nargs);
  E(self)->extra[0] = Ref(args[0]);
  E(self)->extra[1] = excs;
  return self;
}
static void eg_init(Value self, const Value* args, size_t nargs, Value kwnames) {}
static Ref eg_str(Value self) {
  auto* e = E(self);
  size_t n = e->extra[1] ? tuple_size(e->extra[1]) : 0;
  return str_new(str_utf8(e->extra[0] ? e->extra[0].get() : None()) + " (" + std::to_string(n) + " sub-exception" +
                 (n == 1 ? "" : "s") + ")");
}
static Ref eg_derive(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_nargs("derive", nargs, 1, 1);
  Value a[2] = {E(self)->extra[0], args[0]};
  return call(type_value(exc::BaseExceptionGroup), a, 2);
}

// split()/subgroup() (CPython's exceptiongroup_split_recursive): a condition is an exception type,
// a tuple of them, or a predicate called on every group and leaf.
namespace {
struct EgMatcher {
  Value value;
  bool predicate;
};

EgMatcher eg_matcher(Value cond) {
  if (is_callable(cond) && !is_type(cond)) return {cond, true};
  if (is_exception_class(cond)) return {cond, false};
  if (is_exact_tuple(cond)) {
    bool ok = true;
    for (size_t i = 0, n = tuple_size(cond); i < n; ++i) ok = ok && is_exception_class(tuple_item(cond, i));
    if (ok) return {cond, false};
  }
  raise(exc::TypeError, "expected a function, exception type or tuple of exception types");
}

bool eg_matches(Value e, const EgMatcher& m) {
  if (m.predicate) return is_true(call(m.value, {e}));
  return isinstance_generic(e, m.value);
}

// eg.derive(excs) carrying over the traceback, cause, context and a copy of the notes.
Ref eg_subset(Value eg, Value excs) {
  if (list_items(excs).empty()) return Ref();
  Ref out = call_method(eg, "derive", {excs});
  if (!is_exception_instance(out) || !isinstance(out, exc::BaseExceptionGroup))
    raise(exc::TypeError, "derive must return an instance of BaseExceptionGroup");
  BaseExceptionObject* src = as_exception(eg);
  BaseExceptionObject* dst = as_exception(out);
  dst->traceback = src->traceback;
  dst->context = src->context;
  dst->cause = src->cause;
  dst->suppress_context = true;  // PyException_SetCause sets it, even to None
  static Value notes_name = name("__notes__");
  if (Ref notes = getattr_opt(eg, notes_name)) {
    if (is_list(notes) || is_tuple(notes) || (type_of(notes)->getitem && !is_dict(notes)))
      setattr(out, notes_name, list_from_iterable(notes));
    else
      setattr(out, notes_name, notes);
  }
  return out;
}

void eg_split_recursive(Value e, const EgMatcher& m, bool want_rest, Ref& match, Ref& rest) {
  check_c_stack();
  if (eg_matches(e, m)) {
    match = Ref(e);
    return;
  }
  if (!isinstance(e, exc::BaseExceptionGroup)) {
    if (want_rest) rest = Ref(e);
    return;
  }
  Ref excs(as_exception(e)->extra[1]);
  Ref matched = list_new(), rests = list_new();
  for (size_t i = 0, n = tuple_size(excs); i < n; ++i) {
    Ref sm, sr;
    eg_split_recursive(tuple_item(excs, i), m, want_rest, sm, sr);
    if (sm) list_append(matched, sm);
    if (sr) list_append(rests, sr);
  }
  match = eg_subset(e, matched);
  if (want_rest) rest = eg_subset(e, rests);
}
}  // namespace

static Ref eg_split(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("split", kwnames);
  check_nargs("split", nargs, 1, 1);
  EgMatcher m = eg_matcher(args[0]);
  Ref match, rest;
  eg_split_recursive(self, m, true, match, rest);
  return tuple_from({match ? match.get() : None(), rest ? rest.get() : None()});
}

static Ref eg_subgroup(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("subgroup", kwnames);
  check_nargs("subgroup", nargs, 1, 1);
  EgMatcher m = eg_matcher(args[0]);
  Ref match, rest;
  eg_split_recursive(self, m, false, match, rest);
  return match ? match : Ref(None());
}

static const MethodDef kExceptionGroupMethods[] = {
    {"derive", eg_derive}, {"split", eg_split}, {"subgroup", eg_subgroup}, {nullptr, nullptr}};
static const GetSetDef kExceptionGroupGetSets[] = {
    {"message", xget<0>}, {"exceptions", xget<1>}, {nullptr, nullptr}};

// ---- start-up --------------------------------------------------------------------------------

// The per-class attributes kept in `extra` are member descriptors in CPython ("<member 'value' of
// 'StopIteration' objects>", None when unset): swap the getsets that read extra[] for those.
static void exceptions_after_ready() {
  using Getter = Ref (*)(Value);
  const Getter getters[8] = {xget<0>, xget<1>, xget<2>, xget<3>, xget<4>, xget<5>, xget<6>, xget<7>};
  for (TypeObject* t : std::initializer_list<TypeObject*>{
           &exc_types::StopIteration, &exc_types::SystemExit, &exc_types::ImportError, &exc_types::AttributeError,
           &exc_types::NameError, &exc_types::OSError, &exc_types::SyntaxError, &exc_types::UnicodeDecodeError,
           &exc_types::UnicodeEncodeError, &exc_types::UnicodeTranslateError, &exc_types::BaseExceptionGroup}) {
    if (!t->getsets || !t->dict) continue;
    for (const GetSetDef* g = t->getsets; g->name; ++g) {
      for (int i = 0; i < 8; ++i) {
        if (g->get != getters[i]) continue;
        size_t off = offsetof(BaseExceptionObject, extra) + size_t(i) * sizeof(Ref);
        uint8_t flags = kMemberNoneIfNull | (g->set ? 0 : kMemberReadonly);
        Ref key = intern(g->name);
        dict_set(t->dict, key, member_descriptor_new(t, key, off, flags));
      }
    }
    t->version = next_type_version();
  }
}

static void setup(TypeObject* t, const char* name, TypeObject* base) {
  t->name = name;
  t->base = base;
  t->flags = kTypeBaseType | kTypeGC | kTypeBaseExcSubclass;
}

void init_exception_types() {
  TypeObject& B = BaseExceptionType;
  setup(&B, "BaseException", &ObjectType);
  B.basicsize = sizeof(BaseExceptionObject) + sizeof(Ref);
  B.dictoffset = sizeof(BaseExceptionObject);
  B.dealloc = dealloc_as<BaseExceptionObject>;
  B.traverse = exc_traverse;
  B.clear = exc_clear;
  B.new_ = exc_new;
  B.init = exc_init;
  B.repr = exc_repr;
  B.str = exc_str;
  B.getsets = kBaseExceptionGetSets;
  B.methods = kBaseExceptionMethods;
  static_type_declare(&B);

  using namespace exc_types;
  struct Spec {
    TypeObject* t;
    const char* name;
    TypeObject* base;
  };
  const Spec specs[] = {
      {&Exception, "Exception", &B},
      {&BaseExceptionGroup, "BaseExceptionGroup", &B},
      {&ExceptionGroup, "ExceptionGroup", &BaseExceptionGroup},
      {&SystemExit, "SystemExit", &B},
      {&KeyboardInterrupt, "KeyboardInterrupt", &B},
      {&GeneratorExit, "GeneratorExit", &B},
      {&StopIteration, "StopIteration", &Exception},
      {&StopAsyncIteration, "StopAsyncIteration", &Exception},
      {&ArithmeticError, "ArithmeticError", &Exception},
      {&FloatingPointError, "FloatingPointError", &ArithmeticError},
      {&OverflowError, "OverflowError", &ArithmeticError},
      {&ZeroDivisionError, "ZeroDivisionError", &ArithmeticError},
      {&AssertionError, "AssertionError", &Exception},
      {&AttributeError, "AttributeError", &Exception},
      {&BufferError, "BufferError", &Exception},
      {&EOFError, "EOFError", &Exception},
      {&ImportError, "ImportError", &Exception},
      {&ModuleNotFoundError, "ModuleNotFoundError", &ImportError},
      {&LookupError, "LookupError", &Exception},
      {&IndexError, "IndexError", &LookupError},
      {&KeyError, "KeyError", &LookupError},
      {&MemoryError, "MemoryError", &Exception},
      {&NameError, "NameError", &Exception},
      {&UnboundLocalError, "UnboundLocalError", &NameError},
      {&OSError, "OSError", &Exception},
      {&BlockingIOError, "BlockingIOError", &OSError},
      {&ChildProcessError, "ChildProcessError", &OSError},
      {&ConnectionError, "ConnectionError", &OSError},
      {&BrokenPipeError, "BrokenPipeError", &ConnectionError},
      {&ConnectionAbortedError, "ConnectionAbortedError", &ConnectionError},
      {&ConnectionRefusedError, "ConnectionRefusedError", &ConnectionError},
      {&ConnectionResetError, "ConnectionResetError", &ConnectionError},
      {&FileExistsError, "FileExistsError", &OSError},
      {&FileNotFoundError, "FileNotFoundError", &OSError},
      {&InterruptedError, "InterruptedError", &OSError},
      {&IsADirectoryError, "IsADirectoryError", &OSError},
      {&NotADirectoryError, "NotADirectoryError", &OSError},
      {&PermissionError, "PermissionError", &OSError},
      {&ProcessLookupError, "ProcessLookupError", &OSError},
      {&TimeoutError, "TimeoutError", &OSError},
      {&ReferenceError, "ReferenceError", &Exception},
      {&RuntimeError, "RuntimeError", &Exception},
      {&NotImplementedError, "NotImplementedError", &RuntimeError},
      {&RecursionError, "RecursionError", &RuntimeError},
      {&SyntaxError, "SyntaxError", &Exception},
      {&IndentationError, "IndentationError", &SyntaxError},
      {&TabError, "TabError", &IndentationError},
      {&SystemError, "SystemError", &Exception},
      {&TypeError, "TypeError", &Exception},
      {&ValueError, "ValueError", &Exception},
      {&UnicodeError, "UnicodeError", &ValueError},
      {&UnicodeDecodeError, "UnicodeDecodeError", &UnicodeError},
      {&UnicodeEncodeError, "UnicodeEncodeError", &UnicodeError},
      {&UnicodeTranslateError, "UnicodeTranslateError", &UnicodeError},
      {&Warning, "Warning", &Exception},
      {&UserWarning, "UserWarning", &Warning},
      {&DeprecationWarning, "DeprecationWarning", &Warning},
      {&PendingDeprecationWarning, "PendingDeprecationWarning", &Warning},
      {&SyntaxWarning, "SyntaxWarning", &Warning},
      {&RuntimeWarning, "RuntimeWarning", &Warning},
      {&FutureWarning, "FutureWarning", &Warning},
      {&ImportWarning, "ImportWarning", &Warning},
      {&UnicodeWarning, "UnicodeWarning", &Warning},
      {&BytesWarning, "BytesWarning", &Warning},
      {&ResourceWarning, "ResourceWarning", &Warning},
      {&EncodingWarning, "EncodingWarning", &Warning},
  };
  for (const Spec& s : specs) setup(s.t, s.name, s.base);

  StopIteration.init = stopiter_init;
  StopIteration.getsets = kStopIterationGetSets;
  SystemExit.init = sysexit_init;
  SystemExit.getsets = kSystemExitGetSets;
  ImportError.init = import_init;
  ImportError.str = import_str;
  ImportError.getsets = kImportErrorGetSets;
  AttributeError.init = attr_init;
  AttributeError.getsets = kAttributeErrorGetSets;
  NameError.init = name_init;
  NameError.getsets = kNameErrorGetSets;
  KeyError.str = key_str;
  OSError.new_ = oserror_new;
  OSError.init = oserror_init;
  OSError.str = oserror_str;
  OSError.getsets = kOSErrorGetSets;
  SyntaxError.init = syntax_init;
  SyntaxError.str = syntax_str;
  SyntaxError.getsets = kSyntaxErrorGetSets;
  UnicodeDecodeError.init = udecode_init;
  UnicodeDecodeError.str = udecode_str;
  UnicodeDecodeError.getsets = kUnicodeErrorGetSets;
  UnicodeEncodeError.init = uencode_init;
  UnicodeEncodeError.str = uencode_str;
  UnicodeEncodeError.getsets = kUnicodeErrorGetSets;
  UnicodeTranslateError.init = utranslate_init;
  UnicodeTranslateError.str = utranslate_str;
  UnicodeTranslateError.getsets = kUnicodeErrorGetSets;
  BaseExceptionGroup.new_ = eg_new;
  BaseExceptionGroup.init = eg_init;
  BaseExceptionGroup.str = eg_str;
  BaseExceptionGroup.getsets = kExceptionGroupGetSets;
  BaseExceptionGroup.methods = kExceptionGroupMethods;
  static_type_add_base(&ExceptionGroup, &Exception);

  for (const Spec& s : specs) static_type_declare(s.t);
  static_types_after_ready(exceptions_after_ready);
}

}  // namespace minipy
