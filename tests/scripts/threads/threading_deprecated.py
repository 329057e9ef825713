# The pre-PEP 8 threading names still work but warn (DeprecationWarning shown for __main__ code).
import threading

t = threading.Thread(name="old")
print(t.getName(), t.isDaemon())
t.setName("older")
t.setDaemon(True)
print(t.name, t.daemon)
print(threading.currentThread().name, threading.activeCount())
e = threading.Event()
print(e.isSet())
c = threading.Condition()
with c:
    c.notifyAll()
