# Daemon threads still running (blocked, or spinning) when the main script ends do not keep the
# program alive: it exits promptly with the main thread's status.
import threading

never = threading.Event()
started = threading.Barrier(3)

def blocked():
    started.wait()
    never.wait()
    print("never printed")

def spinning():
    started.wait()
    n = 0
    while True:
        n += 1

threading.Thread(target=blocked, daemon=True).start()
threading.Thread(target=spinning, daemon=True, name="spinner").start()
started.wait()
print("daemons running:", sorted(t.name for t in threading.enumerate() if t.daemon))
print("main ends")
