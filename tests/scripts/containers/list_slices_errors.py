l = list(range(10))
m = l[:]
m[2:5] = ["a", "b"]
m[:0] = [9, 9]
m[len(m):] = [7]
m[::2] = range(len(m[::2]))
del m[::3]
del m[1:3]
n = [1, 2, 3, 4, 5]
n[1:4] = []
n[:] = n
q = [0, 1, 2, 3, 4, 5]
q[::-2] = "xyz"
del q[::-2]
try:
    q[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)
try:
    q[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    q[::0]
except ValueError as e:
    print(type(e).__name__, e)
r = [1, 2, 3]
r[5:] = [4]
r[-10:0] = [0]
s = list(range(20))
del s[2:18:5]
