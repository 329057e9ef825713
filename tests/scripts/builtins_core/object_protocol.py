# object's defaults: __init__/__new__ argument checks, __eq__/__ne__, __str__ -> __repr__,
# __format__, __init_subclass__, __class__ assignment, object.__new__ safety checks.
def check(f):
    try:
        print("ok:", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plain: pass
class WithInit:
    def __init__(self, a): self.a = a
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
check(lambda: Plain(1))
check(lambda: Plain(x=1))
check(lambda: object(1))
check(lambda: WithInit(1).a)
check(lambda: WithInit())
check(lambda: WithNew(1, 2).args)
check(lambda: object.__new__(Plain).__class__.__name__)
check(lambda: object.__new__(1))
check(lambda: object.__new__(int))
check(lambda: int.__new__(list))
check(lambda: int.__new__(bool))
check(lambda: object.__init__(Plain(), 1))
check(lambda: object.__init__(WithInit(1), 1))
check(lambda: format(Plain(), "x"))
check(lambda: format(Plain(), ""))[:0] if False else None
check(lambda: Plain().__eq__(1))
check(lambda: Plain().__ne__(1))
check(lambda: object.__lt__(Plain(), Plain()))
p = Plain()
check(lambda: (p.__eq__(p), p.__ne__(p), p == p, p != p))
check(lambda: str(p) == repr(p))
check(lambda: Plain.__init_subclass__())
check(lambda: Plain.__init_subclass__(x=1))
check(lambda: type(name="x"))
check(lambda: type("x", 1, {}))
check(lambda: type("x", (), 1))
check(lambda: type(1, (), {}))
check(lambda: type("a", "b"))

class ReturnsValue:
    def __init__(self): return 5
check(lambda: ReturnsValue())

class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
check(lambda: NewReturnsOther())

# __class__ assignment between compatible heap classes
class X:
    def who(self): return "X"
class Y:
    def who(self): return "Y"
x = X()
x.__class__ = Y
check(lambda: (x.who(), type(x).__name__, isinstance(x, Y)))
check(lambda: setattr(x, "__class__", int))
check(lambda: setattr(1, "__class__", X))

# __init_subclass__ with keywords
class Registry:
    members = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.members.append((cls.__name__, key))
class R1(Registry, key="one"): pass
class R2(Registry): pass
print(Registry.members)
check(lambda: type("R3", (Registry,), {}, key="three").__name__)
print(Registry.members[-1])
try:
    class R4(Registry, bogus=1): pass
except TypeError as e:
    print("TypeError:", e)

# metaclass conflicts and bases errors
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print("TypeError:", e)
for bad in (bool, type(None), type(len)):
    try:
        class Bad(bad): pass
    except TypeError as e:
        print("TypeError:", e)
class Base1: pass
class Base2(Base1): pass
try:
    class Bad2(Base1, Base2): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad3(Base1, Base1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad4(int, str): pass
except TypeError as e:
    print("TypeError:", e)
