print(sorted([3, 1, 2]), sorted("bca"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
words = ["pear", "Apple", "fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'c'), (1, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed({'a': 1, 'b': 2})))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
