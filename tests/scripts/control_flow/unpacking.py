# Assignment forms: unpacking, starred targets, chained and augmented assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = "xyz"
print(a, b, c)
a, b, c = c, a, b
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(4)
print(init, last)
p, *mid, q = 1, 2
print(p, mid, q)
(x, y), z = (1, 2), 3
print(x, y, z)
[m, [n, o]] = [1, [2, 3]]
print(m, n, o)
i = j = k = 0
print(i, j, k)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 1, 5
print(idx, lst)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)

for bad in [(1, 2, 3), (1,)]:
    try:
        u, w = bad
    except ValueError as e:
        print(type(e).__name__, e)
try:
    h, *t2, g = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)

class Obj:
    pass
calls = []
def get(o):
    calls.append("get")
    return o
o = Obj()
o.n = 1
get(o).n += 5
print(o.n, calls)
arr = [1, 2]
def key():
    calls.append("key")
    return 1
arr[key()] *= 10
print(arr, calls)
s = "a"
s += "b"
s *= 2
print(s)
n = 7
n //= 2; n **= 2; n -= 1; n %= 5; n <<= 3; n >>= 1; n |= 1; n &= 13; n ^= 6
print(n)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 1
print(d)
del d["k"], arr[0]
print(d, arr)
del (o.n)
print(hasattr(o, "n"))
