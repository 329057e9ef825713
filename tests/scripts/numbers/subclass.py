# Subclasses of int and float keep their values and inherit the arithmetic.
class MyInt(int):
    def double(self):
        return self * 2
class MyFloat(float):
    pass
a = MyInt(21)
print(a, a.double(), a + 1, type(a + 1).__name__, type(a).__name__, isinstance(a, int), a == 21, hash(a) == hash(21))
b = MyInt("ff", 16)
print(b, MyInt(2**80), MyInt(), -MyInt(5), abs(MyInt(-5)), type(abs(MyInt(-5))).__name__, int(MyInt(7)), type(int(MyInt(7))).__name__)
f = MyFloat(1.5)
print(f, f * 2, type(f * 2).__name__, type(f).__name__, isinstance(f, float), MyFloat("2.5"), f == 1.5, float(f), round(f))
print({MyInt(1): "one"}[1], [1, 2, 3][MyInt(1)], 10 // MyInt(3), MyInt(10) % 3, divmod(MyInt(7), 2))
class Named(int):
    def __repr__(self):
        return "Named(%d)" % int(self)
print(repr(Named(3)), str(Named(3)), Named(3) + 1)
