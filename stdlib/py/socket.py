# minipy's socket module: the socket class and helpers over the native _socket (system calls on
# file descriptors, which release the GIL while they wait). Mirrors the part of CPython's
# Lib/socket.py and Modules/socketmodule.c that echo servers and clients use, with CPython's
# messages. Frozen into the interpreter.

import _socket
from _socket import (AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW,
                     SOCK_NONBLOCK, SOCK_CLOEXEC, SOL_SOCKET, SO_REUSEADDR, SO_REUSEPORT,
                     SO_KEEPALIVE, SO_BROADCAST, SO_ERROR, SO_TYPE, SO_RCVBUF, SO_SNDBUF,
                     SO_LINGER, IPPROTO_IP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6, TCP_NODELAY,
                     SHUT_RD, SHUT_WR, SHUT_RDWR, MSG_PEEK, MSG_WAITALL, MSG_DONTWAIT, SOMAXCONN,
                     gethostname)

from enum import IntEnum


class AddressFamily(IntEnum):
    AF_UNSPEC = _socket.AF_UNSPEC
    AF_UNIX = _socket.AF_UNIX
    AF_INET = _socket.AF_INET
    AF_INET6 = _socket.AF_INET6


class SocketKind(IntEnum):
    SOCK_STREAM = _socket.SOCK_STREAM
    SOCK_DGRAM = _socket.SOCK_DGRAM
    SOCK_RAW = _socket.SOCK_RAW
    SOCK_NONBLOCK = _socket.SOCK_NONBLOCK
    SOCK_CLOEXEC = _socket.SOCK_CLOEXEC


AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6 = AddressFamily
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_NONBLOCK, SOCK_CLOEXEC = SocketKind


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


error = OSError
timeout = TimeoutError
has_ipv6 = True


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_default_timeout = None
_GLOBAL_DEFAULT_TIMEOUT = object()


def getdefaulttimeout():
    return _default_timeout


def _check_timeout(value):
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9223372036.854775 < value < 9223372036.854775:
            raise OverflowError("timestamp out of range for platform time_t")
    elif isinstance(value, int):
        if not -9223372036 <= value <= 9223372036:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
        value = float(value)
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _resolve_host(host, family):
    # Numeric addresses and the two special names need no lookup, as in CPython's setipaddr().
    if isinstance(host, (bytes, bytearray)):
        host = host.decode('idna')
    elif not isinstance(host, str):
        raise TypeError("str, bytes or bytearray expected, not %s" % type(host).__name__)
    if host == '':
        return '0.0.0.0' if family == AF_INET else '::'
    if host == '<broadcast>' and family == AF_INET:
        return '255.255.255.255'
    found = _socket.resolve(host, family)
    if type(found) is tuple:
        raise gaierror(found[0], found[1])
    for fam, addr in found:
        if fam == family:
            return addr
    raise gaierror(-9, 'Address family for hostname not supported')


def _port(port, fname):
    if not 0 <= port <= 65535:
        raise OverflowError("%s(): port must be 0-65535." % fname)
    return port


