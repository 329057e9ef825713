// The io builtins: print(), input(), open().
#include "runtime/abstract.h"
#include "runtime/builtins_registry.h"
#include "runtime/dict_object.h"
#include "runtime/file_object.h"
#include "runtime/str_object.h"
#include "runtime/thread_state.h"
#include "runtime/tuple_object.h"

namespace minipy {

// sys.<name> of the current interpreter, or null when sys has no such attribute.
static Ref sys_attr(const char* attr) {
  InterpreterState* is = current_interp();
  if (!is || !is->sys) return Ref();
  return getattr_opt(is->sys, name(attr));
}

static Ref builtin_print(Value, const Value* args, size_t nargs, Value kwnames) {
  Value sep, end, file, flush;
  if (kwnames) {
    size_t nkw = tuple_size(kwnames);
    for (size_t i = 0; i < nkw; ++i) {
      Value k = tuple_item(kwnames, i);
      std::string_view ks = str_view(k);
      Value v = args[nargs + i];
      if (ks == "sep") sep = v;
      else if (ks == "end") end = v;
      else if (ks == "file") file = v;
      else if (ks == "flush") flush = v;
      else raisef(exc::TypeError, "'%s' is an invalid keyword argument for print()", std::string(ks).c_str());
    }
  }
  if (sep && !is_none(sep) && !is_str(sep))
    raisef(exc::TypeError, "sep must be None or a string, not %s", std::string(type_name(sep)).c_str());
  if (end && !is_none(end) && !is_str(end))
    raisef(exc::TypeError, "end must be None or a string, not %s", std::string(type_name(end)).c_str());
  Ref out;
  if (!file || is_none(file)) {
    out = sys_attr("stdout");
    if (!out) raise(exc::RuntimeError, "lost sys.stdout");
    if (is_none(out)) return Ref(None());
    file = out;
  }
  // An unbuffered (write-through) file of ours gets the whole line in one write: the pieces are
  // collected and flushed once at the end, even when str() of an argument raises.
  struct BatchWrites {
    FileObject* f = nullptr;
    ~BatchWrites() {
      if (!f) return;
      f->write_through = true;
      try {
        if (!f->closed) flush_file(Value(static_cast<Object*>(f)));
      } catch (PyException&) {
      }
    }
  } batch;
  if (file.is_object() && file.as_object()->type == &TextIOWrapperType) {
    FileObject* f = static_cast<FileObject*>(file.as_object());
    if (f->write_through) {
      f->write_through = false;
      batch.f = f;
    }
  }
  for (size_t i = 0; i < nargs; ++i) {
    if (i > 0) {
      if (sep && !is_none(sep)) write_str_to(file, sep);
      else write_text_to(file, " ");
    }
    Value a = args[i];
    if (is_exact_str(a)) {
      write_str_to(file, a);
    } else {
      Ref s = str_of(a);
      write_str_to(file, s);
    }
  }
  if (end && !is_none(end)) write_str_to(file, end);
  else write_text_to(file, "\n");
  if (flush && is_true(flush)) flush_file(file);
  return Ref(None());
}

static Ref builtin_input(Value, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("input", kwnames);
  check_nargs("input", nargs, 0, 1);
  Ref in = sys_attr("stdin");
  if (!in || is_none(in)) raise(exc::RuntimeError, "input(): lost sys.stdin");
  Ref out = sys_attr("stdout");
  if (!out || is_none(out)) raise(exc::RuntimeError, "input(): lost sys.stdout");
  Ref err = sys_attr("stderr");
  if (err && !is_none(err)) flush_file(err);
  if (nargs == 1) {
    Ref prompt = str_of(args[0]);
    write_str_to(out, prompt);
  }
  flush_file(out);
  Ref line = readline_from(in);
  if (!is_str(line)) raise(exc::TypeError, "object.readline() returned non-string");
  std::string_view s = str_view(line);
  if (s.empty()) raise(exc::EOFError, "EOF when reading a line");
  if (s.back() == '\n') s.remove_suffix(1);
  return str_new(s);
}

static Ref builtin_open(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("open",
                            "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None");
  Value a[8];
  spec.bind(args, nargs, kwnames, a);
  return file_open(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

static const MethodDef kIoBuiltins[] = {
    {"print", builtin_print, kMethodPlain,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"input", builtin_input, kMethodPlain, "Read a string from standard input."},
    {"open", builtin_open, kMethodPlain, "Open file and return a stream."},
    {nullptr, nullptr},
};
static BuiltinFunctions reg_io_builtins(kIoBuiltins);

}  // namespace minipy
