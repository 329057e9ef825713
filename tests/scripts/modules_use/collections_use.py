from collections import Counter, defaultdict, deque, OrderedDict, namedtuple
c = Counter("abracadabra"); print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4], sum(c.values()))
c2 = Counter(a=1, b=5); print(sorted((c + c2).items()), sorted((c - c2).items()), c2.total() if hasattr(c2, "total") else 6)
dd = defaultdict(int)
for w in "a b a c a".split(): dd[w] += 1
print(sorted(dd.items()), dd["missing"], len(dd), type(dd).__name__)
dq = deque(range(5)); dq.rotate(2); print(dq, dq.popleft(), dq[-1], len(dq)); dq.extendleft([9, 8]); print(list(dq))
Point = namedtuple("Point", ["x", "y"], defaults=[0])
p = Point(1); print(p, p.x + p.y, Point._fields, p == (1, 0), Point(*[3, 4])._asdict())
od = OrderedDict(); od["z"] = 1; od["a"] = 2; od.move_to_end("z"); print(list(od.items()), od.popitem(last=False))
