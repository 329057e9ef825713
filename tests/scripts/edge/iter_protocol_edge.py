l = [1, 2, 3]
it = iter(l)
print(next(it)); l.append(4); print(list(it))
d = {"a": 1}
it = iter(d.items()); print(next(it))
r = reversed([1, 2, 3]); print(next(r), list(r), list(r))
z = zip([1, 2], [3, 4]); print(list(z), list(z))
m = map(str, range(3)); print("1" in m, list(m))
e = enumerate("ab"); print(iter(e) is e, list(e))
s = "abc"; i1, i2 = iter(s), iter(s); next(i1); print(next(i1), next(i2))
print(list(iter(range(3))), sorted(iter({3, 1, 2})), tuple(x for x in range(3)), dict((i, i) for i in range(2)))
def gen():
    yield from [1, 2]
    yield from (3, 4)
    yield from "5"
print(list(gen()), 3 in gen(), list(enumerate(gen(), 1))[-1])
a, b, *c = gen(); print(a, b, c)
