import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

# lo / hi bounds
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 9, 1, 4))
print(bisect.bisect_right(a, 0, 3), bisect.bisect_left(a, 5, hi=2))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))

# insort
b = []
for x in (5, 1, 4, 1, 3, 9, 2, 6):
    bisect.insort(b, x)
print(b)
c = [1.0, 2.0]
bisect.insort_left(c, 2)
bisect.insort_right(c, 1)
print(c, [type(v).__name__ for v in c])

# key=
records = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]))
print(bisect.bisect_right(records, 3, key=lambda r: r[1]))
bisect.insort(records, ('e', 3), key=lambda r: r[1])
bisect.insort_left(records, ('f', 3), key=lambda r: r[1])
print(records)

# A grading table, the classic use.
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

# Sequences other than lists for search.
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right('acegi', 'e'), bisect.bisect(range(10), 4))

# errors
for call in (lambda: bisect.bisect_left(a, 1, -1),
             lambda: bisect.insort(a, 1, -2),
             lambda: bisect.bisect_right(a, 'x'),
             lambda: bisect.insort((1, 2), 3),
             lambda: bisect.bisect(None, 1),
             lambda: bisect.bisect_left([1, 2], 1, key=len)):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
