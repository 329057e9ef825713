d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
d["d"] = 4
for key, val in d.items():
    print(key, val, end="; ")
try:
    for x in d.keys():
        del d[x]
except RuntimeError as e:
    print(type(e).__name__, e)
e = {}
