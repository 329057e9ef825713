# An exception escaping a raw _thread function is reported (CPython's unraisable format) and the
# program goes on; SystemExit ends the thread silently.
import _thread
import sys

class Job:
    def __init__(self, exc, done):
        self.exc, self.done = exc, done
    def __repr__(self):
        return "<Job raising %s>" % type(self.exc).__name__
    def __call__(self):
        try:
            raise self.exc
        finally:
            self.done.release()

for exc in (ValueError("bad value"), SystemExit(3), KeyError("k")):
    done = _thread.allocate_lock()
    done.acquire()
    _thread.start_new_thread(Job(exc, done), ())
    done.acquire()
    # the report is printed after `finally`; wait for the thread to be gone
    while _thread._count():
        pass
    sys.stderr.flush()
    print("after", type(exc).__name__)
print("main continues")
