class PQ:
    def __init__(self): self.h = []
    def push(self, pri, item):
        self.h.append((pri, item)); i = len(self.h) - 1
        while i and self.h[(i - 1) // 2] > self.h[i]:
            p = (i - 1) // 2; self.h[p], self.h[i] = self.h[i], self.h[p]; i = p
    def pop(self):
        if not self.h: raise IndexError("pop from empty PQ")
        top = self.h[0]; last = self.h.pop()
        if self.h:
            self.h[0] = last; i = 0; n = len(self.h)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and self.h[l] < self.h[m]: m = l
                if r < n and self.h[r] < self.h[m]: m = r
                if m == i: break
                self.h[m], self.h[i] = self.h[i], self.h[m]; i = m
        return top
    def __len__(self): return len(self.h)
    def __bool__(self): return bool(self.h)
import random
random.seed(7)
q = PQ()
vals = [random.randint(0, 100) for _ in range(15)]
for v in vals: q.push(v, f"task{v}")
out = []
while q: out.append(q.pop()[0])
print(out == sorted(vals), out)
try:
    q.pop()
except IndexError as e:
    print(type(e).__name__, e)
def dijkstra(graph, start):
    dist = {start: 0}; pq = PQ(); pq.push(0, start); done = set()
    while pq:
        d, u = pq.pop()
        if u in done: continue
        done.add(u)
        for v, w in graph.get(u, []):
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w; pq.push(d + w, v)
    return dist
g = {"a": [("b", 4), ("c", 1)], "c": [("b", 2), ("d", 7)], "b": [("d", 1)]}
print(sorted(dijkstra(g, "a").items()))
import heapq
h = []; [heapq.heappush(h, x) for x in [5, 1, 4]]; print([heapq.heappop(h) for _ in range(3)])
