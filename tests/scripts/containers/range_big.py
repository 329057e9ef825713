# ranges beyond int64: CPython's arbitrary-size ranges (only len() overflows)
big = 10**20
r = range(big)
print(r, r[-1], r[0], r[big // 2], bool(r), r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
print(big - 1 in r, big in r, -1 in r, 5 in r, r.index(big - 7), r.count(3), r.count(big))
print(r[10:20], r[::-1][:3], r[big - 3:], list(r[big - 3:]), r[::big // 4])
print(list(range(big, big + 3)), list(reversed(range(big, big + 3))), type(iter(range(big, big + 3))).__name__)
print(range(-big, big, big // 2), list(range(-big, big, big // 2)), len(range(-big, big, big // 2)))
print(range(big) == range(0, big, 1), range(big, big) == range(0), range(big, big + 1) == range(big, big + 7, 3))
print(hash(range(big, big + 1)) == hash(range(big, big + 7, 3)), hash(range(big, big)) == hash(range(0)))
print(range(2**63 - 2, 2**63 + 2), list(range(2**63 - 2, 2**63 + 2)), len(range(2**63 - 2, 2**63 + 2)))
print(list(range(-2**63 - 1, -2**63 + 2)), list(range(2, -3, -2**64)), range(0, -big, -3)[5])
rr = range(-2**63, 2**63 - 1)
try:
    len(rr)
except OverflowError as e:
    print(type(e).__name__, e)
print(rr[-1], rr[2**63], (2**62) in rr)
it = iter(range(big, big + 5, 2))
print(it.__length_hint__(), next(it), it.__length_hint__())
for bad in [(1.5,), (big, 2.0), (0, big, 0)]:
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    r[big]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(range(10)[2:big], range(10)[-big:3], range(10)[::-big], range(10)[big::-1])
try:
    range(10)[::0]
except ValueError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 10**19
print(range(I()), range(5)[I():], range(0, 2**62, 2**61)[::-1])
print(sum(range(2**62, 2**62 + 10)), max(range(big, big + 3)), sorted(range(big + 2, big - 2, -1)))
print(range(True, 5), range(False), 3.0 in range(5), 3.5 in range(3), float(big) in range(big - 2, big + 1))
