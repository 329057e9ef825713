# collections: namedtuple, defaultdict, Counter, OrderedDict, deque.
from collections import namedtuple, defaultdict, Counter, OrderedDict, deque
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, type(p).__name__, Point.__module__)
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd["a"], len(dd), isinstance(dd, dict))
di = defaultdict(int)
for w in "the cat the hat".split():
    di[w] += 1
print(sorted(di.items()), repr(defaultdict()))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements())[:5])
c.update("aaz")
print(c["a"], c["z"], Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5), Counter())
print(Counter(a=1) == Counter(a=1, b=0), -Counter(a=-2, b=3), Counter({"x": 2}) | Counter({"x": 5}))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict(a=1)
od2.move_to_end("a", last=False)
print(od2 == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), OrderedDict())
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.popleft(), d.pop(), d, len(d), d[0], d[-1], 2 in d)
d.rotate(1)
print(d, list(reversed(d)))
d.extendleft([9, 8])
print(d, d.count(9), d.index(1))
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, q.maxlen, list(q))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
big = deque()
for i in range(1000):
    big.append(i)
s = 0
while big:
    s += big.popleft()
print(s, deque([1, 2]) == deque([1, 2]), deque("ab") + deque("c"))
