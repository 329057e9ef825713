// Shared pieces of the posix module (CPython's name for the native half of `os`): argument
// conversion for paths and descriptors, and OSError raising with the file names CPython reports.
// posix_module.cpp assembles the module from the parts in posix_files.cpp (files, descriptors,
// directories) and posix_fork.cpp (fork, register_at_fork).
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace minipy::posix {

// A path argument as CPython's path_converter sees it: str, bytes, an os.PathLike, and (where
// the function allows it) an open descriptor. `obj` is what the caller passed: errors name it.
struct PathArg {
  std::string path;
  Ref obj;
  bool bytes = false;  // results (listdir names) come back as bytes
  bool is_fd = false;
  int fd = -1;
};

// `fname`: the function ("stat"), `argname`: the parameter ("path", "src", "dst").
// allow_fd / allow_none shape the TypeError's list of accepted types, as in CPython.
PathArg path_arg(const char* fname, const char* argname, Value v, bool allow_fd = false, bool allow_none = false);

// OSError (the errno's subclass) naming one or two files: "[Errno 2] ...: 'a' -> 'b'".
[[noreturn]] void raise_path_error(int err, const PathArg& p);
[[noreturn]] void raise_path_error2(int err, const PathArg& a, const PathArg& b);

// A file name from the OS: str (surrogateescape for bytes that are not UTF-8) or bytes.
Ref fs_name(std::string_view s, bool bytes);

// A descriptor argument: any int (CPython's _PyLong_FileDescriptor_Converter for os.read etc.).
int fd_arg(Value v);

void add_file_functions(Value module);  // posix_files.cpp
void add_fork_functions(Value module);  // posix_fork.cpp

}  // namespace minipy::posix
