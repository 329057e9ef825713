d = {"b": 1, "a": 2}
d["c"] = 3; d["b"] = 10; print(d, list(d), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("n", []), d.pop("n"), d.pop("zz", "dflt"))
print(d.popitem(), d, "a" in d, 2 in d.values(), ("a", 2) in d.items())
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(d | {"q": 0}, {**d, "a": 0} == (d | {"a": 0}))
d2 = dict(d); d2 |= {"a": -1}; print(d2["a"], d["a"])
k = d.keys(); d["new"] = 1; print(len(k), k & {"a", "new"} == {"a", "new"}, sorted(k - {"a"}))
try:
    for key in d: d["added" + key] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    d.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): 0}, repr({"k": {"n": [1]}}), dict.fromkeys("ab", []))
print(list(reversed({"a": 1, "b": 2}.items())), {"a": 1} == {"a": 1.0}, {"a": 1}.keys() == {"a"})
