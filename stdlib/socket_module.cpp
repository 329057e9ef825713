// _socket: the system-call half of the socket module. Functions work on plain file descriptors;
// the frozen Python module `socket` (stdlib/py/socket.py) wraps them in the socket class, checks
// addresses and keeps the timeout, as CPython's Lib/socket.py wraps its _socket.
//
// Every call that can wait (accept, connect, send, recv, name lookup) runs through blocking_call
// with a name ("socket.recv", ...) so the GIL is released and GIL traces show what a thread waits
// on. A socket with a timeout is non-blocking at the OS level and waits with poll(), as CPython's.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <climits>
#include <cstring>
#include <memory>
#include <new>
#include <string>

#include "runtime/abstract.h"
#include "runtime/blocking.h"
#include "runtime/bytes_object.h"
#include "runtime/dict_object.h"
#include "runtime/file_object.h"
#include "runtime/float_object.h"
#include "runtime/int_object.h"
#include "runtime/list_object.h"
#include "runtime/misc_objects.h"
#include "runtime/module_registry.h"
#include "runtime/signals.h"
#include "runtime/str_object.h"
#include "runtime/tuple_object.h"

namespace minipy {

namespace {

// A C int argument: CPython's messages when the value does not fit.
int int_arg(Value v) {
  int64_t x = index_as_int64(v, nullptr);  // clamps, so the range checks below name the side
  if ((x == INT64_MAX || x == INT64_MIN) && !int_as_i64(number_index(v)))
    raise(exc::OverflowError, "Python int too large to convert to C long");
  if (x > INT32_MAX) raise(exc::OverflowError, "signed integer is greater than maximum");
  if (x < INT32_MIN) raise(exc::OverflowError, "signed integer is less than minimum");
  return int(x);
}

// A receive buffer that the kernel fills while the GIL is released: not zero-filled (a huge
// bufsize only reserves address space), MemoryError when even that fails, as in CPython.
struct RecvBuffer {
  explicit RecvBuffer(size_t n) {
    // Beyond 1 TiB no machine can hold the result; failing up front also keeps sanitizer
    // allocators (which abort on absurd sizes) out of it.
    if (n <= (size_t(1) << 40)) p.reset(new (std::nothrow) char[n ? n : 1]);
    if (!p) raise(exc::MemoryError, "");
  }
  std::unique_ptr<char[]> p;
};

// Timeouts arrive as a float number of seconds, or None (< 0 here) for "wait forever".
double timeout_arg(Value v) { return is_none(v) ? -1.0 : as_double(v); }

double now_s() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

// Seconds left -> poll()'s milliseconds, rounded up (never 0 while time is left), capped.
int poll_ms(double left) {
  double ms = std::ceil(left * 1000);
  return ms >= double(INT_MAX) ? INT_MAX : int(ms);
}

[[noreturn]] void raise_timeout() { raise(exc::TimeoutError, "timed out"); }

// Runs `op` (a system call returning < 0 with errno on failure) until it completes, the way a
// CPython socket method does: with no timeout the call simply blocks (GIL released); with a
// timeout, poll() for `events` first, and retry while the non-blocking call says EAGAIN. EINTR
// runs signal handlers (Ctrl-C in the main thread) and retries. Returns op's result or raises.
template <class Op>
auto io_call(int fd, short events, double timeout, const char* what, Op op) -> decltype(op()) {
  double deadline = timeout > 0 ? now_s() + timeout : 0;
  for (;;) {
    if (timeout > 0) {
      double left = deadline - now_s();
      if (left <= 0) raise_timeout();
      int ms = poll_ms(left);
      int pr = blocking_call(what, [&] {
        struct pollfd p {fd, events, 0};
        return ::poll(&p, 1, ms);
      });
      if (pr < 0) {
        if (errno == EINTR) { check_signals_in_main_thread(); continue; }
        raise_os_error(errno);
      }
      if (pr == 0) raise_timeout();
    }
    auto r = blocking_call(what, op);
    if (r >= 0) return r;
    int err = errno;
    if (err == EINTR) { check_signals_in_main_thread(); continue; }
    if (timeout > 0 && (err == EAGAIN || err == EWOULDBLOCK)) continue;
    raise_os_error(err);
  }
}

// ---- addresses ----

union SockAddr {
  struct sockaddr sa;
  struct sockaddr_in in4;
  struct sockaddr_in6 in6;
  struct sockaddr_un un;
  struct sockaddr_storage storage;
};

// (family, numeric host, port) -> sockaddr. The Python layer has checked the tuple and resolved
// names; a host that is not a numeric address of the family is a gaierror there, never here.
socklen_t make_addr(int family, Value host, Value port, SockAddr& out) {
  std::memset(&out, 0, sizeof out);
  std::string h(str_view(host));
  if (family == AF_INET) {
    out.in4.sin_family = AF_INET;
    out.in4.sin_port = htons(uint16_t(int_arg(port)));
    if (::inet_pton(AF_INET, h.c_str(), &out.in4.sin_addr) != 1) raise(exc::OSError, "illegal IP address string");
    return sizeof out.in4;
  }
  if (family == AF_INET6) {
    out.in6.sin6_family = AF_INET6;
    out.in6.sin6_port = htons(uint16_t(int_arg(port)));
    if (::inet_pton(AF_INET6, h.c_str(), &out.in6.sin6_addr) != 1) raise(exc::OSError, "illegal IP address string");
    return sizeof out.in6;
  }
  if (family == AF_UNIX) {
    out.un.sun_family = AF_UNIX;
    if (h.size() >= sizeof out.un.sun_path) raise(exc::OSError, "AF_UNIX path too long");
    std::memcpy(out.un.sun_path, h.data(), h.size());
    return socklen_t(offsetof(struct sockaddr_un, sun_path) + h.size() + 1);
  }
  raise(exc::OSError, "getsockaddrarg: bad family");
}

Ref addr_to_python(const SockAddr& a, socklen_t len) {
  char buf[INET6_ADDRSTRLEN];
  switch (a.sa.sa_family) {
    case AF_INET:
      ::inet_ntop(AF_INET, &a.in4.sin_addr, buf, sizeof buf);
      return tuple_from({str_new(buf), int_from_i64(ntohs(a.in4.sin_port))});
    case AF_INET6:
      ::inet_ntop(AF_INET6, &a.in6.sin6_addr, buf, sizeof buf);
      return tuple_from({str_new(buf), int_from_i64(ntohs(a.in6.sin6_port)),
                         int_from_i64(ntohl(a.in6.sin6_flowinfo)), int_from_i64(a.in6.sin6_scope_id)});
    case AF_UNIX: {
      size_t off = offsetof(struct sockaddr_un, sun_path);
      if (len <= off) return str_new("");
      size_t n = ::strnlen(a.un.sun_path, len - off);
      return str_new(std::string_view(a.un.sun_path, n));
    }
    default:
      // An unconnected socket reports family 0 (AF_UNSPEC) from getpeername on some systems.
      return tuple_from({int_from_i64(a.sa.sa_family), bytes_new("", 0)});
  }
}

// ---- functions ----

Ref s_socket(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("socket", kw);
  check_nargs("socket", nargs, 3, 3);
  int family = int_arg(args[0]), type = int_arg(args[1]), proto = int_arg(args[2]);
  int fd = ::socket(family, type | SOCK_CLOEXEC, proto);
  if (fd < 0) raise_os_error(errno);
  return int_from_i64(fd);
}

Ref s_socketpair(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("socketpair", kw);
  check_nargs("socketpair", nargs, 3, 3);
  int sv[2];
  if (::socketpair(int_arg(args[0]), int_arg(args[1]) | SOCK_CLOEXEC, int_arg(args[2]), sv) < 0)
    raise_os_error(errno);
  return tuple_from({int_from_i64(sv[0]), int_from_i64(sv[1])});
}

Ref s_close(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("close", kw);
  check_nargs("close", nargs, 1, 1);
  int fd = int_arg(args[0]);
  // Like CPython: ECONNRESET from close() is not worth an exception (the peer already left).
  if (::close(fd) < 0 && errno != ECONNRESET) raise_os_error(errno);
  return Ref(None());
}

Ref s_set_nonblocking(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("set_nonblocking", kw);
  check_nargs("set_nonblocking", nargs, 2, 2);
  int fd = int_arg(args[0]);
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0) raise_os_error(errno);
  int want = is_true(args[1]) ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
  if (want != flags && ::fcntl(fd, F_SETFL, want) < 0) raise_os_error(errno);
  return Ref(None());
}

Ref s_bind(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("bind", kw);
  check_nargs("bind", nargs, 4, 4);
  SockAddr a;
  socklen_t len = make_addr(int_arg(args[1]), args[2], args[3], a);
  if (::bind(int_arg(args[0]), &a.sa, len) < 0) raise_os_error(errno);
  return Ref(None());
}

Ref s_listen(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("listen", kw);
  check_nargs("listen", nargs, 2, 2);
  int backlog = int_arg(args[1]);
  if (backlog < 0) backlog = 0;
  if (::listen(int_arg(args[0]), backlog) < 0) raise_os_error(errno);
  return Ref(None());
}

// accept(fd, timeout) -> (new fd, address)
Ref s_accept(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("accept", kw);
  check_nargs("accept", nargs, 2, 2);
  int fd = int_arg(args[0]);
  double timeout = timeout_arg(args[1]);
  SockAddr a;
  socklen_t len = sizeof a;
  int nfd = io_call(fd, POLLIN, timeout, "socket.accept", [&] {
    len = sizeof a;
    return ::accept4(fd, &a.sa, &len, SOCK_CLOEXEC);
  });
  return tuple_from({int_from_i64(nfd), addr_to_python(a, len)});
}

// connect(fd, family, host, port, timeout) -> 0 or the errno (connect raises it, connect_ex
// returns it; the Python layer decides).
Ref s_connect(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("connect", kw);
  check_nargs("connect", nargs, 5, 5);
  int fd = int_arg(args[0]);
  SockAddr a;
  socklen_t len = make_addr(int_arg(args[1]), args[2], args[3], a);
  double timeout = timeout_arg(args[4]);
  int err = blocking_call("socket.connect", [&] { return ::connect(fd, &a.sa, len) < 0 ? errno : 0; });
  if (err == EINTR) check_signals_in_main_thread();
  if ((err == EINPROGRESS && timeout > 0) || err == EINTR) {
    // The connection proceeds in the background: wait until it is writable, then ask how it went.
    double deadline = timeout > 0 ? now_s() + timeout : 0;
    for (;;) {
      int ms = -1;
      if (timeout > 0) {
        double left = deadline - now_s();
        if (left <= 0) return int_from_i64(EWOULDBLOCK);  // the Python layer raises TimeoutError
        ms = poll_ms(left);
      }
      int pr = blocking_call("socket.connect", [&] {
        struct pollfd p {fd, POLLOUT, 0};
        return ::poll(&p, 1, ms);
      });
      if (pr < 0) {
        if (errno == EINTR) { check_signals_in_main_thread(); continue; }
        return int_from_i64(errno);
      }
      if (pr == 0) return int_from_i64(EWOULDBLOCK);
      break;
    }
    int soerr = 0;
    socklen_t sl = sizeof soerr;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &sl) < 0) soerr = errno;
    err = soerr;
  }
  return int_from_i64(err);
}

