print(range(5), range(1, 5), range(0, 10, 2), range(5, 0, -1))
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -2)), list(range(0)), list(range(5, 1)))
r = range(0, 20, 3)
print(len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[100:], 9 in r, 10 in r, r.index(9), r.count(9))
print(r.start, r.stop, r.step, range(3) == range(0, 3), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 9))
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), 3.0 in range(5))
s = slice(1, 5, 2)
print(s, slice(3), slice(None, None, -1), s.start, s.stop, s.step, s.indices(10), slice(-3, None).indices(5))
print(slice(1, 2) == slice(1, 2), "abcdef"[slice(1, None, 2)])
print(list(enumerate("abc")), list(enumerate("ab", start=5)), list(enumerate([], 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip(range(3), range(3), range(3))))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])))
print(list(filter(None, [0, 1, "", "a", None])), list(filter(lambda x: x % 2, range(10))))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), list(iter(Seq())), 20 in Seq())
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__, type(iter({1})).__name__, type(reversed([])).__name__)
e = enumerate("xy")
print(iter(e) is e, next(e), list(e))
print(len([1, 2]), len("abc"), len({1: 2}), len(range(10)), len(set()))
print(sum(x for x in range(10)), list(range(-5, 5, 3)), range(10)[-3:])
print(dict(enumerate("ab")), tuple(map(str, range(3))))
