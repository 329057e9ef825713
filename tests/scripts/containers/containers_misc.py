# Mixed container behaviour: nesting, identity, aliasing, comprehensions, unpacking.
a = [1, 2, 3]
b = a
b += [4]
print(a is b, a)
c = a
c = c + [5]
print(a is c, a, c)
t = (1, [2, 3])
t[1].append(4)
print(t)
m = [[0] * 3 for _ in range(3)]
m[0][0] = 1
print(m)
first, *rest = [1, 2, 3, 4]
*init, last = (1, 2, 3)
print(first, rest, init, last)
x, (y, z) = 1, (2, 3)
print(x, y, z)
print([i * i for i in range(10) if i % 2], {k: v for k, v in zip("abc", range(3))}, {i % 3 for i in range(10)})
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
d = {}
d.setdefault("a", []).append(1)
d.setdefault("a", []).append(2)
print(d)
print(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1]))
print(max({"a": 3, "b": 5}, key={"a": 3, "b": 5}.get), min([(2, "x"), (1, "y")]))
print(list(enumerate(zip("ab", "cd"), 1)))
print([*range(3), *"ab"], (*[1, 2],), {**{"a": 1}, "b": 2}, {*[1, 2], 3})
print(dict(a=[1, 2], b=(3,)), list(reversed(sorted(range(5)))))
e = [3, 1, 2]
print(sorted(e), e, e.sort(), e)
nested = {"k": [1, {"z": (1, 2)}], "s": {1}}
print(nested, len(nested["k"]))
print([] == [], [] is [], () == (), [1, [2]] == [1, [2]], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1} == {1})
print(list(range(10))[::3], tuple(range(10))[::-4], "abc"[::-1])
lst = list(range(5))
for i, v in enumerate(lst):
    lst[i] = v * 10
print(lst)
print(sum([[1], [2], [3]], []), sum(((1,), (2,)), ()))
print(sorted(["b", "A", "a", "B"]), sorted([True, False, 0, 1]), sorted([-1, -1.5, 2]))
s = "the quick brown fox"
counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(list(filter(str.isupper, "aBcD")), list(map(len, ["a", "bb"])), any(map(bool, [0, 0])))
words = "apple banana cherry apple banana apple".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, max(freq, key=freq.get), sorted(freq, key=freq.get, reverse=True))
print(len(set(words)), sorted(set(words)), set(words) == {"apple", "banana", "cherry"})
print([list(g) for g in [range(2), range(3)]], list(iter([1, 2, 3])), tuple(iter((4, 5))))
class Box:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "Box(%r)" % (self.v,)
print({Box(1), Box(1), Box(2)} == {Box(2), Box(1)}, Box(1) in [Box(1)], [Box(3)].index(Box(3)), {Box(1): "one"}[Box(1)])
print(list({Box(5): 1, Box(6): 2}), [Box(1), Box(2)].count(Box(2)))
class Deck:
    def __init__(self):
        self.cards = list(range(5))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
print(list(reversed(Deck())), len(Deck()), 3 in Deck(), sorted(Deck(), reverse=True))
