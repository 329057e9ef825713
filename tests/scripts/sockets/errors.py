# socket errors: CPython's exception types and messages.
import socket


def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)


print(socket.error is OSError, socket.timeout is TimeoutError)
print(issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.AF_INET, socket.SOCK_STREAM, socket.SOL_SOCKET, socket.SO_REUSEADDR)
print(socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print(socket.AF_INET6, socket.SOCK_DGRAM, socket.AF_UNIX)

s = socket.socket()
print(s.family, s.type, s.proto, s.gettimeout(), s.getblocking())
attempt('bind str', s.bind, 'x')
attempt('bind 1-tuple', s.bind, ('a',))
attempt('bind 3-tuple', s.bind, ('a', 1, 2))
attempt('bind host int', s.bind, (1, 2))
attempt('bind port str', s.bind, ('127.0.0.1', 'x'))
attempt('bind port big', s.bind, ('127.0.0.1', 70000))
attempt('bind port neg', s.bind, ('127.0.0.1', -1))
try:
    s.bind(('nosuchhost.invalid', 80))
except socket.gaierror as e:
    print('bind bad host', type(e).__name__, e.errno < 0, isinstance(e, OSError))
attempt('connect str', s.connect, 'x')
attempt('recv str', s.recv, 'a')
attempt('recv neg', s.recv, -1)
attempt('send str', s.send, 'abc')
attempt('sendall str', s.sendall, 'abc')
attempt('sendall int', s.sendall, 5)
attempt('settimeout neg', s.settimeout, -1)
attempt('settimeout str', s.settimeout, 'a')
attempt('settimeout nan', s.settimeout, float('nan'))
attempt('getpeername', s.getpeername)
attempt('recv not connected', s.recv, 10)
attempt('send not connected', s.send, b'x')
attempt('family 99', socket.socket, 99)

# A port with nothing listening: bind one, close it, then connect there.
probe = socket.socket()
probe.bind(('127.0.0.1', 0))
free_port = probe.getsockname()[1]
probe.close()
c = socket.socket()
try:
    c.connect(('127.0.0.1', free_port))
except ConnectionRefusedError as e:
    print('refused', e.errno, e.strerror, isinstance(e, OSError))
print('connect_ex', socket.socket().connect_ex(('127.0.0.1', free_port)))
c.close()
try:
    socket.create_connection(('127.0.0.1', free_port))
except OSError as e:
    print('create_connection', type(e).__name__, e)

# Address in use.
a = socket.socket()
a.bind(('127.0.0.1', 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print('in use', type(e).__name__, e.errno, e)
b.close()

# Operations on a closed socket.
a.close()
a.close()
print(a.fileno())
attempt('closed recv', a.recv, 1)
attempt('closed send', a.send, b'x')
attempt('closed getsockname', a.getsockname)
attempt('closed accept', a.accept)
attempt('closed listen', a.listen)

# Broken pipe and reset: write to a peer that has gone.
x, y = socket.socketpair()
y.close()
attempt('send to closed peer', x.send, b'data')
x.close()

with socket.socket() as w:
    print('in with', w.fileno() >= 0)
print('after with', w.fileno())
