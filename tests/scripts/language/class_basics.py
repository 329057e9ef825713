class Animal:
    kind = "animal"
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
a, d = Animal("generic"), Dog("rex")
print(a.speak(), d.speak(), sep=" | ")
print(a, d, [d], Animal.count, d.kind, Animal.kind)
print(isinstance(d, Animal), issubclass(Dog, Animal), Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, Dog.__bases__)
d.kind = "own"
print(d.kind, Dog.kind)
class A:
    def m(self): return "A"
class B(A):
    def m(self): return "B" + super().m()
class C(A):
    def m(self): return "C" + super().m()
class D(B, C):
    def m(self): return "D" + super().m()
print(D().m(), [k.__name__ for k in D.__mro__])
