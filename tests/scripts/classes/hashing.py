# __eq__ / __hash__ rules.
class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])

class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and o.k == self.k
    def __hash__(self): return hash(self.k)
s = {EqHash(1), EqHash(1), EqHash(2)}
print(len(s), EqHash(1) in s, hash(EqHash(5)) == hash(5))

class Sub(EqHash):
    pass
print(hash(Sub(3)) == hash(3))

class SubEq(EqHash):
    def __eq__(self, o): return False
try:
    hash(SubEq(1))
except TypeError as e:
    print("TypeError:", e)

class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)

class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
for v in ([], {}, set(), bytearray()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash(()) == hash(()), hash(None) == hash(None), hash(int) == hash(int))
print(list.__hash__, dict.__hash__, type(object.__hash__).__name__)
