# Thread: target/args/kwargs, default names, repr through the life cycle, daemon flags, subclassing.
import threading

results = []

def work(a, b, *, c):
    results.append((a, b, c, threading.current_thread().name))

def show(t):
    # The ident is an OS value: replace it so the output is deterministic.
    r = repr(t)
    if t.ident is not None:
        r = r.replace(str(t.ident), "IDENT")
    return r

t = threading.Thread(target=work, args=(1, 2), kwargs={"c": 3})
print(t.name, t.ident, t.is_alive(), t.daemon)
print(show(t))
t.start()
t.join()
print(show(t), t.is_alive())
print(results)
print(type(t.ident).__name__, t.ident != threading.get_ident())
print(type(t.native_id).__name__)

t2 = threading.Thread(target=lambda: None)
print(t2.name.split(" ")[1])
t3 = threading.Thread(name="worker")
print(t3.name, show(t3))
t3.start(); t3.join()
print(show(t3))
t4 = threading.Thread(name=42)
print(repr(t4.name))
t5 = threading.Thread(target=print, daemon=True)
print(t5.name, t5.daemon, show(t5))

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i

cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])
print(show(cs[0]))

# Daemon status is inherited from the creating thread.
seen = []
def child():
    seen.append(threading.Thread().daemon)
d = threading.Thread(target=child, daemon=True)
d.start(); d.join()
n = threading.Thread(target=child)
n.start(); n.join()
print(seen)

t6 = threading.Thread()
t6.name = "renamed"
t6.daemon = True
print(t6.name, t6.daemon)
t6.name = ["a", 1]
print(repr(t6.name))

# Thread objects hash and compare by identity.
print(len({t, t2, t3}), t == t, t == t2)
