# UDP datagrams (sendto/recvfrom), the AddressFamily/SocketKind enums, getaddrinfo, helpers.
import socket

print(repr(socket.AF_INET), socket.AF_INET, socket.AF_INET == 2, type(socket.AF_INET).__name__)
print(repr(socket.SOCK_STREAM), repr(socket.SOCK_DGRAM), socket.SOCK_DGRAM + 0)
print(socket.AddressFamily(2), repr(socket.AddressFamily(10)), repr(socket.SocketKind(1)))

s = socket.socket()
print(repr(s.family), repr(s.type), s.proto)
s.close()

u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(repr(u.family), repr(u.type))
u.bind(('127.0.0.1', 0))
uport = u.getsockname()[1]
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(v.sendto(b'datagram one', ('127.0.0.1', uport)))
print(v.sendto(b'two', 0, ('127.0.0.1', uport)))
vport = v.getsockname()[1]
data, addr = u.recvfrom(100)
print(data, addr == ('127.0.0.1', vport))
data, addr = u.recvfrom(2)
print(data, addr[0])
u.settimeout(0.05)
try:
    u.recvfrom(10)
except socket.timeout as e:
    print('recvfrom', type(e).__name__, e)
try:
    v.sendto('text', ('127.0.0.1', uport))
except TypeError as e:
    print(type(e).__name__, e)
try:
    v.sendto(b'x', 'nowhere')
except TypeError as e:
    print(type(e).__name__, e)
u.close()
v.close()

for entry in socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM):
    print(entry)
print(socket.gethostbyname('127.0.0.1'), socket.gethostbyname(''))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))

with socket.create_server(('127.0.0.1', 0)) as srv:
    port = srv.getsockname()[1]
    with socket.create_connection(('127.0.0.1', port), timeout=2) as c:
        print('client timeout', c.gettimeout())
        conn, addr = srv.accept()
        with conn:
            c.sendall(b'ping')
            print(conn.recv(4))
            conn.sendall(b'pong')
            print(c.recv(4))
            print(conn.getsockname() == srv.getsockname(), conn.getpeername() == c.getsockname())
