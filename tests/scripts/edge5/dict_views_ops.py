d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(sorted(k | {"z"}), sorted(k & ["a", "q"]), sorted(k ^ {"a", "q"}), sorted(k - {"b"}), k >= {"a"}, k.isdisjoint({"x"}))
print(sorted(it & {("a", 1), ("b", 9)}), ("c", 3) in it, 3 in v, len(v), list(reversed(k)), list(reversed(v)))
print(repr(k), repr(v), repr(it), type(k).__name__, type(v).__name__, type(it).__name__)
del d["b"]
print(list(k), list(v), list(it), k == {"a", "c"}, v == v)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
e = {}; print(list(e.keys()), e.keys() == set(), {1: 2}.items() == {(1, 2)})
