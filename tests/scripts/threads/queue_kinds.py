# queue: FIFO, LIFO and priority order; Empty/Full with block=False and timeouts; maxsize;
# task_done/join; SimpleQueue; the error messages.
import queue
import threading

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    for x in (5, 1, 4, 2, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), [q.get() for _ in range(5)], q.empty(), q.maxsize)

pq = queue.PriorityQueue()
for item in [(2, "write"), (1, "read"), (3, "close"), (1, "open")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])

q = queue.Queue(maxsize=2)
q.put_nowait("a")
q.put("b", block=False)
print(q.full(), q.qsize())
try:
    q.put_nowait("c")
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put("c", True, -1)
except ValueError as e:
    print("ValueError", e)
print(q.get(), q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError", e)
try:
    q.get(block=False, timeout=-1)
except queue.Empty:
    print("non-blocking get ignores the timeout")

# task_done / join
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
for i in range(3):
    q.put(i)
print("unfinished:", q.unfinished_tasks)
done = []
def worker():
    while True:
        item = q.get()
        done.append(item)
        q.task_done()
        if item == 2:
            return
t = threading.Thread(target=worker)
t.start()
q.join()
t.join()
print("joined:", done, q.unfinished_tasks)

# A blocked put is released by a get in another thread.
q = queue.Queue(1)
q.put("first")
order = []
def putter():
    q.put("second")
    order.append("put returned")
t = threading.Thread(target=putter)
t.start()
order.append(q.get())
t.join()
order.append(q.get())
print(order)

# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(False), sq.empty())
try:
    sq.get_nowait()
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty after timeout")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
got = []
t = threading.Thread(target=lambda: got.append(sq.get(timeout=30)))
t.start()
sq.put("hello")
t.join()
print(got)

print(queue.Empty.__name__, queue.Full.__name__, issubclass(queue.Empty, Exception))
print(queue.Queue[int], queue.SimpleQueue[str])
print(sorted(queue.__all__))

class Deduplicating(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)
    def _get(self):
        return self.queue.pop(0)
d = Deduplicating()
for x in "abcab":
    d.put(x)
print(d.qsize(), d.get(), d.unfinished_tasks)
try:
    sq.get(False, -1)
except queue.Empty:
    print("non-blocking SimpleQueue get ignores the timeout")
