# dataclasses: generated __init__/__repr__/__eq__/order/frozen/hash, field(default_factory), __post_init__, inheritance, asdict/astuple/replace, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError
@dataclass
class Point:
    x: int
    y: int = 0
    def dist(self): return abs(self.x) + abs(self.y)
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 2), p.dist(), Point(5), Point(y=3, x=1))
print([f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(1))
print(Point.__hash__, Point.__match_args__, Point.__doc__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, sorted([v2, v1]), max(v1, v2), hash(v1) == hash(Version(1, 2)), {v1, Version(1, 2)})
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def __post_init__(self):
        self.count = len(self.items)
inv = Inventory("box", ["a", "b"])
inv2 = Inventory("empty")
inv2.items.append("x")
print(inv, inv2, Inventory("z").items, inv.count)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Child(Point):
    z: int = 5
print(Child(1, 2, 3), Child(1), fields(Child)[2].name)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
@dataclass(eq=False)
class Ident:
    a: int
print(Ident(1) == Ident(1), hash(Ident(1)) is not None)
