class OnlyIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in OnlyIter(), 5 in OnlyIter(), list(OnlyIter()), sorted(OnlyIter(), reverse=True))
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): print("eq called"); return self.v == getattr(o, "v", o)
print(Eq(1) == 1, 1 == Eq(1), Eq(2) != 2, [Eq(3)].index(3) if True else 0)
print(Eq(1) in [0, 1])
class Idx:
    def __index__(self): return 2
print([10, 20, 30, 40][Idx():], "abcdef"[Idx():4], list(range(Idx())), [0] * Idx())
class RevOnly:
    def __reversed__(self): return iter("zyx")
print(list(reversed(RevOnly())))
class Ne:
    def __eq__(self, o): return True
print(Ne() != 1, Ne() == 2)
class Rich:
    def __lt__(self, o): return "truthy-string"
print(Rich() < 1, 1 > Rich(), bool(Rich() < 1))
