a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]) and False, type(id(a)).__name__)
print(hash(5), hash(-2), hash(0), hash(2**61), hash(2**61 - 1), hash(1.5), hash(-1.0), hash(True))
print(hash("abc") == hash("abc"), hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(float("inf")), hash(0.0) == hash(-0.0), hash(2.0) == hash(2))
