l = [3, 1, 2]
l.insert(0, 9); l.insert(100, 8); l.insert(-100, 7); print(l)
l.extend(range(2)); l.remove(1); print(l, l.pop(), l.pop(0), l.index(2), l.count(9))
l.sort(); print(l); l.reverse(); print(l, l.copy() == l, l.copy() is l)
l[1:3] = []; print(l); l[:0] = [5, 5]; print(l); l[len(l):] = [6]; print(l)
del l[::3]; print(l); l *= 2; print(l); l.clear(); print(l)
a = [1, 2, 3, 4, 5, 6]
print(a[::-2], a[-100:100], a[4:1], a[1:-1:2], a[::], a[slice(1, 3)])
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [].pop(3)
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[1.5]
except TypeError as e:
    print(type(e).__name__, e)
b = [[0]] * 3; b[0].append(1); print(b)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1, [2]] == [1, [2]], sorted([[2], [1, 5], [1]]))
c = [5, 3, 8]; c.sort(key=lambda x: -x); print(c, sorted(c, key=str), max(c, key=lambda x: x % 5))
