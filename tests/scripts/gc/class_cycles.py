import gc

class Meta(type):
    def __del__(cls):
        print("del class", cls.__name__)

gc.collect()

# 1. A class that refers to itself through a method's __globals__ (module level, then deleted).
class Glob(metaclass=Meta):
    def who(self):
        return Glob
print(Glob().who().__name__)
del Glob
print("collected something:", gc.collect() > 0)

# 2. A class attribute holding an instance.
class Holder(metaclass=Meta):
    pass
Holder.inst = Holder()
del Holder
print("collected something:", gc.collect() > 0)

# 3. C.me = C
class Self(metaclass=Meta):
    pass
Self.me = Self
del Self
print("collected something:", gc.collect() > 0)

# 4. A class defined inside a function, then dropped.
def make():
    class Local(metaclass=Meta):
        def m(self):
            return Local
        def __del__(self):
            print("del Local instance")
    x = Local()
    Local.x = x
    return x.m().__name__
print(make())
print("collected something:", gc.collect() > 0)

# 5. Subclasses and the subclass list.
class Base(metaclass=Meta):
    pass
def sub():
    class Derived(Base):
        pass
    return len(Base.__subclasses__())
print(sub())
gc.collect()
print(len(Base.__subclasses__()))

# 6. Instances in a cycle with their class, with __slots__.
class Slotted(metaclass=Meta):
    __slots__ = ("other",)
s = Slotted()
s.other = s
del s
del Slotted
print("collected something:", gc.collect() > 0)

# 7. A class kept alive from outside survives, with its cycle intact.
class Kept(metaclass=Meta):
    pass
Kept.me = Kept
gc.collect()
print(Kept.me is Kept, Kept.__mro__[0] is Kept)
print("end")
