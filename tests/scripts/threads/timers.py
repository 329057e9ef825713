# Timer: one that fires, one cancelled before it fires, args/kwargs, cancelling after it fired.
import threading

fired = []
done = threading.Event()
def hit(tag, *, extra):
    fired.append((tag, extra, threading.current_thread().name.startswith("Thread-")))
    done.set()

t = threading.Timer(0.01, hit, args=("a",), kwargs={"extra": 1})
print(t.interval, t.args, t.kwargs, t.daemon, t.finished.is_set())
t.start()
done.wait()
t.join()
print(fired, t.finished.is_set())

c = threading.Timer(60, hit, args=("never",), kwargs={"extra": 0})
c.start()
c.cancel()
c.join()
print("cancelled:", fired, c.is_alive())

t2 = threading.Timer(0, lambda: fired.append("zero"))
t2.start(); t2.join()
t2.cancel()
print(fired[-1], isinstance(t2, threading.Thread))
t3 = threading.Timer(0.5, print)
print(t3.args, t3.kwargs)

class MyTimer(threading.Timer):
    def run(self):
        fired.append("subclass")
m = MyTimer(100, None)
m.start(); m.join()
print(fired[-1])
