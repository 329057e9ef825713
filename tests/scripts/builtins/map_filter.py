print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, "ab", "xyz")))
print(list(filter(None, [0, 1, '', 'a', None, []])), list(filter(lambda x: x > 1, range(4))))
m = map(int, "123"); print(next(m), list(m))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map()
except TypeError as e:
    print(type(e).__name__, e)
