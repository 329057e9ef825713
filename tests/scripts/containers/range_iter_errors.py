r = range(0, 20, 3)
for msg, fn in [
    ("zero step", lambda: range(1, 2, 0)),
    ("float", lambda: range(1.5)),
    ("index", lambda: range(5).index(7)),
    ("getitem", lambda: range(3)[3]),
    ("noargs", lambda: range()),
]:
    try:
        fn()
    except Exception as e:
        print(msg, type(e).__name__, e)
s = slice(1, 5, 2)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
count = [0]
def tick():
    count[0] += 1
    return count[0]
e = enumerate("xy")
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
