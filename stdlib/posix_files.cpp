// posix: files, descriptors and directories (os.stat, os.listdir, os.open/read/write, os.pipe...).
// Calls that can wait on a device, a pipe or a slow file system release the GIL (blocking_call);
// their lambdas touch only C++ locals. Descriptors are created non-inheritable (O_CLOEXEC), as
// CPython does since PEP 446.
#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/blocking.h"
#include "runtime/bytes_object.h"
#include "runtime/codecs.h"
#include "runtime/dict_object.h"
#include "runtime/error.h"
#include "runtime/file_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/runtime.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/struct_seq.h"
#include "runtime/tuple_object.h"
#include "runtime/type_object.h"
#include "stdlib/posix_internal.h"

namespace minipy::posix {

// ---- argument conversion and errors ----

PathArg path_arg(const char* fname, const char* argname, Value v, bool allow_fd, bool allow_none) {
  PathArg p;
  p.obj = Ref(v);
  auto bad_type = [&]() {
    const char* kinds = allow_fd ? (allow_none ? "string, bytes, os.PathLike, integer or None"
                                               : "string, bytes, os.PathLike or integer")
                                 : (allow_none ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike");
    raisef(exc::TypeError, "%s: %s should be %s, not %s", fname, argname, kinds, std::string(type_name(v)).c_str());
  };
  if (allow_fd && is_int(v) && !(v == True() || v == False())) {
    p.is_fd = true;
    p.fd = fd_arg(v);
    return p;
  }
  Ref s(v);
  if (!is_str(v) && !is_bytes(v)) {
    Ref fspath = getattr_opt(Value(static_cast<Object*>(type_of(v))), name("__fspath__"));
    if (!fspath) bad_type();
    s = call(fspath, {v});
    if (!is_str(s) && !is_bytes(s))
      raisef(exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
             std::string(type_name(v)).c_str(), std::string(type_name(s)).c_str());
  }
  std::string_view text = is_str(s) ? str_view(s) : bytes_view(s);
  p.bytes = !is_str(s);
  if (text.find('\0') != std::string_view::npos) raise(exc::ValueError, "embedded null byte");
  p.path = std::string(text);
  return p;
}

// The error names the path argument as given, a file descriptor too (as CPython's path_error).
void raise_path_error(int err, const PathArg& p) { raise_os_error(err, p.obj); }

void raise_path_error2(int err, const PathArg& a, const PathArg& b) {
  Ref no = int_from_i64(err);
  Ref msg = str_new(std::strerror(err));
  Value args[5] = {no, msg, a.obj, None(), b.obj};
  // OSError(errno, ...) itself chooses the subclass for the errno, as in CPython.
  throw_exception(call(type_value(exc::OSError), args, 5));
}

Ref fs_name(std::string_view s, bool bytes) {
  if (bytes) return bytes_from_view(s);
  if (utf8_valid(s)) return str_new(s);
  return codec_decode(s, "utf-8", "surrogateescape");
}

int fd_arg(Value v) {
  if (!is_int(v)) raisef(exc::TypeError, "'%s' object cannot be interpreted as an integer", std::string(type_name(v)).c_str());
  int64_t n = index_as_int64(v, exc::OverflowError);
  if (n > INT_MAX) raise(exc::OverflowError, "fd is greater than maximum");
  if (n < INT_MIN) raise(exc::OverflowError, "fd is less than minimum");
  return int(n);
}

namespace {

int int_arg(Value v) {
  int64_t n = index_as_int64(v, exc::OverflowError);
  if (n > INT_MAX || n < INT_MIN) raise(exc::OverflowError, "signed integer is greater than maximum");
  return int(n);
}

void reject_dir_fd(Value dir_fd) {
  if (dir_fd && !is_none(dir_fd)) raise(exc::NotImplementedError, "dir_fd unavailable on this platform");
}

// Run a system call with the GIL released, retrying after signals (a Python handler that
// raises ends the retry, as PEP 475 describes). Returns the call's result; errno is set on -1.
template <class F>
auto retry_blocking(const char* what, F&& fn) -> decltype(fn()) {
  for (;;) {
    int err = 0;
    auto r = blocking_call(what, [&] {
      auto x = fn();
      err = errno;
      return x;
    });
    if (r == -1 && err == EINTR) {
      check_signals_in_main_thread();
      continue;
    }
    errno = err;
    return r;
  }
}

// ---- stat ----

StructSeqType StatResultType, TerminalSizeType;
const char* const kStatFields[] = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                                   "_st_atime_int", "_st_mtime_int", "_st_ctime_int", "st_atime", "st_mtime",
                                   "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
                                   "st_blocks", "st_rdev"};
const char* const kTerminalSizeFields[] = {"columns", "lines"};

void init_posix_types() {
  struct_seq_declare(StatResultType, "os.stat_result", kStatFields, 10, 19);
  struct_seq_declare(TerminalSizeType, "os.terminal_size", kTerminalSizeFields, 2, 2);
}
TypeInitHook posix_types_hook(&init_posix_types);

Ref stat_result(const struct stat& st) {
  auto ns = [](const struct timespec& t) { return int64_t(t.tv_sec) * 1000000000 + t.tv_nsec; };
  auto secs = [](const struct timespec& t) { return double(t.tv_sec) + double(t.tv_nsec) * 1e-9; };
  Ref v[19] = {int_from_i64(st.st_mode),       int_from_i64(int64_t(st.st_ino)), int_from_i64(int64_t(st.st_dev)),
               int_from_i64(int64_t(st.st_nlink)), int_from_i64(st.st_uid),       int_from_i64(st.st_gid),
               int_from_i64(st.st_size),       int_from_i64(st.st_atim.tv_sec),  int_from_i64(st.st_mtim.tv_sec),
               int_from_i64(st.st_ctim.tv_sec), float_new(secs(st.st_atim)),     float_new(secs(st.st_mtim)),
               float_new(secs(st.st_ctim)),    int_from_i64(ns(st.st_atim)),     int_from_i64(ns(st.st_mtim)),
               int_from_i64(ns(st.st_ctim)),   int_from_i64(st.st_blksize),      int_from_i64(st.st_blocks),
               int_from_i64(int64_t(st.st_rdev))};
  Value vals[19];
  for (int i = 0; i < 19; i++) vals[i] = v[i];
  return struct_seq_new_array(StatResultType, vals, 19);
}

Ref do_stat(const char* fname, const Value* args, size_t nargs, Value kwnames, bool follow_default) {
  static const ArgSpec spec_stat("stat", "path, *, dir_fd=None, follow_symlinks=True");
  static const ArgSpec spec_lstat("lstat", "path, *, dir_fd=None");
  Value a[3] = {};
  (follow_default ? spec_stat : spec_lstat).bind(args, nargs, kwnames, a);
  PathArg p = path_arg(fname, "path", a[0], follow_default);
  reject_dir_fd(a[1]);
  bool follow = follow_default && (!a[2] || is_true(a[2]));
  struct stat st;
  int r = p.is_fd ? ::fstat(p.fd, &st) : follow ? ::stat(p.path.c_str(), &st) : ::lstat(p.path.c_str(), &st);
  if (r != 0) raise_path_error(errno, p);
  return stat_result(st);
}

Ref p_stat(Value, const Value* args, size_t nargs, Value kw) { return do_stat("stat", args, nargs, kw, true); }
Ref p_lstat(Value, const Value* args, size_t nargs, Value kw) { return do_stat("lstat", args, nargs, kw, false); }

Ref p_fstat(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("fstat", "fd");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int fd = fd_arg(a[0]);
  struct stat st;
  if (::fstat(fd, &st) != 0) raise_os_error(errno);
  return stat_result(st);
}

// ---- directories ----

// The entries of a directory but . and .., read with the GIL released: (name, d_type, inode).
struct RawEntry {
  std::string name;
  unsigned char type;
  uint64_t ino;
};

std::vector<RawEntry> read_dir(const PathArg& p, const char* what) {
  std::vector<RawEntry> out;
  int err = 0;
  blocking_call(what, [&] {
    DIR* d = nullptr;
    if (p.is_fd) {
      int fd = ::dup(p.fd);
      if (fd >= 0 && !(d = ::fdopendir(fd))) ::close(fd);
      if (d) ::rewinddir(d);
    } else {
      d = ::opendir(p.path.c_str());
    }
    if (!d) {
      err = errno;
      return 0;
    }
    for (;;) {
      errno = 0;
      struct dirent* e = ::readdir(d);
      if (!e) {
        err = errno;
        break;
      }
      if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0) continue;
      out.push_back({e->d_name, e->d_type, uint64_t(e->d_ino)});
    }
    ::closedir(d);
    return 0;
  });
  if (err) {
    if (p.is_fd) raise_os_error(err);  // CPython's listdir(fd) names no file
    raise_path_error(err, p);
  }
  return out;
}

PathArg dir_arg(const char* fname, Value v) {
  if (!v || is_none(v)) {
    PathArg p;
    p.path = ".";
    p.obj = str_new(".");
    return p;
  }
  return path_arg(fname, "path", v, true, true);
}

Ref p_listdir(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("listdir", "path=None");
  Value a[1] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = dir_arg("listdir", a[0]);
  Ref list = list_new();
  for (const RawEntry& e : read_dir(p, "listdir")) list_append(list, fs_name(e.name, p.bytes));
  return list;
}

// os.scandir's native half: [(name, d_type, inode), ...]; DirEntry objects are built in os.py.
Ref p_scandir_entries(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("scandir", "path=None");
  Value a[1] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = dir_arg("scandir", a[0]);
  Ref list = list_new();
  for (const RawEntry& e : read_dir(p, "scandir")) {
    Ref t = tuple_from({fs_name(e.name, p.bytes), int_from_i64(e.type), int_from_i64(int64_t(e.ino))});
    list_append(list, t);
  }
  return list;
}

Ref p_getcwd(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("getcwd", kwnames);
  check_nargs("getcwd", nargs, 0, 0);
  std::vector<char> buf(1024);
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) raise_os_error(errno);
    buf.resize(buf.size() * 2);
  }
  return fs_name(buf.data(), false);
}

