# minipy-args: -X gil-stats
# minipy-stderr: regex
# -X gil-stats prints the summary table to stderr at exit: one row per thread, in start order.
import threading
import time


def work():
    for i in range(3):
        time.sleep(0.002)


for name in ("first", "second"):
    t = threading.Thread(target=work, name=name)
    t.start()
    t.join()
print("done")
