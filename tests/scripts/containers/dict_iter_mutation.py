d = {1: 1}
try:
    for k in d:
        del d[k]
        d[2] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(10)}
while d:
    print(d.popitem(), end=" ")
print()
d = {1: 1, 2: 2, 3: 3}
del d[3]
d[4] = 4
print(d.popitem(), d)
del d[2]
print(d.popitem(), d)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 0
print(d)