Ref p_getcwdb(Value self, const Value* args, size_t nargs, Value kwnames) {
  Ref s = p_getcwd(self, args, nargs, kwnames);
  return bytes_from_view(str_view(s));
}

Ref p_chdir(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("chdir", "path");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  PathArg p = path_arg("chdir", "path", a[0], true);
  int r = p.is_fd ? ::fchdir(p.fd) : ::chdir(p.path.c_str());
  if (r != 0) raise_path_error(errno, p);
  return Ref(None());
}

Ref p_mkdir(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("mkdir", "path, mode=0o777, *, dir_fd=None");
  Value a[3] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = path_arg("mkdir", "path", a[0]);
  int mode = a[1] ? int_arg(a[1]) : 0777;
  reject_dir_fd(a[2]);
  if (::mkdir(p.path.c_str(), mode_t(mode)) != 0) raise_path_error(errno, p);
  return Ref(None());
}

// rmdir, remove, unlink: one path, an optional dir_fd.
Ref path_call(const char* fname, const Value* args, size_t nargs, Value kwnames, int (*fn)(const char*)) {
  ArgSpec spec(fname, "path, *, dir_fd=None");
  Value a[2] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = path_arg(fname, "path", a[0]);
  reject_dir_fd(a[1]);
  if (fn(p.path.c_str()) != 0) raise_path_error(errno, p);
  return Ref(None());
}