// The bytes to send: a pointer into a bytes object (immutable; the caller's argument keeps it
// alive while the GIL is released) or a private copy of a bytearray (another thread could resize
// it meanwhile).
std::string_view send_data(Value v, std::string& copy) {
  if (is_bytes(v)) return bytes_view(v);
  if (is_bytearray(v)) {
    copy = bytearray_buffer(v);
    return copy;
  }
  raisef(exc::TypeError, "a bytes-like object is required, not '%s'", std::string(type_name(v)).c_str());
}

// send(fd, data, flags, timeout) -> bytes sent
Ref s_send(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("send", kw);
  check_nargs("send", nargs, 4, 4);
  int fd = int_arg(args[0]);
  std::string copy;
  std::string_view data = send_data(args[1], copy);
  int flags = int_arg(args[2]) | MSG_NOSIGNAL;
  double timeout = timeout_arg(args[3]);
  ssize_t n = io_call(fd, POLLOUT, timeout, "socket.send",
                      [&] { return ::send(fd, data.data(), data.size(), flags); });
  return int_from_i64(n);
}

// sendall(fd, data, flags, timeout): the timeout bounds the whole transfer, as in CPython.
Ref s_sendall(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("sendall", kw);
  check_nargs("sendall", nargs, 4, 4);
  int fd = int_arg(args[0]);
  std::string copy;
  std::string_view data = send_data(args[1], copy);
  int flags = int_arg(args[2]) | MSG_NOSIGNAL;
  double timeout = timeout_arg(args[3]);
  double deadline = timeout > 0 ? now_s() + timeout : 0;
  size_t done = 0;
  do {
    double left = timeout;
    if (timeout > 0) {
      left = deadline - now_s();
      if (left <= 0) raise_timeout();
    }
    ssize_t n = io_call(fd, POLLOUT, left, "socket.sendall",
                        [&] { return ::send(fd, data.data() + done, data.size() - done, flags); });
    done += size_t(n);
  } while (done < data.size());
  return Ref(None());
}

