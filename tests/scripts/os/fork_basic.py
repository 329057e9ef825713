# os.fork, os.waitpid / os.wait and the exit status, pipes both ways, WNOHANG, os._exit (no
# flush, no atexit), os.register_at_fork's hook order, and random reseeding in the child.
import os
import random
import signal
import sys


def fork():
    sys.stdout.flush()  # or the child would print the parent's buffered output again
    return os.fork()


# Exit statuses.
pid = fork()
if pid == 0:
    os._exit(3)
wpid, status = os.waitpid(pid, 0)
print("exit 3:", wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

pid = fork()
if pid == 0:
    sys.exit(5)  # the normal exit path, in the child
print("sys.exit(5):", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = fork()
if pid == 0:
    os.kill(os.getpid(), signal.SIGKILL)
    os._exit(0)
status = os.waitpid(pid, 0)[1]
print("killed:", os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status), os.waitstatus_to_exitcode(status))

pid = fork()
if pid == 0:
    print("this line is buffered and never flushed")
    os._exit(0)  # no flush: the line is lost, as in CPython
wpid, status = os.wait()
print("os.wait:", wpid == pid, status)

# Pipes: the parent sends a request, the child answers; WNOHANG while the child still waits.
to_child_r, to_child_w = os.pipe()
to_parent_r, to_parent_w = os.pipe()
parent_pid = os.getpid()
pid = fork()
if pid == 0:
    os.close(to_child_w)
    os.close(to_parent_r)
    request = os.read(to_child_r, 100)
    answer = b"%s|ppid ok=%d|pid differs=%d" % (request.upper(), os.getppid() == parent_pid, os.getpid() != parent_pid)
    os.write(to_parent_w, answer)
    os._exit(0)
os.close(to_child_r)
os.close(to_parent_w)
print("WNOHANG:", os.waitpid(pid, os.WNOHANG))
os.write(to_child_w, b"ping")
print("answer:", os.read(to_parent_r, 100))
print("eof:", os.read(to_parent_r, 100))
print("child:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(to_child_w)
os.close(to_parent_r)

# register_at_fork: before hooks run last-registered first, the others in registration order.
events = []
os.register_at_fork(before=lambda: events.append("before 1"), after_in_parent=lambda: events.append("parent 1"),
                    after_in_child=lambda: events.append("child 1"))
os.register_at_fork(before=lambda: events.append("before 2"), after_in_parent=lambda: events.append("parent 2"),
                    after_in_child=lambda: events.append("child 2"))
r, w = os.pipe()
parent_random = random.random
pid = fork()
if pid == 0:
    os.close(r)
    os.write(w, ("%s %r" % (events, random.random())).encode())
    os._exit(0)
os.close(w)
child_events, child_random = os.read(r, 1000).decode().rsplit(" ", 1)
os.close(r)
os.waitpid(pid, 0)
print("parent hooks:", events)
print("child hooks:", child_events)
print("child reseeded:", float(child_random) != random.random())
