d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 1 in v, ("a", 1) in i, ("a", 2) in i, list(reversed(k)), list(reversed(i)))
d["d"] = 4
print(k, list(v))
print(k & {"a", "x"}, k | {"z"}, k - {"a"}, k ^ {"a", "q"})
print(sorted(i & {("a", 1), ("b", 5)}))
print(k == {"a", "b", "c", "d"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"}, k.isdisjoint({"x"}), k.isdisjoint(["a"]))
print({"a", "b"} & k, ["a"] and k)
print(list(zip(d.keys(), d.values())))
for key, val in d.items():
    print(key, val, end="; ")
print()
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(i)).__name__)
print(dict(i), list(d.items())[0])
e = {}
print(e.keys(), e.values(), e.items())
print(set({"x": 1, "y": 2, "z": 3}), set({"x": 1, "y": 2, "z": 3}.keys()))
