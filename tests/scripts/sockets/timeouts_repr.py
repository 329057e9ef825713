# Timeouts (poll-based), blocking modes, reprs, default timeout, socketpair.
import socket
import threading
import time

def show(sock, *ports):
    text = repr(sock).replace('fd=%d,' % sock.fileno(), 'fd=N,')
    for name, port in ports:
        text = text.replace(', %d)' % port, ', %s)' % name)
    print(text)


srv = socket.socket()
show(srv)
srv.bind(('127.0.0.1', 0))
port = srv.getsockname()[1]
show(srv, ('PORT', port))
srv.listen()

srv.settimeout(0.05)
print(srv.gettimeout(), srv.timeout, srv.getblocking())
t0 = time.monotonic()
try:
    srv.accept()
except socket.timeout as e:
    print('accept', type(e).__name__, e, e.errno, time.monotonic() - t0 >= 0.04)

srv.setblocking(False)
print(srv.gettimeout(), srv.getblocking())
try:
    srv.accept()
except BlockingIOError as e:
    print('accept nonblocking', type(e).__name__, e.errno == 11)
srv.setblocking(True)
print(srv.gettimeout(), srv.getblocking())

c = socket.socket()
c.settimeout(2)
print(c.gettimeout())
c.connect(('127.0.0.1', port))
srv.settimeout(1.5)
conn, addr = srv.accept()
print('accepted socket timeout:', conn.gettimeout(), conn.getblocking())
show(c, ('PORT', port), ('CPORT', c.getsockname()[1]))

c.settimeout(0.05)
try:
    c.recv(10)
except TimeoutError as e:
    print('recv', type(e).__name__, e)
conn.sendall(b'late')
c.settimeout(1.0)
print(c.recv(10))
buf = bytearray(4)
conn.sendall(b'abcdef')
got = c.recv_into(buf, 2)
print(got, buf)
print(c.recv(10))
try:
    c.recv_into(bytearray(2), 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.recv_into(b'xx')
except TypeError as e:
    print(type(e).__name__, e)


# A sender that fills the peer's buffers times out in sendall.
c.settimeout(0.1)
try:
    c.sendall(b'z' * (64 << 20))
except TimeoutError as e:
    print('sendall', type(e).__name__, e)
conn.close()
c.close()

# A server thread answering after a delay: recv with a timeout long enough succeeds.
a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type, repr(a).startswith('<socket.socket fd='))
def later():
    time.sleep(0.05)
    b.sendall(b'from thread')
t = threading.Thread(target=later)
t.start()
a.settimeout(5)
print(a.recv(100))
t.join()
a.close()
b.close()
print(repr(a))

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(3)
s = socket.socket()
print(s.gettimeout())
socket.setdefaulttimeout(None)
s.close()
srv.close()
print(socket.gethostname() == socket.gethostname(), type(socket.gethostname()).__name__)