// sendto(fd, data, flags, family, host, port, timeout) -> bytes sent
Ref s_sendto(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("sendto", kw);
  check_nargs("sendto", nargs, 7, 7);
  int fd = int_arg(args[0]);
  std::string copy;
  std::string_view data = send_data(args[1], copy);
  int flags = int_arg(args[2]) | MSG_NOSIGNAL;
  SockAddr a;
  socklen_t len = make_addr(int_arg(args[3]), args[4], args[5], a);
  double timeout = timeout_arg(args[6]);
  ssize_t n = io_call(fd, POLLOUT, timeout, "socket.sendto",
                      [&] { return ::sendto(fd, data.data(), data.size(), flags, &a.sa, len); });
  return int_from_i64(n);
}

size_t bufsize_arg(Value v, const char* what) {
  int64_t n = index_as_int64(v, nullptr);
  if (n == INT64_MAX || n == INT64_MIN) {
    Ref i = number_index(v);
    if (!int_as_i64(i)) raise(exc::OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (n < 0) raisef(exc::ValueError, "negative buffersize in %s", what);
  return size_t(n);
}

// recv(fd, bufsize, flags, timeout) -> bytes
Ref s_recv(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("recv", kw);
  check_nargs("recv", nargs, 4, 4);
  int fd = int_arg(args[0]);
  size_t want = bufsize_arg(args[1], "recv");
  int flags = int_arg(args[2]);
  double timeout = timeout_arg(args[3]);
  RecvBuffer buf(want);
  char* p = buf.p.get();
  ssize_t n = io_call(fd, POLLIN, timeout, "socket.recv", [&] { return ::recv(fd, p, want, flags); });
  return bytes_new(p, size_t(n));
}

// recvfrom(fd, bufsize, flags, timeout) -> (bytes, address)
Ref s_recvfrom(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("recvfrom", kw);
  check_nargs("recvfrom", nargs, 4, 4);
  int fd = int_arg(args[0]);
  size_t want = bufsize_arg(args[1], "recvfrom");
  int flags = int_arg(args[2]);
  double timeout = timeout_arg(args[3]);
  RecvBuffer buf(want);
  char* p = buf.p.get();
  SockAddr a;
  std::memset(&a, 0, sizeof a);
  socklen_t len = sizeof a;
  ssize_t n = io_call(fd, POLLIN, timeout, "socket.recvfrom", [&] {
    len = sizeof a;
    return ::recvfrom(fd, p, want, flags, &a.sa, &len);
  });
  Ref addr = len == 0 ? Ref(None()) : addr_to_python(a, len);
  return tuple_from({bytes_new(p, size_t(n)), addr});
}

// recv_into(fd, bytearray, nbytes, flags, timeout) -> bytes received
Ref s_recv_into(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("recv_into", kw);
  check_nargs("recv_into", nargs, 5, 5);
  int fd = int_arg(args[0]);
  Value target = args[1];
  if (!is_bytearray(target)) {
    if (is_bytes(target)) raise(exc::TypeError, "recv_into() argument 1 must be read-write bytes-like object, not bytes");
    raisef(exc::TypeError, "recv_into() argument 1 must be read-write bytes-like object, not %s",
           std::string(type_name(target)).c_str());
  }
  int64_t nb = index_as_int64(args[2], exc::OverflowError);
  if (nb < 0) raise(exc::ValueError, "negative buffersize in recv_into");
  size_t cap = bytearray_buffer(target).size();
  if (nb == 0) nb = int64_t(cap);
  if (size_t(nb) > cap) raise(exc::ValueError, "buffer too small for requested bytes");
  int flags = int_arg(args[3]);
  double timeout = timeout_arg(args[4]);
  std::string tmp(size_t(nb), '\0');  // received without the GIL, copied in with it
  ssize_t n = io_call(fd, POLLIN, timeout, "socket.recv_into",
                      [&] { return ::recv(fd, tmp.data(), tmp.size(), flags); });
  std::string& dst = bytearray_buffer(target);
  size_t k = std::min(size_t(n), dst.size());
  std::memcpy(dst.data(), tmp.data(), k);
  return int_from_i64(n);
}

Ref s_shutdown(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("shutdown", kw);
  check_nargs("shutdown", nargs, 2, 2);
  if (::shutdown(int_arg(args[0]), int_arg(args[1])) < 0) raise_os_error(errno);
  return Ref(None());
}

// setsockopt(fd, level, option, int or bytes)
Ref s_setsockopt(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("setsockopt", kw);
  check_nargs("setsockopt", nargs, 4, 4);
  int fd = int_arg(args[0]), level = int_arg(args[1]), opt = int_arg(args[2]);
  int r;
  if (is_bytes(args[3]) || is_bytearray(args[3])) {
    std::string copy;
    std::string_view d = send_data(args[3], copy);
    r = ::setsockopt(fd, level, opt, d.data(), socklen_t(d.size()));
  } else {
    int v = int_arg(args[3]);
    r = ::setsockopt(fd, level, opt, &v, sizeof v);
  }
  if (r < 0) raise_os_error(errno);
  return Ref(None());
}

// getsockopt(fd, level, option, buflen): an int when buflen is 0, else up to buflen bytes.
Ref s_getsockopt(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("getsockopt", kw);
  check_nargs("getsockopt", nargs, 4, 4);
  int fd = int_arg(args[0]), level = int_arg(args[1]), opt = int_arg(args[2]);
  int64_t buflen = index_as_int64(args[3], exc::OverflowError);
  if (buflen == 0) {
    int v = 0;
    socklen_t l = sizeof v;
    if (::getsockopt(fd, level, opt, &v, &l) < 0) raise_os_error(errno);
    return int_from_i64(v);
  }
  if (buflen < 0 || buflen > 1024) raise(exc::OSError, "getsockopt buflen out of range");
  std::string buf(size_t(buflen), '\0');
  socklen_t l = socklen_t(buflen);
  if (::getsockopt(fd, level, opt, buf.data(), &l) < 0) raise_os_error(errno);
  return bytes_new(buf.data(), l);
}

Ref s_getsockname(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("getsockname", kw);
  check_nargs("getsockname", nargs, 1, 1);
  SockAddr a;
  std::memset(&a, 0, sizeof a);
  socklen_t len = sizeof a;
  if (::getsockname(int_arg(args[0]), &a.sa, &len) < 0) raise_os_error(errno);
  return addr_to_python(a, len);
}

Ref s_getpeername(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("getpeername", kw);
  check_nargs("getpeername", nargs, 1, 1);
  SockAddr a;
  std::memset(&a, 0, sizeof a);
  socklen_t len = sizeof a;
  if (::getpeername(int_arg(args[0]), &a.sa, &len) < 0) raise_os_error(errno);
  return addr_to_python(a, len);
}

Ref s_gethostname(Value, const Value*, size_t nargs, Value kw) {
  check_no_kwargs("gethostname", kw);
  check_nargs("gethostname", nargs, 0, 0);
  char buf[256];
  if (::gethostname(buf, sizeof buf) < 0) raise_os_error(errno);
  buf[sizeof buf - 1] = '\0';
  return str_new(buf);
}

// resolve(host, family) -> list of numeric address strings, or (code, message) for a gaierror.
// The Python layer turns the pair into socket.gaierror.
Ref s_resolve(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("resolve", kw);
  check_nargs("resolve", nargs, 2, 2);
  std::string host(str_view(args[0]));
  int family = int_arg(args[1]);
  struct addrinfo hints {};
  hints.ai_family = family;
  hints.ai_socktype = SOCK_STREAM;
  struct addrinfo* res = nullptr;
  int rc = blocking_call("socket.getaddrinfo", [&] { return ::getaddrinfo(host.c_str(), nullptr, &hints, &res); });
  if (rc != 0) {
    Ref msg = str_new(rc == EAI_SYSTEM ? std::strerror(errno) : ::gai_strerror(rc));
    return tuple_from({int_from_i64(rc), msg});
  }
  Ref out = list_new(0);
  for (struct addrinfo* p = res; p; p = p->ai_next) {
    char buf[INET6_ADDRSTRLEN];
    const void* src = p->ai_family == AF_INET ? static_cast<const void*>(&reinterpret_cast<sockaddr_in*>(p->ai_addr)->sin_addr)
                                              : static_cast<const void*>(&reinterpret_cast<sockaddr_in6*>(p->ai_addr)->sin6_addr);
    if (p->ai_family != AF_INET && p->ai_family != AF_INET6) continue;
    ::inet_ntop(p->ai_family, src, buf, sizeof buf);
    Ref item = tuple_from({int_from_i64(p->ai_family), str_new(buf)});
    list_append(out, item);
  }
  ::freeaddrinfo(res);
  return out;
}

// raise_errno(err): the OSError subclass CPython raises for err (connect() reports this way).
Ref s_raise_errno(Value, const Value* args, size_t nargs, Value kw) {
  check_no_kwargs("raise_errno", kw);
  check_nargs("raise_errno", nargs, 1, 1);
  raise_os_error(int_arg(args[0]));
}

const MethodDef kSocketMethods[] = {
    {"raise_errno", s_raise_errno},
    {"socket", s_socket},
    {"socketpair", s_socketpair},
    {"close", s_close},
    {"set_nonblocking", s_set_nonblocking},
    {"bind", s_bind},
    {"listen", s_listen},
    {"accept", s_accept},
    {"connect", s_connect},
    {"send", s_send},
    {"sendall", s_sendall},
    {"recv", s_recv},
    {"recv_into", s_recv_into},
    {"sendto", s_sendto},
    {"recvfrom", s_recvfrom},
    {"shutdown", s_shutdown},
    {"setsockopt", s_setsockopt},
    {"getsockopt", s_getsockopt},
    {"getsockname", s_getsockname},
    {"getpeername", s_getpeername},
    {"gethostname", s_gethostname},
    {"resolve", s_resolve},
    {nullptr, nullptr},
};

Ref make_socket_native_module() {
  Ref mod = module_new("_socket");
  module_add_functions(mod, kSocketMethods);
  Value d = module_dict(mod);
  struct Const {
    const char* name;
    long value;
  };
  static const Const kConsts[] = {
      {"AF_UNSPEC", AF_UNSPEC}, {"AF_UNIX", AF_UNIX}, {"AF_INET", AF_INET}, {"AF_INET6", AF_INET6},
      {"SOCK_STREAM", SOCK_STREAM}, {"SOCK_DGRAM", SOCK_DGRAM}, {"SOCK_RAW", SOCK_RAW},
      {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
      {"SOL_SOCKET", SOL_SOCKET}, {"SO_REUSEADDR", SO_REUSEADDR}, {"SO_REUSEPORT", SO_REUSEPORT},
      {"SO_KEEPALIVE", SO_KEEPALIVE}, {"SO_BROADCAST", SO_BROADCAST}, {"SO_ERROR", SO_ERROR},
      {"SO_TYPE", SO_TYPE}, {"SO_RCVBUF", SO_RCVBUF}, {"SO_SNDBUF", SO_SNDBUF}, {"SO_LINGER", SO_LINGER},
      {"IPPROTO_IP", IPPROTO_IP}, {"IPPROTO_TCP", IPPROTO_TCP}, {"IPPROTO_UDP", IPPROTO_UDP},
      {"IPPROTO_IPV6", IPPROTO_IPV6}, {"TCP_NODELAY", TCP_NODELAY},
      {"SHUT_RD", SHUT_RD}, {"SHUT_WR", SHUT_WR}, {"SHUT_RDWR", SHUT_RDWR},
      {"MSG_PEEK", MSG_PEEK}, {"MSG_WAITALL", MSG_WAITALL}, {"MSG_DONTWAIT", MSG_DONTWAIT},
      {"SOMAXCONN", SOMAXCONN}, {"EWOULDBLOCK", EWOULDBLOCK}, {"EINPROGRESS", EINPROGRESS},
      {"EAI_NONAME", EAI_NONAME},
  };
  for (const Const& c : kConsts) dict_set_str(d, c.name, int_from_i64(c.value));
  return mod;
}

}  // namespace

static BuiltinModule reg_socket_native("_socket", &make_socket_native_module);

}  // namespace minipy
