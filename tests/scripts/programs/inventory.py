from dataclasses import dataclass, field
@dataclass
class Item:
    name: str
    qty: int = 0
    tags: list = field(default_factory=list)
    def value(self, price): return self.qty * price
@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int
inv = [Item("bolt", 100, ["metal"]), Item("nut"), Item("gear", 3)]
print(inv[0], inv[1] == Item("nut"), inv[2].value(2.5))
print(sorted([Pt(2, 1), Pt(1, 5), Pt(1, 2)]), Pt(1, 2) == Pt(1, 2), hash(Pt(1, 2)) == hash(Pt(1, 2)))
try:
    Pt(1, 2).x = 5
except Exception as e:
    print(type(e).__name__, e)
from collections import defaultdict, namedtuple, OrderedDict, deque
by_tag = defaultdict(list)
for it in inv:
    for t in it.tags or ["untagged"]: by_tag[t].append(it.name)
print(dict(by_tag))
Rec = namedtuple("Rec", "name qty")
r = Rec("a", 1); print(r, r._replace(qty=5), r._asdict(), r[0])
dq = deque([1, 2, 3], maxlen=3); dq.append(4); dq.appendleft(0); print(dq, dq.pop())
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od))
