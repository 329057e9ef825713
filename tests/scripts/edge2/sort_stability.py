recs = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
l = list(recs); l.sort(key=lambda r: r[0]); l.sort(key=lambda r: r[1]); print(l)
class Bad:
    def __lt__(self, o): raise RuntimeError("cmp failed")
try:
    sorted([Bad(), Bad()])
except RuntimeError as e:
    print(type(e).__name__, e)
a = [3, 1, 2]
def key(v):
    return -v
a.sort(key=key); print(a)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)), sorted(set(words)), sorted(words, key=len)[:3])
print(sorted([1.5, -2, 3, 0, -0.5], key=abs), sorted("Banana", key=str.lower), sorted([[3, 1], [2], [3, 0]]))
