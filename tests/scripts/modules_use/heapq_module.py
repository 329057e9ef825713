# heapq: push/pop order, heapify, replace/pushpop, nsmallest/nlargest (with keys, stable), merge.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 1, 0, 6]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(len(data))], h)

h = list(data)
heapq.heapify(h)
print(all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h)))
print(heapq.heapreplace(h, 4), heapq.heappushpop(h, -1), heapq.heappushpop(h, 100), len(h))
print(sorted(h) == [heapq.heappop(h) for _ in range(len(h))])
print(heapq.heappushpop([], 3))

for bad in (lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify("abc"),
            lambda: heapq.heappush([1], "x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

words = "the quick brown fox jumps over the lazy dog".split()
print(heapq.nsmallest(3, words), heapq.nlargest(3, words))
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(0, words), heapq.nlargest(-1, words), heapq.nsmallest(1, []), heapq.nlargest(1, iter(data)))
print(heapq.nsmallest(20, data), heapq.nlargest(3, iter(data)), heapq.nsmallest(3, iter(data), key=lambda v: -v))
print(heapq.nlargest(2, [(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge(["a", "bb"], ["c", "ddd"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
print(list(heapq.merge([(1, "x")], [(1, "y")], key=lambda t: t[0])))

class Task:
    def __init__(self, pri, name):
        self.pri, self.name = pri, name
    def __lt__(self, other):
        return self.pri < other.pri
tasks = [Task(3, "c"), Task(1, "a"), Task(2, "b")]
heapq.heapify(tasks)
print([heapq.heappop(tasks).name for _ in range(3)])
print(heapq.__all__)
for bad in (lambda: heapq.heappop(None), lambda: heapq.heapreplace({}, 1), lambda: heapq.heappushpop(5, 1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
