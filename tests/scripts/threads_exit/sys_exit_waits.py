# sys.exit(3) in the main thread still waits for non-daemon threads; the status is kept.
import sys
import threading

def late(n):
    threading.main_thread().join()
    print("worker", n, "done")

t = threading.Thread(target=late, args=(1,))
t.start()
print("exiting with 3")
sys.exit(3)
