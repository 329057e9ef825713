class A:
    def who(self): return "A"
class B(A):
    def who(self):
        def inner(): return super().who()
        try:
            return inner()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
    def cls(self): return __class__.__name__
print(B().who(), B().cls())
class C(A):
    def who(self): return "C" + super(C, self).who()
    @classmethod
    def make(cls): return super().__new__(cls).who()
    @staticmethod
    def st():
        try:
            return super().who()
        except RuntimeError as e:
            return f"{type(e).__name__}: {e}"
print(C().who(), C.make(), C.st())
class X: pass
class Y: pass
o = X(); o.__class__ = Y; print(type(o).__name__, isinstance(o, Y))
try:
    super(B, A()).who()
except TypeError as e:
    print(type(e).__name__, e)
