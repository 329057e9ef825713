# The main script dies with an exception while a non-daemon thread still runs: the traceback is
# printed, the thread is still waited for (its output appears), and the exit status is 1.
import threading

def late():
    threading.main_thread().join()
    print("worker finished after the main thread")

threading.Thread(target=late).start()
print("main raises")
raise ValueError("main failed")
