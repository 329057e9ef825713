import_ok = True
l = [5, 2, 8, 1, 9, 3]
l.sort()
l.sort(reverse=True)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
stab = sorted([(i % 10, i) for i in range(200)], key=lambda t: t[0])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
def bad(x):
    L.append(1)
    return x
L = [3, 2, 1]
try:
    L.sort(key=bad)
except ValueError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
for f in (lambda: max([]), lambda: min(), lambda: max(1, 2, default=3), lambda: max(1, 2, foo=1), lambda: min(1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
