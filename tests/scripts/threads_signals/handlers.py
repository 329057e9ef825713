# The signal module: Python handlers run in the main thread, SIG_IGN / SIG_DFL, getsignal, errors.

import signal
import threading
import time

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.SIG_DFL, signal.SIG_IGN)
print(signal.SIGINT, signal.SIGTERM, signal.SIGUSR1, signal.SIGALRM, signal.NSIG)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGUSR1))

got = []
def handler(signum, frame):
    got.append((signum, threading.current_thread().name))

old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)

# A signal sent while the main thread sleeps runs the handler; the sleep then goes on (PEP 475).
def send_later():
    time.sleep(0.05)
    signal.pthread_kill(threading.main_thread().ident, signal.SIGUSR1)
t = threading.Thread(target=send_later, name="sender")
t.start()
start = time.perf_counter()
time.sleep(0.2)
t.join()
print(got[-1], "slept fully:", time.perf_counter() - start >= 0.19)

# The handler runs in the main thread even while a worker is busy.
def busy():
    x = 0
    for i in range(300000):
        x += i
w = threading.Thread(target=busy, name="busy")
w.start()
signal.raise_signal(signal.SIGUSR1)
w.join()
print(got[-1])

# A handler that raises: the exception comes out where the main thread is.
def angry(signum, frame):
    raise RuntimeError("from handler %d" % signum)
signal.signal(signal.SIGUSR2, angry)
try:
    signal.raise_signal(signal.SIGUSR2)
except RuntimeError as e:
    print("RuntimeError:", e)

print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)  # ignored
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN, len(got))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)

# A custom SIGINT handler replaces KeyboardInterrupt.
signal.signal(signal.SIGINT, handler)
signal.raise_signal(signal.SIGINT)
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")

for bad in [(99, signal.SIG_DFL), (signal.SIGTERM, 5), (signal.SIGTERM, "x")]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    signal.signal(signal.SIGKILL, signal.SIG_IGN)
except OSError as e:
    print("OSError:", e)
def from_thread():
    try:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except ValueError as e:
        print("ValueError:", e)
t = threading.Thread(target=from_thread)
t.start()
t.join()
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")
