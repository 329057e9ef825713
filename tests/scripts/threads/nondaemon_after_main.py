# Non-daemon threads still running when the main script ends are waited for at exit, and
# their output appears; each waits for the main thread to finish first.
import threading

def after_main(tag):
    threading.main_thread().join()
    print("after main:", tag, threading.main_thread().is_alive())

def worker_that_starts_another():
    threading.main_thread().join()
    t1.join()
    t = threading.Thread(target=print, args=("started during shutdown",))
    t.start()

t1 = threading.Thread(target=after_main, args=("one",))
t1.start()
t2 = threading.Thread(target=worker_that_starts_another)
t2.start()
print("main script ends; main alive:", threading.main_thread().is_alive())
