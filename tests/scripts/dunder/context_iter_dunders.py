class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), sum(Countdown(3)), max(Countdown(5)))
it = iter(Countdown(2)); print(next(it), next(it), next(it, "done"))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 5: pass
except TypeError as e:
    print(type(e).__name__, e)
class Timer:
    def __enter__(self): print("start"); return self
    def __exit__(self, *a): print("stop", a[0]); return False
with Timer() as t:
    print(type(t).__name__)
