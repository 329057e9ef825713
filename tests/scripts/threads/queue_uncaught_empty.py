# An uncaught queue.Empty names its class as CPython does (_queue.Empty).
import queue

q = queue.Queue()
q.put(1)
print(q.get_nowait())
q.get_nowait()
