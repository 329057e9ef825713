import_ok = True
l = [5, 2, 8, 1, 9, 3]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3.5, 1.25, -2.0, 1e10]), sorted([3, 1.5, 2, -1]), sorted("hello"))
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
stab = sorted([(i % 10, i) for i in range(200)], key=lambda t: t[0])
print(stab[:25])
print(sorted(range(50, 0, -1))[:5], sorted([], reverse=True), sorted([1]))
def bad(x):
    L.append(1)
    return x
L = [3, 2, 1]
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
print(sorted([K(3), K(1), K(2)]))
print(sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted((2, 1)))
print(max([1, 5, 3]), min([4, 2, 8]), max(1, 5, 3), min("b", "a"), max([], default=0), max([1, 2], key=lambda x: -x))
print(max("abc"), min((5, 2), (5, 1)), max([1, 1.0]), min([1.0, 1]))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), sum([], 10), sum([1, 2], start=5))
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([2**62, 2**62, 2**62]))
print(any([0, 0, 1]), any([]), all([1, 1]), all([]), all([1, 0]), any(x > 5 for x in range(10)))
