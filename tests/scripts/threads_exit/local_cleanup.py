# A thread's threading.local values are released when the thread ends, before join() returns.
import threading

events = []

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append(f"freed {self.name}")

data = threading.local()

def worker(n):
    data.value = Tracked(f"t{n}")
    events.append(f"set t{n}")

for n in range(3):
    t = threading.Thread(target=worker, args=(n,))
    t.start()
    t.join()
    events.append(f"joined t{n}")
print(events)
data.value = Tracked("main")
del data.value
print(events[-1])
