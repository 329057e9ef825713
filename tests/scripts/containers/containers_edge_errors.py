# Error paths: exceptions from user code inside container operations leave containers usable.
class Bad:
    def __eq__(self, other):
        raise ValueError("eq boom")
    def __hash__(self):
        return 1
    def __lt__(self, other):
        raise TypeError("lt boom")
l = [3, Bad(), 1]
try:
    l.sort()
except TypeError as e:
    print("sort", e, len(l))
try:
    Bad() in [1, 2]
except ValueError as e:
    print("in", e)
d = {Bad(): 1}
try:
    d[Bad()]
except ValueError as e:
    print("dict", e)
try:
    {Bad(), Bad()}
except ValueError as e:
    print("set", e)
class Unhash:
    __hash__ = None
try:
    {Unhash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print(type(e).__name__, e)
def key(v):
    if v == 2:
        raise KeyError("key boom")
    return v
m = [3, 2, 1]
try:
    m.sort(key=key)
except KeyError as e:
    print("key", e, sorted(m))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(None))
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].pop("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(10)["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).append(3)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del [1][5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x = {}
    del x["q"]
except KeyError as e:
    print(type(e).__name__, e)
deep = []
for i in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print(type(e).__name__)
print({"a": 1}["b"])