Ref p_rmdir(Value, const Value* args, size_t n, Value kw) { return path_call("rmdir", args, n, kw, ::rmdir); }
Ref p_remove(Value, const Value* args, size_t n, Value kw) { return path_call("remove", args, n, kw, ::unlink); }
Ref p_unlink(Value, const Value* args, size_t n, Value kw) { return path_call("unlink", args, n, kw, ::unlink); }

Ref two_paths(const char* fname, const Value* args, size_t nargs, Value kwnames, int (*fn)(const char*, const char*),
              const char* sig) {
  ArgSpec spec(fname, sig);
  Value a[4] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg src = path_arg(fname, "src", a[0]);
  PathArg dst = path_arg(fname, "dst", a[1]);
  reject_dir_fd(a[2]);
  reject_dir_fd(a[3]);
  if (fn(src.path.c_str(), dst.path.c_str()) != 0) raise_path_error2(errno, src, dst);
  return Ref(None());
}

const char kRenameSig[] = "src, dst, *, src_dir_fd=None, dst_dir_fd=None";
Ref p_rename(Value, const Value* a, size_t n, Value kw) { return two_paths("rename", a, n, kw, ::rename, kRenameSig); }
Ref p_replace(Value, const Value* a, size_t n, Value kw) { return two_paths("replace", a, n, kw, ::rename, kRenameSig); }
Ref p_link(Value, const Value* a, size_t n, Value kw) {
  return two_paths("link", a, n, kw, ::link, "src, dst, *, src_dir_fd=None, dst_dir_fd=None");
}
Ref p_symlink(Value, const Value* a, size_t n, Value kw) {
  return two_paths("symlink", a, n, kw, ::symlink, "src, dst, target_is_directory=False, *, dir_fd=None");
}

