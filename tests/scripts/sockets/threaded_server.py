# A thread-per-connection echo server and several client threads at once: every reply arrives
# intact while the GIL passes between threads blocked in accept/recv/send.
import socket
import threading

srv = socket.create_server(('127.0.0.1', 0))
port = srv.getsockname()[1]
N_CLIENTS = 4
ROUNDS = 50


def handle(conn):
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                return
            conn.sendall(data)


def serve():
    workers = []
    for _ in range(N_CLIENTS):
        conn, _ = srv.accept()
        w = threading.Thread(target=handle, args=(conn,))
        w.start()
        workers.append(w)
    for w in workers:
        w.join()


results = {}


def client(i):
    ok = 0
    with socket.create_connection(('127.0.0.1', port)) as c:
        for r in range(ROUNDS):
            msg = ('client %d round %d ' % (i, r)).encode() * (1 + r * 40)
            c.sendall(msg)
            got = bytearray()
            while len(got) < len(msg):
                chunk = c.recv(len(msg) - len(got))
                if not chunk:
                    break
                got += chunk
            ok += bytes(got) == msg
    results[i] = ok


server = threading.Thread(target=serve)
server.start()
clients = [threading.Thread(target=client, args=(i,)) for i in range(N_CLIENTS)]
for t in clients:
    t.start()
for t in clients:
    t.join()
server.join()
srv.close()
for i in sorted(results):
    print('client', i, 'intact replies:', results[i], 'of', ROUNDS)
