# Socket calls release the GIL and name themselves in GIL traces ("blocked: socket.recv", ...),
# and a trace of a threaded echo exchange keeps the trace invariants.
import _thread
import socket
import threading

import gil
import _gil_check

path = f"/tmp/minipy_socket_trace_{_thread.get_native_id()}.json"
with gil.trace(path):
    srv = socket.create_server(("127.0.0.1", 0))
    port = srv.getsockname()[1]

    def serve():
        conn, _ = srv.accept()
        with conn:
            while data := conn.recv(1024):
                conn.sendall(data)

    t = threading.Thread(target=serve, name="server")
    t.start()
    with socket.create_connection(("127.0.0.1", port)) as c:
        replies = []
        for i in range(20):
            c.sendall(b"ping %d" % i)
            replies.append(c.recv(1024))
    t.join()
    srv.close()
    a, b = socket.socketpair()
    b.sendall(b"x")
    a.settimeout(1)
    a.recv(1)
    a.close()
    b.close()

print("replies intact:", replies == [b"ping %d" % i for i in range(20)])
problems, trace = _gil_check.check_json(path)
print("trace problems:", problems[:5])
slices = {e["name"] for e in trace["traceEvents"] if e["ph"] == "X" and e["name"].startswith("blocked: socket")}
print("socket slices:", sorted(slices))
