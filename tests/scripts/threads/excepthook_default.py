# An exception escaping run() is reported on stderr by threading.excepthook as
# "Exception in thread NAME:" plus the traceback; the thread dies, the program goes on.
import threading

def fails(x):
    return 1 / x

t = threading.Thread(target=fails, args=(0,), name="worker")
t.start()
t.join()
print("main continues; alive:", t.is_alive())

class Custom(Exception):
    pass

def nested():
    def inner():
        raise Custom("from inner")
    inner()

t = threading.Thread(target=nested)
t.start()
t.join()

# SystemExit in a thread ends it silently.
import sys
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()

# Chained exceptions keep their context in the report.
def chained():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
t = threading.Thread(target=chained, name="chain")
t.start()
t.join()
print(threading.excepthook is threading.__excepthook__)
print("exit normally")
