d = {"a": 1, "b": 2}
d["c"] = 3
del d["b"]
d["b"] = 4
d.update({"k": 1}, m=2)
d.update([("p", 1), ("q", 2)])
e = d.copy()
e.clear()
f = {1: 1}
f |= {2: 2}
f |= [(3, 3)]
r = {}
r["self"] = r
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
for msg, fn in [
    ("missing", lambda: {}["nope"]),
    ("missing tuple", lambda: {}[(1, 2)]),
    ("pop", lambda: {}.pop("k")),
    ("popitem", lambda: {}.popitem()),
    ("unhashable", lambda: {[1]: 2}),
    ("seq", lambda: dict([1])),
    ("seqlen", lambda: dict([(1, 2, 3)])),
    ("args", lambda: dict(1, 2)),
    ("or", lambda: {} | [1]),
    ("hash", lambda: hash({})),
]:
    try:
        fn()
    except Exception as ex:
        print(msg, type(ex).__name__, ex)
try:
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k + 10] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
for i in range(0, 100, 2):
    big[i] = -i
keys = {str(i): i for i in range(50)}
