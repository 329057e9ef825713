l = [3, 1, 2]
l.append(4)
l.extend((5, 6))
l.insert(0, 0)
l.insert(-1, 9)
l.insert(100, 7)
l.remove(9)
l.reverse()
l.clear()
a = [1, 2]
a += (3, 4)
a += range(5, 7)
a *= 2
b = [0] * 3
x = [1, 2]
x.append(x)
d = [1, 2, 3]
for msg, f in [
    ("pop empty", lambda: [].pop()),
    ("pop range", lambda: [1].pop(5)),
    ("remove", lambda: [1].remove(2)),
    ("index", lambda: [1].index(3)),
    ("index str", lambda: ["a"].index("b")),
    ("getitem", lambda: [1][1]),
    ("concat", lambda: [1] + (2,)),
    ("mul", lambda: [1] * 1.0),
    ("indices", lambda: [1][str("x")]),
    ("hash", lambda: hash([])),
    ("args", lambda: list(1, 2)),
]:
    try:
        f()
    except Exception as e:
        print(msg, type(e).__name__, e)
try:
    y = [1]
    y[3] = 0
except IndexError as e:
    print(type(e).__name__, e)
z = [1, 2, 3]
z[1] = 20
z[-1] = 30
del z[0]
nested = [[1, [2]], (3, [4])]
