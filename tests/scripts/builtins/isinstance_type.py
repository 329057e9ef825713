print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("a", (int, (str,))))
print(issubclass(bool, int), issubclass(int, object), issubclass(str, (int, str)), issubclass(type, object))
print(type(1), type("a"), type([]), type(None), type(type), type(len), type(1.0).__name__)
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, A), issubclass(A, B), type(B()) is B, type(B()).__name__)
T = type("T", (A,), {"x": 5, "m": lambda self: self.x * 2})
print(T.__name__, T().m(), issubclass(T, A), T.__bases__)
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: type(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
