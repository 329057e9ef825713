# _thread.interrupt_main from another thread raises KeyboardInterrupt in the main thread at its
# next check (CPython does not wake a blocked main thread for it: no real signal is sent).
import _thread, time

def interrupter(delay):
    time.sleep(delay)
    _thread.interrupt_main()

_thread.start_new_thread(interrupter, (0.05,))
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in loop", n > 0)

_thread.start_new_thread(interrupter, (0.01,))
try:
    time.sleep(0.3)
    print("slept")
    while True:
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt after sleep")
