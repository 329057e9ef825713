# An echo server in a thread and a client in the main thread, over loopback.
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(5)
host, port = srv.getsockname()
print(host, type(port).__name__, port > 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)


log = []  # the server thread's report, printed by the main thread after join (no interleaving)


def serve(n_clients):
    for _ in range(n_clients):
        conn, addr = srv.accept()
        with conn:
            log.append(('server: peer host', addr[0], conn.getpeername() == addr))
            while True:
                data = conn.recv(1024)
                if not data:
                    break
                conn.sendall(data.upper())


t = threading.Thread(target=serve, args=(2,))
t.start()

with socket.create_connection(('127.0.0.1', port)) as c:
    c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
    for msg in [b'hello', b'echo server', b'x' * 10]:
        c.sendall(msg)
        got = b''
        while len(got) < len(msg):
            got += c.recv(1024)
        print('client got', got)
    print(c.send(b'abc'))
    buf = bytearray(8)
    n = c.recv_into(buf)
    print(n, buf)
    c.shutdown(socket.SHUT_WR)
    print('after shutdown:', c.recv(10))

c2 = socket.socket()
c2.connect(('localhost', port))
c2.sendall(bytearray(b'bytearray data'))
c2.shutdown(socket.SHUT_WR)
chunks = []
while True:
    d = c2.recv(3)
    if not d:
        break
    chunks.append(d)
print(b''.join(chunks), len(chunks) >= 5)
c2.close()
t.join()
for entry in log:
    print(*entry)
print('server: done')
srv.close()
print(srv.fileno())