Ref p_readlink(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("readlink", "path, *, dir_fd=None");
  Value a[2] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = path_arg("readlink", "path", a[0]);
  reject_dir_fd(a[1]);
  std::vector<char> buf(PATH_MAX + 1);
  ssize_t n = ::readlink(p.path.c_str(), buf.data(), buf.size());
  if (n < 0) raise_path_error(errno, p);
  return fs_name(std::string_view(buf.data(), size_t(n)), p.bytes);
}

Ref p_access(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("access", "path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True");
  Value a[5] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = path_arg("access", "path", a[0]);
  int mode = int_arg(a[1]);
  reject_dir_fd(a[2]);
  return Ref(bool_value(::access(p.path.c_str(), mode) == 0));
}

Ref p_chmod(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("chmod", "path, mode, *, dir_fd=None, follow_symlinks=True");
  Value a[4] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = path_arg("chmod", "path", a[0], true);
  int mode = int_arg(a[1]);
  reject_dir_fd(a[2]);
  int r = p.is_fd ? ::fchmod(p.fd, mode_t(mode)) : ::chmod(p.path.c_str(), mode_t(mode));
  if (r != 0) raise_path_error(errno, p);
  return Ref(None());
}

Ref p_umask(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("umask", "mask, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  return int_from_i64(::umask(mode_t(int_arg(a[0]))));
}

// ---- descriptors ----

Ref p_open(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("open", "path, flags, mode=0o777, *, dir_fd=None");
  Value a[4] = {};
  spec.bind(args, nargs, kwnames, a);
  PathArg p = path_arg("open", "path", a[0]);
  int flags = int_arg(a[1]) | O_CLOEXEC;
  int mode = a[2] ? int_arg(a[2]) : 0777;
  reject_dir_fd(a[3]);
  std::string path = p.path;
  int fd = retry_blocking("open", [&] { return ::open(path.c_str(), flags, mode); });
  if (fd < 0) raise_path_error(errno, p);
  return int_from_i64(fd);
}

Ref p_close(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("close", "fd");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  // No retry on EINTR: the descriptor is gone either way on Linux.
  if (::close(fd_arg(a[0])) != 0 && errno != EINTR) raise_os_error(errno);
  return Ref(None());
}

Ref p_closerange(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("closerange", "fd_low, fd_high, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  for (int fd = fd_arg(a[0]), hi = fd_arg(a[1]); fd < hi; fd++) ::close(fd);
  return Ref(None());
}

Ref p_read(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("read", "fd, length, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  int fd = fd_arg(a[0]);
  int64_t n = index_as_int64(a[1], exc::OverflowError);
  if (n < 0) raise_os_error(EINVAL);
  std::string buf(size_t(n), '\0');
  ssize_t r = retry_blocking("read", [&] { return ::read(fd, buf.data(), buf.size()); });
  if (r < 0) raise_os_error(errno);
  buf.resize(size_t(r));
  return bytes_from_view(buf);
}

Ref p_write(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("write", "fd, data, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  int fd = fd_arg(a[0]);
  std::string_view view;
  if (!bytes_like_view(a[1], view))
    raisef(exc::TypeError, "a bytes-like object is required, not '%s'", std::string(type_name(a[1])).c_str());
  std::string data(view);  // a bytearray may change while the GIL is released
  ssize_t r = retry_blocking("write", [&] { return ::write(fd, data.data(), data.size()); });
  if (r < 0) raise_os_error(errno);
  return int_from_i64(r);
}

Ref p_pipe(Value, const Value*, size_t nargs, Value kwnames) {
  check_no_kwargs("pipe", kwnames);
  check_nargs("pipe", nargs, 0, 0);
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) raise_os_error(errno);
  return tuple_from({int_from_i64(fds[0]), int_from_i64(fds[1])});
}

Ref p_dup(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("dup", "fd, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int fd = ::fcntl(fd_arg(a[0]), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) raise_os_error(errno);
  return int_from_i64(fd);
}

Ref p_dup2(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("dup2", "fd, fd2, inheritable=True");
  Value a[3] = {};
  spec.bind(args, nargs, kwnames, a);
  int fd = fd_arg(a[0]), fd2 = fd_arg(a[1]);
  bool inheritable = !a[2] || is_true(a[2]);
  int r = inheritable ? ::dup2(fd, fd2) : ::dup3(fd, fd2, O_CLOEXEC);
  if (r < 0) raise_os_error(errno);
  return int_from_i64(r);
}

Ref p_lseek(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("lseek", "fd, position, whence, /");
  Value a[3];
  spec.bind(args, nargs, kwnames, a);
  off_t r = ::lseek(fd_arg(a[0]), off_t(index_as_int64(a[1], exc::OverflowError)), int_arg(a[2]));
  if (r < 0) raise_os_error(errno);
  return int_from_i64(r);
}

Ref p_isatty(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("isatty", "fd, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  return Ref(bool_value(::isatty(fd_arg(a[0])) == 1));
}

Ref p_fsync(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("fsync", "fd");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  Value fdv = a[0];
  Ref fileno;
  if (!is_int(fdv)) {
    fileno = call_method(fdv, "fileno", {});
    fdv = fileno;
  }
  int fd = fd_arg(fdv);
  int r = retry_blocking("fsync", [&] { return ::fsync(fd); });
  if (r != 0) raise_os_error(errno);
  return Ref(None());
}

Ref p_ftruncate(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("ftruncate", "fd, length, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  if (::ftruncate(fd_arg(a[0]), off_t(index_as_int64(a[1], exc::OverflowError))) != 0) raise_os_error(errno);
  return Ref(None());
}

Ref p_get_inheritable(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("get_inheritable", "fd, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int flags = ::fcntl(fd_arg(a[0]), F_GETFD);
  if (flags < 0) raise_os_error(errno);
  return Ref(bool_value(!(flags & FD_CLOEXEC)));
}

Ref p_set_inheritable(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("set_inheritable", "fd, inheritable, /");
  Value a[2];
  spec.bind(args, nargs, kwnames, a);
  int fd = fd_arg(a[0]);
  int flags = ::fcntl(fd, F_GETFD);
  if (flags < 0) raise_os_error(errno);
  flags = is_true(a[1]) ? (flags & ~FD_CLOEXEC) : (flags | FD_CLOEXEC);
  if (::fcntl(fd, F_SETFD, flags) < 0) raise_os_error(errno);
  return Ref(None());
}

Ref p_urandom(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("urandom", "size, /");
  Value a[1];
  spec.bind(args, nargs, kwnames, a);
  int64_t n = index_as_int64(a[0], exc::OverflowError);
  if (n < 0) raise(exc::ValueError, "negative argument not allowed");
  std::string buf(size_t(n), '\0');
  size_t got = 0;
  while (got < buf.size()) {
    ssize_t r = ::getrandom(buf.data() + got, buf.size() - got, 0);
    if (r < 0) {
      if (errno == EINTR) continue;
      raise_os_error(errno);
    }
    got += size_t(r);
  }
  return bytes_from_view(buf);
}

Ref p_get_terminal_size(Value, const Value* args, size_t nargs, Value kwnames) {
  static const ArgSpec spec("get_terminal_size", "fd=<unrepresentable>, /");
  Value a[1] = {};
  spec.bind(args, nargs, kwnames, a);
  int fd = a[0] ? fd_arg(a[0]) : 1;
  struct winsize w {};
  if (::ioctl(fd, TIOCGWINSZ, &w) != 0) raise_os_error(errno);
  return struct_seq_new(TerminalSizeType, {int_from_i64(w.ws_col), int_from_i64(w.ws_row)});
}

const MethodDef kFileFunctions[] = {
    {"stat", p_stat},
    {"lstat", p_lstat},
    {"fstat", p_fstat},
    {"listdir", p_listdir},
    {"_scandir_entries", p_scandir_entries},
    {"getcwd", p_getcwd},
    {"getcwdb", p_getcwdb},
    {"chdir", p_chdir},
    {"mkdir", p_mkdir},
    {"rmdir", p_rmdir},
    {"remove", p_remove},
    {"unlink", p_unlink},
    {"rename", p_rename},
    {"replace", p_replace},
    {"link", p_link},
    {"symlink", p_symlink},
    {"readlink", p_readlink},
    {"access", p_access},
    {"chmod", p_chmod},
    {"umask", p_umask},
    {"open", p_open},
    {"close", p_close},
    {"closerange", p_closerange},
    {"read", p_read},
    {"write", p_write},
    {"pipe", p_pipe},
    {"dup", p_dup},
    {"dup2", p_dup2},
    {"lseek", p_lseek},
    {"isatty", p_isatty},
    {"fsync", p_fsync},
    {"ftruncate", p_ftruncate},
    {"get_inheritable", p_get_inheritable},
    {"set_inheritable", p_set_inheritable},
    {"urandom", p_urandom},
    {"get_terminal_size", p_get_terminal_size},
    {nullptr, nullptr},
};

}  // namespace

void add_file_functions(Value module) {
  module_add_functions(module, kFileFunctions);
  Value d = module_dict(module);
  dict_set_str(d, "stat_result", type_value(&StatResultType));
  dict_set_str(d, "terminal_size", type_value(&TerminalSizeType));
  struct IntConst {
    const char* name;
    long value;
  };
  static const IntConst kConsts[] = {
      {"O_RDONLY", O_RDONLY},     {"O_WRONLY", O_WRONLY},       {"O_RDWR", O_RDWR},         {"O_APPEND", O_APPEND},
      {"O_CREAT", O_CREAT},       {"O_EXCL", O_EXCL},           {"O_TRUNC", O_TRUNC},       {"O_NONBLOCK", O_NONBLOCK},
      {"O_NDELAY", O_NDELAY},     {"O_CLOEXEC", O_CLOEXEC},     {"O_NOCTTY", O_NOCTTY},     {"O_SYNC", O_SYNC},
      {"O_DSYNC", O_DSYNC},       {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_ACCMODE", O_ACCMODE},
      {"O_ASYNC", O_ASYNC},       {"O_NOATIME", O_NOATIME},     {"O_PATH", O_PATH},         {"O_TMPFILE", O_TMPFILE},
      {"SEEK_SET", SEEK_SET},     {"SEEK_CUR", SEEK_CUR},       {"SEEK_END", SEEK_END},     {"F_OK", F_OK},
      {"R_OK", R_OK},             {"W_OK", W_OK},               {"X_OK", X_OK},
  };
  for (const IntConst& c : kConsts) dict_set_str(d, c.name, int_from_i64(c.value));
}

}  // namespace minipy::posix
