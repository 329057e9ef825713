# _thread.interrupt_main() raises KeyboardInterrupt in the main thread at its next check: in a
# busy loop, or between short sleeps and timed waits (a simulated signal does not cut a wait short).
import _thread
import threading
import time

def interrupt_soon(ready):
    ready.wait()
    _thread.interrupt_main()

def run(label, blocking_call):
    ready = threading.Event()
    t = threading.Thread(target=interrupt_soon, args=(ready,))
    t.start()
    try:
        ready.set()
        blocking_call()
        print(label, "not interrupted")
    except KeyboardInterrupt as e:
        print(label, "KeyboardInterrupt", repr(e))
    t.join()

def busy():
    n = 0
    while True:
        n += 1

def short_sleeps():
    while True:
        time.sleep(0.005)

never = threading.Event()
def timed_waits():
    while not never.wait(0.005):
        pass

lock = threading.Lock()
lock.acquire()
def timed_acquires():
    while not lock.acquire(timeout=0.005):
        pass

run("busy loop:", busy)
run("short sleeps:", short_sleeps)
run("timed event waits:", timed_waits)
run("timed lock acquires:", timed_acquires)

# The interrupt is handled by the main thread only: a worker spinning meanwhile is not affected.
stop = threading.Event()
spins = []
def worker():
    n = 0
    while not stop.is_set():
        n += 1
    spins.append("worker finished normally")
w = threading.Thread(target=worker)
w.start()
run("with a worker:", busy)
stop.set()
w.join()
print(spins)
print("main thread survived:", threading.current_thread().name)
