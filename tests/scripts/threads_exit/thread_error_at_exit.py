# A non-daemon thread that fails after the main script ended: its report appears on stderr and
# the exit status stays 0.
import threading

def fail_late():
    threading.main_thread().join()
    raise LookupError("after main")

threading.Thread(target=fail_late, name="late").start()
print("main done")
