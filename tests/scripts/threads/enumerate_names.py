# current_thread, main_thread, enumerate, active_count, and _DummyThread for threads started with
# _thread directly.
import threading
import _thread

main = threading.current_thread()
print(main.name, main is threading.main_thread(), type(main).__name__, main.daemon)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(main.ident == threading.get_ident(), main.native_id == threading.get_native_id())
r = repr(main).replace(str(main.ident), "IDENT")
print(r)

hold = threading.Event()
ready = threading.Barrier(4)
def waiting():
    ready.wait()
    hold.wait()
ts = [threading.Thread(target=waiting, name=f"w{i}") for i in range(3)]
for t in ts:
    t.start()
ready.wait()
print(threading.active_count(), sorted(t.name for t in threading.enumerate()))
hold.set()
for t in ts:
    t.join()
print(threading.active_count(), [t.name for t in threading.enumerate()])

# A thread started by _thread is a _DummyThread to threading: named Dummy-N, daemonic, alive.
info = []
done = threading.Event()
def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name.startswith("Dummy-"), me.daemon, me.is_alive(),
                 me is threading.current_thread(), me in threading.enumerate()))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(info)

names = []
def record():
    names.append(threading.current_thread().name)
t = threading.Thread(target=record)
t.start(); t.join()
print(names[0].startswith("Thread-"), names[0].endswith(" (record)"))
print(threading.current_thread() is main, threading.active_count() >= 1)
