# A realistic mix: __init_subclass__ registry, sorting by __lt__, containers, __slots__, properties, @, with, generators, metaclass dunders.
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    def __lt__(self, other):
        return self.area() < other.area()
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
shapes = [Rect(2, 3), Square(2), Circle(1)]
print(sorted(shapes))
print(sorted(Shape.registry))
print(max(shapes), min(shapes, key=lambda s: s.area()))
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
    def __bool__(self): return bool(self._items)
    def __contains__(self, x): return x in self._items
s = Stack().push(1).push(2).push(3)
print(len(s), list(s), 2 in s, bool(s), bool(Stack()))
while s:
    print(s.pop(), end=" ")
print()
try:
    s.pop()
except IndexError as e:
    print(repr(e))
class Money:
    __slots__ = ("cents",)
    def __init__(self, cents): self.cents = cents
    def __add__(self, o):
        if not isinstance(o, Money): return NotImplemented
        return Money(self.cents + o.cents)
    __radd__ = lambda self, o: self if o == 0 else NotImplemented
    def __eq__(self, o): return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self): return hash(self.cents)
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec): return format(str(self), spec)
total = sum([Money(150), Money(275)])
print(total, f"[{total:>10}]", Money(1) == Money(1), len({Money(1), Money(1)}))
class Temperature:
    def __init__(self, c=0.0): self.celsius = c
    @property
    def fahrenheit(self): return self.celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f): self.celsius = (f - 32) * 5 / 9
t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t.celsius)
class Matrix:
    def __init__(self, rows): self.rows = rows
    def __matmul__(self, o):
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __repr__(self): return f"Matrix({self.rows})"
m = Matrix([[1, 2], [3, 4]])
print(m @ m, (m @ m)[1, 0])
class Ctx:
    def __init__(self, name): self.name = name
    def __enter__(self): print("enter", self.name); return self
    def __exit__(self, *exc): print("exit", self.name, exc[0].__name__ if exc[0] else None); return False
try:
    with Ctx("a") as a, Ctx("b"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
class Node:
    def __init__(self, val, *children): self.val, self.children = val, list(children)
    def __iter__(self):
        yield self.val
        for c in self.children:
            yield from c
tree = Node(1, Node(2, Node(4)), Node(3))
print(list(tree), sum(tree))
class Meta(type):
    def __repr__(cls): return f"<Meta {cls.__name__}>"
    def __len__(cls): return 42
class WithMeta(metaclass=Meta): pass
print(WithMeta, len(WithMeta), type(WithMeta).__name__)
