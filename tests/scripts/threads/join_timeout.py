# join(timeout) returns when the timeout expires while the thread is still alive; is_alive tells.
import threading
import time

release = threading.Event()
t = threading.Thread(target=release.wait, name="sleeper")
t.start()
start = time.monotonic()
t.join(0.05)
waited = time.monotonic() - start
print("still alive:", t.is_alive(), "waited at least the timeout:", waited >= 0.04)
t.join(0)
t.join(-1)
print("alive after zero and negative timeouts:", t.is_alive())
r = repr(t).replace(str(t.ident), "IDENT")
print(r)
release.set()
t.join(30)
print("alive after release:", t.is_alive())
print(repr(t).replace(str(t.ident), "IDENT"))
t.join()
t.join(1)
print("joining again is fine")

# A thread that has already finished joins at once.
quick = threading.Thread(target=lambda: None)
quick.start()
quick.join()
print(quick.is_alive())
