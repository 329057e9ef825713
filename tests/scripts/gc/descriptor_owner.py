# A descriptor taken out of a class keeps the class alive; the class is still collectable.
import gc

class Meta(type):
    def __del__(cls):
        print("del class", cls.__name__)

class C(metaclass=Meta):
    __slots__ = ("x",)
class D(metaclass=Meta):
    pass
d = C.__dict__["x"]
g = D.__dict__["__dict__"]
del C, D
gc.collect()
junk = [object() for i in range(100)]
print(repr(d), repr(g))
print(d.__objclass__.__name__, g.__objclass__.__name__)
obj = d.__objclass__()
d.__set__(obj, 5)
print(d.__get__(obj, type(obj)))
del obj
del d, g
print("collected:", gc.collect() > 0)
print("end")
