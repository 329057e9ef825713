# The abc module: abstract methods block instantiation, abstract properties, register().
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Full(Sq):
    def perimeter(self): return 4 * self.s
for c in (Shape, Sq):
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
f = Full(3)
print(f.describe(), f.perimeter(), isinstance(f, Shape), sorted(Shape.__abstractmethods__), Full.__abstractmethods__)
print(type(Shape), type(ABC), ABC.__module__, ABCMeta)
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
try:
    P()
except TypeError as e:
    print("TypeError:", e)
class Q(P):
    @property
    def name(self): return "q"
print(Q().name)
class Iface(metaclass=ABCMeta):
    pass
Iface.register(int)
print(isinstance(3, Iface), issubclass(int, Iface), isinstance("s", Iface), issubclass(bool, Iface))
class One(ABC):
    @abstractmethod
    def only(self): pass
try:
    One()
except TypeError as e:
    print("TypeError:", e)
