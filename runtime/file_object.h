// The io layer: file objects over OS file descriptors (open(), sys.stdin/stdout/stderr) and the
// in-memory StringIO. One C++ layout serves the text wrapper and the binary buffered/raw types;
// the Python-visible types differ (_io.TextIOWrapper, _io.BufferedReader, ...) as in CPython.
//
// Buffering is done here directly on the descriptor (no separate raw/buffered/text objects):
// a read buffer of undecoded bytes (so tell() is exact) and a write buffer of encoded bytes.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy {

extern TypeObject TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType,
    FileIOType, StringIOType, BytesIOType;

enum class TextEncoding : uint8_t { Utf8, Latin1, Ascii };
// newline= of open(): None (universal on read, '\n' -> os.linesep on write), '', '\n', '\r', '\r\n'.
enum class NewlineMode : uint8_t { Universal, Untranslated, LF, CR, CRLF };

struct FileObject : Object {
  int fd = -1;
  bool binary = false, readable = false, writable = false, appending = false;
  bool closefd = true, closed = false;
  bool line_buffering = false, write_through = false;
  bool raw = false;  // FileIO (buffering=0)
  TextEncoding enc = TextEncoding::Utf8;
  NewlineMode newline = NewlineMode::Universal;
  Ref name;              // str or int
  std::string mode;      // as reported by .mode
  std::string encoding;  // as reported by .encoding
  std::string errors;    // 'strict', 'replace', ...
  std::string rbuf;      // undecoded bytes read ahead; rbuf[rpos..] is unconsumed
  size_t rpos = 0;
  bool at_eof = false;
  std::string wbuf;      // encoded bytes not yet written
  size_t bufsize = 8192;
  Ref parent;            // for a text file's .buffer: the text file (its buffers are drained first)
};

inline bool is_file_object(Value v) {
  if (!v.is_object()) return false;
  TypeObject* t = v.as_object()->type;
  return t == &TextIOWrapperType || t == &BufferedReaderType || t == &BufferedWriterType ||
         t == &BufferedRandomType || t == &FileIOType;
}

void init_io_types();  // run by runtime_init through a TypeInitHook (phase 1)

// open() with CPython's argument checks. `file` is a path (str) or a descriptor (int).
Ref file_open(Value file, Value mode, Value buffering, Value encoding, Value errors, Value newline,
              Value closefd);
// sys.stdin/stdout/stderr: a text file on an inherited descriptor (never closes it).
Ref file_from_fd(int fd, const char* name, const char* mode, bool line_buffering, bool write_through,
                 const char* errors);

// Text output to any file-like object: the fast path for our own text files and StringIO,
// otherwise file.write(text).
void write_text_to(Value file, std::string_view utf8);
void write_str_to(Value file, Value str);
void flush_file(Value file);  // file.flush() (fast path for ours)
// One line from any file-like object (file.readline()); an empty str at EOF.
Ref readline_from(Value file);

// A fresh, empty io.StringIO and its contents (for capturing output, e.g. tracebacks).
Ref stringio_new();
std::string stringio_value(Value sio);

// io.UnsupportedOperation (a subclass of OSError and ValueError), created on first use.
TypeObject* unsupported_operation_type();
// OSError subclass for errno with (errno, strerror[, filename]) as CPython raises it.
[[noreturn]] void raise_os_error(int err, Value filename = Value());

}  // namespace minipy
