# Many threads: 200 at once contending for one lock, and 500 short-lived ones in a row.
import threading

lock = threading.Lock()
count = 0
start = threading.Event()

def add():
    global count
    start.wait()
    for _ in range(100):
        with lock:
            count += 1

ts = [threading.Thread(target=add) for _ in range(200)]
for t in ts:
    t.start()
print("alive before go:", threading.active_count())
start.set()
for t in ts:
    t.join()
print("count:", count, "alive after:", threading.active_count())

results = []
for i in range(500):
    t = threading.Thread(target=results.append, args=(i,))
    t.start()
    t.join()
print(len(results), results == list(range(500)), threading.active_count())
names = {threading.Thread().name.split("-")[0] for _ in range(3)}
print(names)
