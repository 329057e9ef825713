// File objects on OS descriptors: open(), sys.stdin/stdout/stderr. See file_object.h.
#include "runtime/file_object.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/blocking.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/struct_seq.h"
#include "runtime/text_codec.h"
#include "runtime/tuple_object.h"

namespace minipy {

TypeObject TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType;

// ---- errors -------------------------------------------------------------------------------------

TypeObject* unsupported_operation_type() {
  static Ref cls;  // process-wide, like the built-in exception classes
  if (!cls) {
    Ref bases = tuple_from({Value(static_cast<Object*>(exc::OSError)), Value(static_cast<Object*>(exc::ValueError))});
    Ref ns = dict_new();
    dict_set_str(ns, "__module__", str_new("io"));
    Ref nm = str_new("UnsupportedOperation");
    cls = call(Value(static_cast<Object*>(&TypeType)), {nm, bases, ns});
  }
  return cls.as<TypeObject>();
}

[[noreturn]] static void raise_unsupported(const char* msg) { raise(unsupported_operation_type(), msg); }

[[noreturn]] void raise_os_error(int err, Value filename) {
  TypeObject* t = exc::OSError;
  switch (err) {
    case ENOENT: t = exc::FileNotFoundError; break;
    case EEXIST: t = exc::FileExistsError; break;
    case EACCES: case EPERM: t = exc::PermissionError; break;
    case EISDIR: t = exc::IsADirectoryError; break;
    case ENOTDIR: t = exc::NotADirectoryError; break;
    case EPIPE: case ESHUTDOWN: t = exc::BrokenPipeError; break;
    case EINTR: t = exc::InterruptedError; break;
    case EAGAIN: case EINPROGRESS: case EALREADY: t = exc::BlockingIOError; break;
    case ECONNREFUSED: t = exc::ConnectionRefusedError; break;
    case ECONNRESET: t = exc::ConnectionResetError; break;
    case ECONNABORTED: t = exc::ConnectionAbortedError; break;
    case ETIMEDOUT: t = exc::TimeoutError; break;
    case ECHILD: t = exc::ChildProcessError; break;
    case ESRCH: t = exc::ProcessLookupError; break;
    default: break;
  }
  Ref no = int_from_i64(err);
  Ref msg = str_new(std::strerror(err));
  Ref e = filename ? new_exception_args(t, std::initializer_list<Value>{no, msg, filename}.begin(), 3)
                   : new_exception_args(t, std::initializer_list<Value>{no, msg}.begin(), 2);
  throw_exception(std::move(e));
}

static FileObject* as_file(Value self) { return static_cast<FileObject*>(self.as_object()); }

static void check_open(FileObject* f) {
  if (f->closed) raise(exc::ValueError, "I/O operation on closed file.");
}
static void check_readable(FileObject* f) {
  check_open(f);
  if (!f->readable) raise_unsupported(f->binary ? "read" : "not readable");
}
static void check_writable(FileObject* f) {
  check_open(f);
  if (!f->writable) raise_unsupported(f->binary ? "write" : "not writable");
}

// ---- the raw layer (all system calls go through blocking_call) ---------------------------------

static void raw_write_all(FileObject* f, const char* p, size_t n) {
  while (n > 0) {
    int fd = f->fd;  // the GIL is released during the call: read nothing of f inside it
    ssize_t w = blocking_call("write", [&] { return ::write(fd, p, n); });
    if (w < 0) {
      if (errno == EINTR) {
        check_signals_in_main_thread();
        continue;
      }
      raise_os_error(errno);
    }
    p += w;
    n -= size_t(w);
  }
}

static void flush_wbuf(FileObject* f) {
  if (f->wbuf.empty()) return;
  std::string data;
  data.swap(f->wbuf);  // dropped even on error: a failing flush must not repeat forever
  raw_write_all(f, data.data(), data.size());
}

// Give back read-ahead bytes to the OS position before writing or seeking.
static void drop_read_ahead(FileObject* f) {
  size_t pending = f->rbuf.size() - f->rpos;
  if (pending > 0) ::lseek(f->fd, -off_t(pending), SEEK_CUR);
  f->rbuf.clear();
  f->rpos = 0;
}

// Read more bytes into rbuf. False at end of file (sets at_eof).
static bool fill(FileObject* f) {
  if (f->rpos > 0) {
    f->rbuf.erase(0, f->rpos);
    f->rpos = 0;
  }
  size_t want = f->bufsize < 8192 ? 8192 : f->bufsize;
  // Read into a buffer of this call's own: while the GIL is released another thread may use f.
  std::string chunk(want, '\0');
  int fd = f->fd;
  ssize_t r;
  for (;;) {
    r = blocking_call("read", [&] { return ::read(fd, chunk.data(), want); });
    if (r < 0 && errno == EINTR) {
      check_signals_in_main_thread();  // Ctrl-C interrupts input() and reads from a pipe
      continue;
    }
    break;
  }
  if (r < 0) raise_os_error(errno);
  f->rbuf.append(chunk.data(), size_t(r));
  if (r == 0) f->at_eof = true;
  return r > 0;
}

// A text file's .buffer shares the descriptor: pending text output goes first, and read-ahead
// text bytes move over to the binary object.
static void sync_with_parent(FileObject* f) {
  if (!f->parent) return;
  FileObject* p = static_cast<FileObject*>(f->parent.obj());
  flush_wbuf(p);
  if (p->rpos < p->rbuf.size()) {
    f->rbuf.insert(f->rbuf.begin() + std::ptrdiff_t(f->rpos), p->rbuf.begin() + std::ptrdiff_t(p->rpos), p->rbuf.end());
    p->rbuf.clear();
    p->rpos = 0;
  }
}

static void prepare_read(FileObject* f) {
  check_readable(f);
  sync_with_parent(f);
  flush_wbuf(f);
  f->at_eof = false;
}

static void prepare_write(FileObject* f) {
  check_writable(f);
  sync_with_parent(f);
  if (f->rpos < f->rbuf.size() || !f->rbuf.empty()) drop_read_ahead(f);
}

static void maybe_flush_after_write(FileObject* f, std::string_view text) {
  if (f->write_through || f->raw || f->wbuf.size() >= f->bufsize) {
    flush_wbuf(f);
  } else if (f->line_buffering && (text.find('\n') != std::string_view::npos || text.find('\r') != std::string_view::npos)) {
    flush_wbuf(f);
  }
}

// ---- text reading ------------------------------------------------------------------------------

// Bytes of one character starting at b[i] (ASCII-compatible encodings: only UTF-8 has more).
static size_t char_len(const FileObject* f, unsigned char c) {
  if (f->binary || f->enc != TextEncoding::Utf8 || c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// The end (exclusive byte index into rbuf) of the line starting at rpos, reading more as needed;
// limit < 0: no limit, else at most `limit` characters.
static size_t find_line_end(FileObject* f, int64_t limit) {
  NewlineMode nl = f->binary ? NewlineMode::LF : f->newline;
  size_t off = 0;      // scan position relative to rpos
  int64_t chars = 0;
  for (;;) {
    const char* b = f->rbuf.data();
    size_t end = f->rbuf.size();
    size_t i = f->rpos + off;
    bool need_more = false;
    while (i < end) {
      if (limit >= 0 && chars >= limit) return i;
      unsigned char c = static_cast<unsigned char>(b[i]);
      if (c == '\n' && nl != NewlineMode::CR && nl != NewlineMode::CRLF) return i + 1;
      if (c == '\r' && nl != NewlineMode::LF) {
        if (nl == NewlineMode::CR) return i + 1;
        if (i + 1 >= end && !f->at_eof) { need_more = true; break; }
        bool lf = i + 1 < end && b[i + 1] == '\n';
        // Untranslated "\r\n" is two characters: a limit may fall between them.
        bool room_for_two = limit < 0 || chars + 2 <= limit || nl == NewlineMode::Universal;
        if (nl == NewlineMode::CRLF) {
          if (lf && room_for_two) return i + 2;
        } else {
          return lf && room_for_two ? i + 2 : i + 1;
        }
      }
      size_t n = char_len(f, c);
      if (i + n > end && !f->at_eof) { need_more = true; break; }
      i += n;
      ++chars;
    }
    if (!need_more && i >= end && f->at_eof) return end;
    off = i - f->rpos;
    if (!fill(f)) {
      // at_eof is set now: rescan the tail once more with that knowledge
      if (f->rpos + off >= f->rbuf.size()) return f->rbuf.size();
    }
  }
}

// End of the next `n` characters (n >= 0) from rpos.
static size_t find_chars_end(FileObject* f, int64_t n) {
  bool universal = !f->binary && f->newline == NewlineMode::Universal;
  size_t off = 0;
  int64_t chars = 0;
  for (;;) {
    const char* b = f->rbuf.data();
    size_t end = f->rbuf.size();
    size_t i = f->rpos + off;
    bool need_more = false;
    while (chars < n && i < end) {
      unsigned char c = static_cast<unsigned char>(b[i]);
      if (c == '\r' && universal) {
        if (i + 1 >= end && !f->at_eof) { need_more = true; break; }
        i += (i + 1 < end && b[i + 1] == '\n') ? 2 : 1;
        ++chars;
        continue;
      }
      size_t k = char_len(f, c);
      if (i + k > end && !f->at_eof) { need_more = true; break; }
      i += k;
      ++chars;
    }
    if (chars >= n) return i;
    if (!need_more && f->at_eof) return end;
    off = i - f->rpos;
    if (!fill(f) && f->rpos + off >= f->rbuf.size()) return f->rbuf.size();
  }
}

static void read_to_eof(FileObject* f) {
  while (fill(f)) {
  }
}

// Decode rbuf[rpos, end) as text (newline translation included) and consume it.
static Ref take_text(FileObject* f, size_t end) {
  if (end > f->rbuf.size()) end = f->rbuf.size();
  std::string_view raw(f->rbuf.data() + f->rpos, end - f->rpos);
  std::string out = decode_text(raw, f->enc, f->errors, f->newline == NewlineMode::Universal);
  f->rpos = end;
  if (f->rpos == f->rbuf.size()) {
    f->rbuf.clear();
    f->rpos = 0;
  }
  return str_new(out);
}

static Ref take_bytes(FileObject* f, size_t end) {
  if (end > f->rbuf.size()) end = f->rbuf.size();
  Ref r = bytes_from_view(std::string_view(f->rbuf.data() + f->rpos, end - f->rpos));
  f->rpos = end;
  if (f->rpos == f->rbuf.size()) {
    f->rbuf.clear();
    f->rpos = 0;
  }
  return r;
}

static Ref take(FileObject* f, size_t end) { return f->binary ? take_bytes(f, end) : take_text(f, end); }

static int64_t opt_size(Value v, const char* fname) {
  if (!v || is_none(v)) return -1;
  if (!is_int(v)) raisef(exc::TypeError, "argument should be integer or None, not '%s'", std::string(type_name(v)).c_str());
  return index_as_int64(v, exc::OverflowError);
}

// ---- methods -----------------------------------------------------------------------------------

static Ref file_read(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("read", "size=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  FileObject* f = as_file(self);
  int64_t n = opt_size(a[0], "read");
  prepare_read(f);
  if (n < 0) {
    read_to_eof(f);
    return take(f, f->rbuf.size());
  }
  if (f->raw && f->rpos == f->rbuf.size()) {
    // unbuffered: one system call
    fill(f);
    return take(f, std::min(f->rbuf.size(), size_t(n)));
  }
  return take(f, find_chars_end(f, n));
}

static Ref file_readline(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("readline", "size=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  FileObject* f = as_file(self);
  int64_t limit = opt_size(a[0], "readline");
  prepare_read(f);
  return take(f, find_line_end(f, limit));
}

static Ref file_readlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("readlines", "hint=-1, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  FileObject* f = as_file(self);
  int64_t hint = opt_size(a[0], "readlines");
  prepare_read(f);
  Ref out = list_new();
  int64_t total = 0;
  for (;;) {
    size_t start = f->rpos;
    size_t end = find_line_end(f, -1);
    if (end == f->rpos && f->rpos >= f->rbuf.size()) break;
    total += int64_t(end - f->rpos);
    (void)start;
    list_append(out, take(f, end));
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

static Ref file_write(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("write", kwnames);
  check_nargs("write", nargs, 1, 1);
  FileObject* f = as_file(self);
  Value v = args[0];
  if (f->binary) {
    check_writable(f);
    std::string_view data;
    if (!bytes_like_view(v, data))
      raisef(exc::TypeError, "a bytes-like object is required, not '%s'", std::string(type_name(v)).c_str());
    prepare_write(f);
    f->wbuf.append(data);
    maybe_flush_after_write(f, std::string_view());
    return int_from_i64(int64_t(data.size()));
  }
  check_open(f);
  if (!is_str(v)) raisef(exc::TypeError, "write() argument must be str, not %s", std::string(type_name(v)).c_str());
  prepare_write(f);
  std::string_view text = str_view(v);
  encode_text_append(f->wbuf, text, f->enc, f->errors, f->newline);
  maybe_flush_after_write(f, text);
  return int_from_i64(int64_t(str_length(v)));
}

static Ref file_writelines(Value self, const Value* args, size_t nargs, Value kwnames) {
  check_no_kwargs("writelines", kwnames);
  check_nargs("writelines", nargs, 1, 1);
  check_open(as_file(self));
  Ref it = get_iter(args[0]);
  while (Ref line = iter_next(it)) {
    Value one[1] = {line};
    file_write(self, one, 1, Value());
  }
  return Ref(None());
}

static void close_file(FileObject* f) {
  if (f->closed) return;
  struct Closer {
    FileObject* f;
    ~Closer() {
      f->closed = true;
      if (f->closefd && f->fd >= 0) ::close(f->fd);
      f->rbuf.clear();
      f->rpos = 0;
    }
  } closer{f};
  flush_wbuf(f);
}

static Ref file_close(Value self, const Value*, size_t nargs, Value kwnames) {
  check_nargs("close", nargs, 0, 0);
  close_file(as_file(self));
  return Ref(None());
}

static Ref file_flush(Value self, const Value*, size_t nargs, Value) {
  check_nargs("flush", nargs, 0, 0);
  FileObject* f = as_file(self);
  check_open(f);
  flush_wbuf(f);
  return Ref(None());
}

static off_t current_pos(FileObject* f) {
  flush_wbuf(f);
  off_t p = ::lseek(f->fd, 0, SEEK_CUR);
  if (p < 0) raise_os_error(errno);
  return p - off_t(f->rbuf.size() - f->rpos);
}

static Ref file_tell(Value self, const Value*, size_t nargs, Value) {
  check_nargs("tell", nargs, 0, 0);
  FileObject* f = as_file(self);
  check_open(f);
  return int_from_i64(int64_t(current_pos(f)));
}

static Ref file_seek(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("seek", "cookie, whence=0, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  FileObject* f = as_file(self);
  check_open(f);
  if (!is_int(a[0]))
    raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(a[0])).c_str());
  int64_t off = index_as_int64(a[0], exc::OverflowError);
  int64_t whence = a[1] ? index_as_int64(a[1], exc::OverflowError) : 0;
  if (whence < 0 || whence > 2)
    raisef(exc::ValueError, "invalid whence (%lld, should be 0, 1 or 2)", (long long)whence);
  if (!f->binary) {
    if (whence == 1 && off != 0) raise_unsupported("can't do nonzero cur-relative seeks");
    if (whence == 2 && off != 0) raise_unsupported("can't do nonzero end-relative seeks");
    if (whence == 0 && off < 0) raisef(exc::ValueError, "negative seek position %lld", (long long)off);
  }
  flush_wbuf(f);
  off_t target;
  if (whence == 1) {
    target = ::lseek(f->fd, off_t(current_pos(f) + off), SEEK_SET);
  } else {
    target = ::lseek(f->fd, off_t(off), int(whence));
  }
  if (target < 0) raise_os_error(errno);
  f->rbuf.clear();
  f->rpos = 0;
  return int_from_i64(int64_t(target));
}

static Ref file_truncate(Value self, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("truncate", "pos=None, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  FileObject* f = as_file(self);
  check_writable(f);
  off_t pos = (a[0] && !is_none(a[0])) ? off_t(index_as_int64(a[0], exc::OverflowError)) : current_pos(f);
  flush_wbuf(f);
  drop_read_ahead(f);
  if (::ftruncate(f->fd, pos) < 0) raise_os_error(errno);
  return int_from_i64(int64_t(pos));
}

static void check_open_nodot(FileObject* f) {
  if (f->closed) raise(exc::ValueError, "I/O operation on closed file");
}

static Ref file_fileno(Value self, const Value*, size_t nargs, Value) {
  check_nargs("fileno", nargs, 0, 0);
  check_open_nodot(as_file(self));
  return int_from_i64(as_file(self)->fd);
}
static Ref file_isatty(Value self, const Value*, size_t nargs, Value) {
  check_nargs("isatty", nargs, 0, 0);
  check_open_nodot(as_file(self));
  return Ref(bool_value(::isatty(as_file(self)->fd)));
}
static Ref file_readable(Value self, const Value*, size_t nargs, Value) {
  check_nargs("readable", nargs, 0, 0);
  check_open_nodot(as_file(self));
  return Ref(bool_value(as_file(self)->readable));
}
static Ref file_writable(Value self, const Value*, size_t nargs, Value) {
  check_nargs("writable", nargs, 0, 0);
  check_open_nodot(as_file(self));
  return Ref(bool_value(as_file(self)->writable));
}
static Ref file_seekable(Value self, const Value*, size_t nargs, Value) {
  check_nargs("seekable", nargs, 0, 0);
  check_open_nodot(as_file(self));
  return Ref(bool_value(::lseek(as_file(self)->fd, 0, SEEK_CUR) >= 0));
}
static Ref file_enter(Value self, const Value*, size_t nargs, Value) {
  check_open(as_file(self));
  return Ref(self);
}
static Ref file_exit(Value self, const Value*, size_t, Value) {
  close_file(as_file(self));
  return Ref(None());
}

static Ref file_iter(Value self) {
  check_open(as_file(self));
  return Ref(self);
}
static Ref file_iternext(Value self) {
  FileObject* f = as_file(self);
  prepare_read(f);
  size_t end = find_line_end(f, -1);
  if (end == f->rpos) return Ref();
  return take(f, end);
}

static Ref file_repr(Value self) {
  FileObject* f = as_file(self);
  std::string s = "<";
  s += f->type->type_name();
  if (f->raw) {
    if (f->closed) return str_new("<_io.FileIO [closed]>");
    s += " name=" + repr_utf8(f->name) + " mode='" + f->mode + "' closefd=" + (f->closefd ? "True" : "False") + ">";
    return str_new(s);
  }
  s += " name=" + repr_utf8(f->name);
  if (!f->binary) s += " mode=" + str_repr_utf8(f->mode) + " encoding=" + str_repr_utf8(f->encoding);
  s += ">";
  return str_new(s);
}

static void file_dealloc(Object* o) {
  FileObject* f = static_cast<FileObject*>(o);
  if (!f->closed) {
    try {
      close_file(f);
    } catch (...) {
      // errors while closing an abandoned file are ignored, as in CPython (no warning printed)
    }
  }
  dealloc_as<FileObject>(o);
}

static Ref get_name(Value self) { return as_file(self)->name; }
static Ref get_mode(Value self) { return str_new(as_file(self)->mode); }
static Ref get_closed(Value self) { return Ref(bool_value(as_file(self)->closed)); }
static Ref get_encoding(Value self) { return str_new(as_file(self)->encoding); }
static Ref get_errors(Value self) { return str_new(as_file(self)->errors); }
static Ref get_newlines(Value) { return Ref(None()); }
static Ref get_line_buffering(Value self) { return Ref(bool_value(as_file(self)->line_buffering)); }
static Ref get_buffer(Value self) {
  FileObject* f = as_file(self);
  TypeObject* t = f->readable && f->writable ? &BufferedRandomType : f->readable ? &BufferedReaderType : &BufferedWriterType;
  Ref obj = new_object<FileObject>(t);
  FileObject* b = obj.as<FileObject>();
  b->fd = f->fd;
  b->binary = true;
  b->readable = f->readable;
  b->writable = f->writable;
  b->closefd = false;
  b->name = f->name;
  b->mode = f->readable && f->writable ? "rb+" : f->readable ? "rb" : "wb";
  b->write_through = true;  // no output of its own may wait behind later text writes
  b->line_buffering = false;
  b->bufsize = f->bufsize;
  b->parent = Ref(self);
  return obj;
}
static Ref get_closefd(Value self) { return Ref(bool_value(as_file(self)->closefd)); }

static const MethodDef kFileMethods[] = {
    {"read", file_read},
    {"readline", file_readline},
    {"readlines", file_readlines},
    {"write", file_write},
    {"writelines", file_writelines},
    {"close", file_close},
    {"flush", file_flush},
    {"seek", file_seek},
    {"tell", file_tell},
    {"truncate", file_truncate},
    {"fileno", file_fileno},
    {"isatty", file_isatty},
    {"readable", file_readable},
    {"writable", file_writable},
    {"seekable", file_seekable},
    {"__enter__", file_enter},
    {"__exit__", file_exit},
    {nullptr, nullptr},
};

static const GetSetDef kTextGetSets[] = {
    {"name", get_name},
    {"mode", get_mode},
    {"closed", get_closed},
    {"encoding", get_encoding},
    {"errors", get_errors},
    {"newlines", get_newlines},
    {"line_buffering", get_line_buffering},
    {"buffer", get_buffer},
    {nullptr, nullptr},
};
static const GetSetDef kBinaryGetSets[] = {
    {"name", get_name},
    {"mode", get_mode},
    {"closed", get_closed},
    {nullptr, nullptr},
};
static const GetSetDef kRawGetSets[] = {
    {"name", get_name},
    {"mode", get_mode},
    {"closed", get_closed},
    {"closefd", get_closefd},
    {nullptr, nullptr},
};

static void init_file_type(TypeObject& t, const char* name, const GetSetDef* getsets) {
  t.refcnt = kImmortalRefcnt;
  t.type = &TypeType;
  t.name = name;
  t.basicsize = sizeof(FileObject);
  t.flags = kTypeBaseType;
  t.dealloc = file_dealloc;
  t.repr = file_repr;
  t.iter = file_iter;
  t.iternext = file_iternext;
  t.methods = kFileMethods;
  t.getsets = getsets;
  static_type_declare(&t);
}

void init_stringio_type();  // stringio.cpp
void init_bytesio_type();   // bytesio.cpp

void init_io_types() {
  init_file_type(TextIOWrapperType, "_io.TextIOWrapper", kTextGetSets);
  init_file_type(BufferedReaderType, "_io.BufferedReader", kBinaryGetSets);
  init_file_type(BufferedWriterType, "_io.BufferedWriter", kBinaryGetSets);
  init_file_type(BufferedRandomType, "_io.BufferedRandom", kBinaryGetSets);
  init_file_type(FileIOType, "_io.FileIO", kRawGetSets);
  init_stringio_type();
  init_bytesio_type();
  init_struct_seq_types();
}
static TypeInitHook io_types_hook(&init_io_types);

// ---- open() ------------------------------------------------------------------------------------

static bool parse_encoding(std::string_view name, TextEncoding& out) {
  std::string n;
  for (char c : name) n += (c == '_') ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf" || n == "locale" || n == "cp65001") {
    out = TextEncoding::Utf8;
    return true;
  }
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" ||
      n == "8859" || n == "cp819" || n == "latin") {
    out = TextEncoding::Latin1;
    return true;
  }
  if (n == "ascii" || n == "us-ascii" || n == "646") {
    out = TextEncoding::Ascii;
    return true;
  }
  return false;
}

static void check_str_or_none(Value v, const char* what) {
  if (v && !is_none(v) && !is_str(v))
    raisef(exc::TypeError, "open() argument '%s' must be str or None, not %s", what, std::string(type_name(v)).c_str());
}

Ref file_open(Value file, Value mode_v, Value buffering_v, Value encoding_v, Value errors_v,
              Value newline_v, Value closefd_v) {
  // The file argument: a path or a descriptor.
  Ref path;
  int fd = -1;
  if (is_int(file)) {
    fd = int(index_as_int64(file, exc::OverflowError));
  } else if (is_str(file)) {
    path = Ref(file);
  } else {
    Ref fspath = getattr_opt(Value(static_cast<Object*>(type_of(file))), name("__fspath__"));
    if (fspath) {
      path = call(fspath, {file});
      if (!is_str(path)) raisef(exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                                std::string(type_name(file)).c_str(), std::string(type_name(path)).c_str());
    } else {
      raisef(exc::TypeError, "expected str, bytes or os.PathLike object, not %s", std::string(type_name(file)).c_str());
    }
  }
  std::string mode = "r";
  if (mode_v) {
    if (!is_str(mode_v)) raisef(exc::TypeError, "open() argument 'mode' must be str, not %s", std::string(type_name(mode_v)).c_str());
    mode = std::string(str_view(mode_v));
  }
  int64_t buffering = -1;
  if (buffering_v) {
    if (!is_int(buffering_v))
      raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(buffering_v)).c_str());
    buffering = index_as_int64(buffering_v, exc::OverflowError);
  }
  check_str_or_none(encoding_v, "encoding");
  check_str_or_none(errors_v, "errors");
  check_str_or_none(newline_v, "newline");
  bool has_encoding = encoding_v && !is_none(encoding_v);
  bool has_errors = errors_v && !is_none(errors_v);
  bool has_newline = newline_v && !is_none(newline_v);
  bool closefd = closefd_v ? is_true(closefd_v) : true;

  bool creating = false, reading = false, writing = false, appending = false, updating = false,
       text = false, binary = false;
  for (char c : mode) {
    bool* flag = nullptr;
    switch (c) {
      case 'x': flag = &creating; break;
      case 'r': flag = &reading; break;
      case 'w': flag = &writing; break;
      case 'a': flag = &appending; break;
      case '+': flag = &updating; break;
      case 't': flag = &text; break;
      case 'b': flag = &binary; break;
      default: break;
    }
    if (!flag || *flag) raisef(exc::ValueError, "invalid mode: '%s'", mode.c_str());
    *flag = true;
  }
  if (text && binary) raise(exc::ValueError, "can't have text and binary mode at once");
  int kinds = creating + reading + writing + appending;
  if (kinds > 1) raise(exc::ValueError, "must have exactly one of create/read/write/append mode");
  if (kinds == 0) raise(exc::ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  if (binary && has_encoding) raise(exc::ValueError, "binary mode doesn't take an encoding argument");
  if (binary && has_errors) raise(exc::ValueError, "binary mode doesn't take an errors argument");
  if (binary && has_newline) raise(exc::ValueError, "binary mode doesn't take a newline argument");
  if (!binary && buffering == 0) raise(exc::ValueError, "can't have unbuffered text I/O");

  NewlineMode nl = NewlineMode::Universal;
  if (has_newline) {
    std::string_view s = str_view(newline_v);
    if (s.empty()) nl = NewlineMode::Untranslated;
    else if (s == "\n") nl = NewlineMode::LF;
    else if (s == "\r") nl = NewlineMode::CR;
    else if (s == "\r\n") nl = NewlineMode::CRLF;
    else raisef(exc::ValueError, "illegal newline value: %s", std::string(s).c_str());
  }
  TextEncoding enc = TextEncoding::Utf8;
  std::string enc_name = "UTF-8";
  if (has_encoding) {
    enc_name = std::string(str_view(encoding_v));
    if (!parse_encoding(enc_name, enc)) raisef(exc::LookupError, "unknown encoding: %s", enc_name.c_str());
  }
  std::string errors = has_errors ? std::string(str_view(errors_v)) : "strict";

  if (path && !closefd) raise(exc::ValueError, "Cannot use closefd=False with file name");

  if (path) {
    int flags = O_CLOEXEC;
    if (updating) flags |= O_RDWR;
    else if (reading) flags |= O_RDONLY;
    else flags |= O_WRONLY;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    if (creating) flags |= O_CREAT | O_EXCL;
    std::string p(str_view(path));
    if (p.find('\0') != std::string::npos) raise(exc::ValueError, "embedded null byte");
    fd = blocking_call("open", [&] { return ::open(p.c_str(), flags, 0666); });
    if (fd < 0) raise_os_error(errno, path);
  }
  struct stat st;
  if (::fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (path) ::close(fd);
      raise_os_error(EISDIR, path ? Value(path) : file);
    }
  } else if (!path) {
    raise_os_error(errno);
  }

  TypeObject* type;
  if (!binary) type = &TextIOWrapperType;
  else if (buffering == 0) type = &FileIOType;
  else if (updating) type = &BufferedRandomType;
  else if (reading) type = &BufferedReaderType;
  else type = &BufferedWriterType;

  Ref obj = new_object<FileObject>(type);
  FileObject* f = obj.as<FileObject>();
  f->fd = fd;
  f->binary = binary;
  f->raw = binary && buffering == 0;
  f->readable = reading || updating;
  f->writable = writing || appending || creating || updating;
  f->appending = appending;
  f->closefd = closefd;
  f->enc = enc;
  f->encoding = enc_name;
  f->errors = errors;
  f->newline = nl;
  f->name = path ? path : Ref(file);
  f->line_buffering = !binary && buffering == 1;
  if (buffering > 1) f->bufsize = size_t(buffering);
  else if (st.st_blksize > 1) f->bufsize = size_t(st.st_blksize);
  if (binary) {
    std::string m = creating ? "xb" : reading ? "rb" : writing ? "wb" : "ab";
    if (updating) m = (reading || writing) ? "rb+" : m + "+";
    f->mode = m;
  } else {
    f->mode = mode;
  }
  if (appending) ::lseek(fd, 0, SEEK_END);
  return obj;
}

Ref file_from_fd(int fd, const char* name_s, const char* mode, bool line_buffering, bool write_through,
                 const char* errors) {
  Ref obj = new_object<FileObject>(&TextIOWrapperType);
  FileObject* f = obj.as<FileObject>();
  f->fd = fd;
  f->readable = mode[0] == 'r';
  f->writable = mode[0] == 'w';
  f->closefd = false;
  f->name = str_new(name_s);
  f->mode = mode;
  f->encoding = "utf-8";
  f->errors = errors;
  f->line_buffering = line_buffering;
  f->write_through = write_through;
  return obj;
}

// ---- fast paths for print() and friends --------------------------------------------------------

void write_text_to(Value file, std::string_view utf8) {
  if (file.is_object() && file.as_object()->type == &TextIOWrapperType) {
    FileObject* f = as_file(file);
    prepare_write(f);
    encode_text_append(f->wbuf, utf8, f->enc, f->errors, f->newline);
    maybe_flush_after_write(f, utf8);
    return;
  }
  Ref s = str_new(utf8);
  write_str_to(file, s);
}

void stringio_write_fast(Value sio, std::string_view utf8);  // stringio.cpp

void write_str_to(Value file, Value str) {
  if (file.is_object()) {
    TypeObject* t = file.as_object()->type;
    if (t == &TextIOWrapperType && is_exact_str(str)) {
      write_text_to(file, str_view(str));
      return;
    }
    if (t == &StringIOType && is_exact_str(str)) {
      stringio_write_fast(file, str_view(str));
      return;
    }
  }
  call_method(file, name("write"), {str});
}

void flush_file(Value file) {
  if (file.is_object() && is_file_object(file)) {
    FileObject* f = as_file(file);
    if (f->closed) return;
    flush_wbuf(f);
    return;
  }
  call_method(file, name("flush"), {});
}

Ref readline_from(Value file) {
  if (file.is_object() && file.as_object()->type == &TextIOWrapperType) {
    FileObject* f = as_file(file);
    prepare_read(f);
    return take_text(f, find_line_end(f, -1));
  }
  return call_method(file, name("readline"), {});
}

}  // namespace minipy
