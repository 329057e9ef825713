# threading.local: per-thread attributes, subclasses with __init__ arguments run once per thread.
import threading

data = threading.local()
data.x = "main"
out = []
lock = threading.Lock()

def worker(i):
    try:
        data.x
    except AttributeError as e:
        msg = str(e)
    data.x = i
    data.y = i * 2
    go.wait()
    with lock:
        out.append((i, data.x, data.y, msg))

go = threading.Event()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print(sorted(out))
print(data.x, hasattr(data, "y"))
print(sorted(data.__dict__.items()))

class Config(threading.local):
    initialized = 0
    def __init__(self, level, *, tag="t"):
        self.level = level
        self.tag = tag
        Config.initialized += 1
    def describe(self):
        return f"{self.tag}:{self.level}"
    @property
    def double(self):
        return self.level * 2

cfg = Config(3, tag="cfg")
results = []
def use_cfg(n):
    before = cfg.describe()
    cfg.level = n
    results.append((before, cfg.describe(), cfg.double))
ts = [threading.Thread(target=use_cfg, args=(n,)) for n in (10, 20)]
for t in ts:
    t.start()
    t.join()
print(results, cfg.describe(), Config.initialized)

del data.x
try:
    del data.x
except AttributeError as e:
    print("AttributeError", e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
print(type(data).__name__, isinstance(cfg, threading.local))
print(type(data), threading.local)
try:
    cfg.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del cfg.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    cfg.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