def _sockaddr(family, address, fname):
    """(family, address tuple) -> (numeric host, port), with CPython's complaints."""
    if family == AF_INET:
        if not isinstance(address, tuple):
            raise TypeError("%s(): AF_INET address must be tuple, not %s" % (fname, type(address).__name__))
        if len(address) != 2:
            raise TypeError("AF_INET address must be a pair (host, port)")
        host, port = address
        if not isinstance(host, (str, bytes, bytearray)):
            raise TypeError("str, bytes or bytearray expected, not %s" % type(host).__name__)
        if not isinstance(port, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
        return _resolve_host(host, family), _port(port, fname)
    if family == AF_INET6:
        if not isinstance(address, tuple):
            raise TypeError("%s(): AF_INET6 address must be tuple, not %s" % (fname, type(address).__name__))
        if not 2 <= len(address) <= 4:
            raise TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
        host, port = address[0], address[1]
        if not isinstance(host, (str, bytes, bytearray)):
            raise TypeError("str, bytes or bytearray expected, not %s" % type(host).__name__)
        if not isinstance(port, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(port).__name__)
        return _resolve_host(host, family), _port(port, fname)
    if family == AF_UNIX:
        if isinstance(address, (bytes, bytearray)):
            address = address.decode()
        if not isinstance(address, str):
            raise TypeError("%s(): AF_UNIX address must be str or bytes, not %s" % (fname, type(address).__name__))
        return address, 0
    raise OSError("%s(): bad family" % fname)


def _arity(name, args, lo, hi):
    # The argument-count complaints of CPython's C methods (socket methods are C there).
    n = len(args)
    if lo == hi == 1:
        raise TypeError("socket.%s() takes exactly one argument (%d given)" % (name, n))
    if n < lo:
        raise TypeError("%s() takes at least %d argument%s (%d given)" % (name, lo, '' if lo == 1 else 's', n))
    raise TypeError("%s() takes at most %d argument%s (%d given)" % (name, hi, '' if hi == 1 else 's', n))


def _bufsize(n):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return n


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object"""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            self._fd = _socket.socket(family, type, proto)
        else:
            if not isinstance(fileno, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % fileno.__class__.__name__)
            if fileno < 0:
                raise ValueError("negative file descriptor")
            self._fd = fileno
            if family == -1:
                family = AF_INET
            if type == -1:
                type = _socket.getsockopt(fileno, SOL_SOCKET, SO_TYPE, 0)
            if proto == -1:
                proto = 0
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._timeout = None
        if type & SOCK_NONBLOCK:
            self._timeout = 0.0
            _socket.set_nonblocking(self._fd, True)
        elif _default_timeout is not None:
            self.settimeout(_default_timeout)

    family = property(lambda self: _intenum_converter(self._family, AddressFamily), doc="the socket family")
    type = property(lambda self: _intenum_converter(self._type, SocketKind), doc="the socket type")
    proto = property(lambda self: self._proto, doc="the socket protocol")
    timeout = property(lambda self: self._timeout, doc="the socket timeout")

    def __repr__(self):
        closed = self._fd < 0
        s = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self._fd, self.family, self.type, self._proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    s += ", laddr=%s" % str(laddr)
            except OSError:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    s += ", raddr=%s" % str(raddr)
            except OSError:
                pass
        return s + '>'

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % self.__class__.__name__)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        fd = getattr(self, '_fd', -1)
        if fd >= 0:
            self._fd = -1
            try:
                _socket.close(fd)
            except OSError:
                pass

    def fileno(self):
        return self._fd

    def close(self):
        fd = self._fd
        if fd >= 0:
            self._fd = -1
            _socket.close(fd)

    def detach(self):
        fd = self._fd
        self._fd = -1
        return fd

    def dup(self):
        raise OSError(95, 'Operation not supported')

    def bind(self, *args):
        if len(args) != 1:
            _arity('bind', args, 1, 1)
        address, = args
        host, port = _sockaddr(self._family, address, 'bind')
        _socket.bind(self._fd, self._family, host, port)

    def listen(self, *args):
        if len(args) > 1:
            _arity('listen', args, 0, 1)
        backlog = args[0] if args else SOMAXCONN
        _socket.listen(self._fd, backlog)

    def _accept(self):
        return _socket.accept(self._fd, self._timeout)

    def accept(self):
        fd, addr = _socket.accept(self._fd, self._timeout)
        sock = socket(self._family, self._type, self._proto, fileno=fd)
        if _default_timeout is None and self._timeout:
            sock.setblocking(True)
        return sock, addr

    def _connect(self, address, fname):
        host, port = _sockaddr(self._family, address, fname)
        return _socket.connect(self._fd, self._family, host, port, self._timeout)

    def connect(self, *args):
        if len(args) != 1:
            _arity('connect', args, 1, 1)
        address, = args
        err = self._connect(address, 'connect')
        if err:
            if err == _socket.EWOULDBLOCK and self._timeout:
                raise TimeoutError("timed out")
            _socket.raise_errno(err)

    def connect_ex(self, *args):
        if len(args) != 1:
            _arity('connect_ex', args, 1, 1)
        address, = args
        return self._connect(address, 'connect_ex')

    def send(self, *args):
        if not 1 <= len(args) <= 2:
            _arity('send', args, 1, 2)
        data = args[0]
        flags = args[1] if len(args) == 2 else 0
        return _socket.send(self._fd, data, flags, self._timeout)

    def sendall(self, *args):
        if not 1 <= len(args) <= 2:
            _arity('sendall', args, 1, 2)
        data = args[0]
        flags = args[1] if len(args) == 2 else 0
        _socket.sendall(self._fd, data, flags, self._timeout)

    def sendto(self, data, flags_or_addr, addr=None):
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        host, port = _sockaddr(self._family, addr, 'sendto')
        return _socket.sendto(self._fd, data, flags, self._family, host, port, self._timeout)

    def recvfrom(self, *args):
        if not 1 <= len(args) <= 2:
            _arity('recvfrom', args, 1, 2)
        bufsize = args[0]
        flags = args[1] if len(args) == 2 else 0
        return _socket.recvfrom(self._fd, _bufsize(bufsize), flags, self._timeout)

    def recv(self, *args):
        if not 1 <= len(args) <= 2:
            _arity('recv', args, 1, 2)
        bufsize = args[0]
        flags = args[1] if len(args) == 2 else 0
        return _socket.recv(self._fd, _bufsize(bufsize), flags, self._timeout)

    def recv_into(self, buffer, nbytes=0, flags=0):
        return _socket.recv_into(self._fd, buffer, _bufsize(nbytes), flags, self._timeout)

    def shutdown(self, *args):
        if len(args) != 1:
            _arity('shutdown', args, 1, 1)
        how, = args
        _socket.shutdown(self._fd, how)

    def setsockopt(self, level, optname, value, optlen=None):
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=0):
        return _socket.getsockopt(self._fd, level, optname, buflen)

    def getsockname(self):
        return _socket.getsockname(self._fd)

    def getpeername(self):
        return _socket.getpeername(self._fd)

    def settimeout(self, *args):
        if len(args) != 1:
            _arity('settimeout', args, 1, 1)
        value, = args
        value = _check_timeout(value)
        _socket.set_nonblocking(self._fd, value is not None)
        self._timeout = value

    def gettimeout(self):
        return self._timeout

    def setblocking(self, *args):
        if len(args) != 1:
            _arity('setblocking', args, 1, 1)
        flag, = args
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self._timeout != 0.0


SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    a, b = _socket.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    if host is None:
        host = 'localhost'
    if isinstance(port, str):
        port = int(port)
    out = []
    families = [family] if family else [AF_INET, AF_INET6]
    for fam in families:
        found = _socket.resolve(host, fam)
        if found.__class__ is tuple:
            if fam == families[-1] and not out:
                raise gaierror(found[0], found[1])
            continue
        for f, addr in found:
            sockaddr = (addr, port) if f == AF_INET else (addr, port, 0, 0)
            kind = type or SOCK_STREAM
            entry = (_intenum_converter(f, AddressFamily), _intenum_converter(kind, SocketKind),
                     proto or (IPPROTO_UDP if kind == SOCK_DGRAM else IPPROTO_TCP), '', sockaddr)
            if entry not in out:
                out.append(entry)
    return out


def gethostbyname(hostname):
    return _resolve_host(hostname, AF_INET)


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    host, port = address
    err = None
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            err = None
            return sock
        except OSError as e:
            err = e
            if sock is not None:
                sock.close()
    if err is not None:
        raise err
    raise error("getaddrinfo returns an empty list")


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False):
    sock = socket(family, SOCK_STREAM)
    try:
        sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        sock.bind(address)
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except BaseException:
        sock.close()
        raise


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes((x & 0xffffffff).to_bytes(4, 'little'), 'big')


ntohl = htonl
