# threading's module-level functions and constants.
import threading
import _thread

print(sorted(threading.__all__))
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, threading.TIMEOUT_MAX > 1e6)
print(threading.stack_size())
print(threading.get_ident() == _thread.get_ident(), type(threading.get_native_id()).__name__)
print(threading.gettrace(), threading.getprofile())
def tracer(frame, event, arg):
    return None
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(threading.ThreadError.__name__, threading.BrokenBarrierError.__mro__[1].__name__)
print(threading.Lock().__class__.__name__, threading.RLock().__class__.__name__)
print(callable(threading.excepthook), threading.excepthook.__name__)
print(threading.main_thread().name, threading.main_thread().is_alive())
print(isinstance(threading.current_thread(), threading.Thread))
print(threading.Timer.__mro__[1].__name__, threading.local.__name__)

# Thread ids are distinct among live threads.
idents = set()
natives = set()
barrier = threading.Barrier(5)
def record():
    idents.add(threading.get_ident())
    natives.add(threading.get_native_id())
    barrier.wait()
ts = [threading.Thread(target=record) for _ in range(4)]
for t in ts:
    t.start()
barrier.wait()
for t in ts:
    t.join()
print(len(idents), len(natives), threading.get_ident() not in idents)
print(all(t.native_id in natives for t in ts))
print([t.native_id == t.ident for t in ts][:0])

# args may be any sequence, kwargs any mapping
out = []
t = threading.Thread(target=lambda *a, **k: out.append((a, k)), args=[1, 2], kwargs={"k": 3})
t.start(); t.join()
t = threading.Thread(target=lambda *a: out.append(a), args="xy")
t.start(); t.join()
print(out)
