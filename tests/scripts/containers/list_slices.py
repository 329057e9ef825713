l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[::2], l[1::3], l[::-1], l[8:2:-2], l[100:], l[-100:2])
m = l[:]
m[2:5] = ["a", "b"]
print(m)
m[:0] = [9, 9]
print(m)
m[len(m):] = [7]
print(m)
m[::2] = range(len(m[::2]))
print(m)
del m[::3]
print(m)
del m[1:3]
print(m)
n = [1, 2, 3, 4, 5]
n[1:4] = []
print(n)
n[:] = n
print(n)
q = [0, 1, 2, 3, 4, 5]
q[::-2] = "xyz"
print(q)
del q[::-2]
print(q)
r = [1, 2, 3]
r[5:] = [4]
r[-10:0] = [0]
print(r)
s = list(range(20))
del s[2:18:5]
print(s)
print(s[3:1], s[-1:-5:-1], s[::-3])
