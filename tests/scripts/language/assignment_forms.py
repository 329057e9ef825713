a = b = c = [1]
print(a is b is c)
x, y = y, x = 1, 2
print(x, y)
a, b = b, a = 3, 4
print(a, b)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 9
print(i, l)
l[1:2] = [7, 8, 9]
print(l)
l[::2] = 'abc'
print(l)
t: int = 5
u: list
print(t, 'u' in dir())
print(__annotations__)
(p), [q] = 1, [2]
print(p, q)
