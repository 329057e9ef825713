x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x **= 3; print(x)
x %= 7; print(x)
x <<= 4; print(x)
x >>= 1; print(x)
x |= 3; print(x)
x &= 6; print(x)
x ^= 15; print(x)
x /= 4; print(x)
l = [1]
m = l
l += [2]
print(l, m, l is m)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
d = {'a': [1]}
d['a'] += [2]
d['b'] = d.get('b', 0) + 1
print(d)
class O: pass
o = O(); o.v = 1; o.v += 41; print(o.v)
s = "ab"; s *= 3; print(s)
