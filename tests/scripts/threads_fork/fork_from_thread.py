# fork() from a thread that is not the main one: in the child that thread is the only thread and
# the main thread; signals and threading work there, and the child ends when its function returns.
import os
import sys
import threading

r, w = os.pipe()
result = {}


def forker():
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        me = threading.current_thread()
        t = threading.Thread(target=lambda: None, name="grandchild-thread")
        t.start()
        t.join()
        info = (me.name, me is threading.main_thread(), [x.name for x in threading.enumerate()],
                threading.active_count())
        os.write(w, repr(info).encode())
        os.close(w)
        return  # the child process ends with this thread
    result["pid"] = pid


t = threading.Thread(target=forker, name="forker")
t.start()
t.join()
os.close(w)
data = b""
while chunk := os.read(r, 1000):
    data += chunk
os.close(r)
print("child saw:", data.decode())
status = os.waitpid(result["pid"], 0)[1]
print("child exit:", os.waitstatus_to_exitcode(status))
print("parent:", [x.name for x in threading.enumerate()], threading.current_thread() is threading.main_thread())
