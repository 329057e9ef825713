a = {1, 2, 3}
b = {3, 4}
c = a.copy()
c.update([7], (8,))
c.difference_update({1})
c.intersection_update({2, 3, 7, 8, 100})
c.symmetric_difference_update({2, 50})
c |= {9}
c &= {3, 9, 50, 7}
c -= {7}
c ^= {1}
f = frozenset([1, 2])
s = {1, 2}
s.remove(1)
s.discard(99)
for msg, fn in [
    ("remove", lambda: set().remove(5)),
    ("pop", lambda: set().pop()),
    ("unhashable", lambda: {[1]}),
    ("or", lambda: {1} | [2]),
    ("hash", lambda: hash({1})),
    ("args", lambda: set(1, 2)),
    ("notiter", lambda: set(5)),
]:
    try:
        fn()
    except Exception as e:
        print(msg, type(e).__name__, e)
try:
    ss = {1, 2, 3}
    for x in ss:
        ss.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
r = set()
r.add(r.__class__.__name__)
class MySet(set):
    pass
