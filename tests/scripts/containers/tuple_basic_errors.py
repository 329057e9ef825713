t = (1, 2, 3)
a, b, c = t
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
class P(tuple):
    def total(self):
        return sum(self)
p = P([1, 2, 3])
