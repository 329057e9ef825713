d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" in d)
del d["b"]
print(d)
d["b"] = 4
print(d, list(d))
print(d.pop("a"), d.pop("zz", None), d)
print(d.setdefault("x", []), d.setdefault("c", 99), d)
print(d.popitem(), d)
d.update({"k": 1}, m=2)
d.update([("p", 1), ("q", 2)])
print(d)
print(dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({"x": 1}, y=2), dict(), dict(zip("ab", range(2))))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
e = d.copy()
e.clear()
print(e, d == d.copy(), {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == {})
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "c"})
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
print(f)
r = {}
r["self"] = r
print(r)
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zz"], type(c).__name__)
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 100, 2):
    big[i] = -i
print(len(big), list(big)[:5], list(big)[-5:], big[999], big.get(998), sum(big.values()))
keys = {str(i): i for i in range(50)}
print(list(keys)[:10], keys["42"])
print({1: 1, True: 2, 1.0: 3})
print({(1, 2): "t", None: "n", 2.5: "f", "s": "s"})
print(dict(sorted({"b": 1, "a": 2}.items())))
