l = [3, 1, 2]
l.append(4)
l.extend((5, 6))
l.insert(0, 0)
l.insert(-1, 9)
l.insert(100, 7)
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(9)
print(l, l.index(2), l.count(1))
l.reverse()
print(l)
print(l.copy(), l[:], l == l.copy(), l is l.copy())
l.clear()
print(l)
a = [1, 2]
a += (3, 4)
a += range(5, 7)
print(a)
a *= 2
print(a)
b = [0] * 3
print(b, [1, 2] * 0, 3 * [1], [1] + [2])
print([1, 2] < [1, 3], [1, 2] <= [1, 2], [2] > [1, 5], [] < [0], [1, 2] == [1, 2], [1] != [1])
x = [1, 2]
x.append(x)
print(x)
print(list("abc"), list(range(3)), list((1, 2)), list({"a": 1, "b": 2}), list())
d = [1, 2, 3]
print(list(reversed(d)), d[::-1])
z = [1, 2, 3]
z[1] = 20
z[-1] = 30
del z[0]
print(z)
print(2 in [1, 2], 5 in [1, 2])
nested = [[1, [2]], (3, [4])]
print(nested, repr(nested), str(nested))
print([None, True, 1.5, "s", 'q"'])
