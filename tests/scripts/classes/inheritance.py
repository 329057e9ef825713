# Inheritance, super chains, MRO and class vs instance attributes.
class A:
    tag = "A"
    def __init__(self):
        self.trail = ["A"]
    def who(self):
        return "A.who"
    def chain(self):
        return ["A"]

class B(A):
    tag = "B"
    def __init__(self):
        super().__init__()
        self.trail.append("B")
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def __init__(self):
        super().__init__()
        self.trail.append("C")
    def chain(self):
        return ["C"] + super().chain()
    def who(self):
        return "C.who"

class D(B, C):
    def __init__(self):
        super().__init__()
        self.trail.append("D")
    def chain(self):
        return ["D"] + super().chain()

d = D()
print(d.trail)
print(d.chain())
print(d.who(), d.tag, D.tag, C.tag)
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B, A.__base__ is object, object.__base__)
print(isinstance(d, A), isinstance(d, C), issubclass(D, (int, C)), issubclass(A, D))

# class attributes vs instance attributes
class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items = self.items + [Counter.count]

c1 = Counter()
c2 = Counter()
print(Counter.count, c1.count, c1.items, c2.items, Counter.items)
c1.count = 100
print(c1.count, c2.count, Counter.count)
del c1.count
print(c1.count)
Counter.count = 7
print(c1.count, c2.count)
print(sorted(c1.__dict__), sorted(k for k in vars(Counter) if not k.startswith('__')))

# attribute lookup goes through the class at call time
class Late:
    pass
obj = Late()
Late.greet = lambda self: "hello from " + type(self).__name__
print(obj.greet())
Late.greet = lambda self: "changed"
print(obj.greet())
del Late.greet
print(hasattr(obj, "greet"))

# names and qualnames
class Outer:
    class Inner:
        def method(self):
            pass
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer.__module__, repr(Outer.Inner).replace(hex(id(Outer.Inner)), "ID"))
print(type(Outer), type(type), type(object), type(None).__name__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer.__qualname__)
print(Outer.__doc__, D.__dict__["__module__"])
class Doc:
    "the docstring"
print(Doc.__doc__)
