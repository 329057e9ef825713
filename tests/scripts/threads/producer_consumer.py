# Producer/consumer through queue.Queue: bounded buffer, sentinels, task_done/join.
import threading
import queue

q = queue.Queue(maxsize=3)
results = []
results_lock = threading.Lock()
DONE = object()

def producer(start, count):
    for i in range(start, start + count):
        q.put(i)

def consumer():
    while True:
        item = q.get()
        if item is DONE:
            q.task_done()
            return
        with results_lock:
            results.append(item * item)
        q.task_done()

consumers = [threading.Thread(target=consumer, name=f"consumer-{i}") for i in range(3)]
producers = [threading.Thread(target=producer, args=(k * 100, 50)) for k in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()
print("all produced items consumed:", len(results), sum(results))
for _ in consumers:
    q.put(DONE)
for t in consumers:
    t.join()
print("queue empty:", q.empty(), q.qsize(), q.full())
print(sorted(results)[:5], sorted(results)[-3:])

# A pipeline of stages, each a thread, connected by queues.
def stage(fn, inq, outq):
    while True:
        x = inq.get()
        if x is None:
            outq.put(None)
            return
        outq.put(fn(x))

q1, q2, q3 = queue.Queue(), queue.Queue(), queue.Queue()
stages = [threading.Thread(target=stage, args=(lambda x: x + 1, q1, q2)),
          threading.Thread(target=stage, args=(lambda x: x * 10, q2, q3))]
for s in stages:
    s.start()
for i in range(5):
    q1.put(i)
q1.put(None)
out = []
while (x := q3.get()) is not None:
    out.append(x)
for s in stages:
    s.join()
print("pipeline:", out)
