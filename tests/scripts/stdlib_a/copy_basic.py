import copy

# Shallow copies of containers are new objects holding the same items.
inner = [1, 2]
for orig in ([inner, 3], {'k': inner}, {1, 2, 3}, bytearray(b'ab')):
    c = copy.copy(orig)
    print(type(c).__name__, c == orig, c is orig)
lst = [inner]
print(copy.copy(lst)[0] is inner, copy.deepcopy(lst)[0] is inner, copy.deepcopy(lst) == lst)

# Immutable values are returned as they are.
for v in (None, 1, 2.5, True, 1j, 'str', b'b', (1, 2), frozenset({1}), range(3), len, int, Ellipsis):
    print(repr(v), copy.copy(v) is v)
print(copy.deepcopy((1, 'a', (2,))) is not None)
t = (1, [2])
dt = copy.deepcopy(t)
print(dt == t, dt is t, dt[1] is t[1])
t2 = (1, (2, 'x'))
print(copy.deepcopy(t2) is t2)


def fn():
    pass


print(copy.deepcopy(fn) is fn, copy.copy(fn) is fn)

# Self-referencing structures keep their shape.
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b is not a, b[1] is b)
d = {}
d['self'] = d
d2 = copy.deepcopy(d)
print(d2['self'] is d2)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)


# Instances with __dict__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ['t']

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.tags})"


p = Point(1, 2)
sp = copy.copy(p)
dp = copy.deepcopy(p)
print(sp, dp, sp is p, sp.tags is p.tags, dp.tags is p.tags)


# __slots__, including a slot left unset
class Slotted:
    __slots__ = ('a', 'b')


s = Slotted()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'))


# Subclasses of built-in containers keep their type, items and attributes.
class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, [2]])
ml.note = 'n'
mlc = copy.deepcopy(ml)
print(type(mlc).__name__, mlc, mlc.note, mlc[1] is ml[1])
md = MyDict(a=[1])
mdc = copy.copy(md)
print(type(mdc).__name__, mdc, mdc['a'] is md['a'])


# __copy__ and __deepcopy__ hooks
class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo))


h = Hooked([1])
print(copy.copy(h).v is h.v, copy.deepcopy(h).v is h.v)


# __getstate__ / __setstate__
class Stateful:
    def __init__(self):
        self.data = 1
        self.cache = 'expensive'

    def __getstate__(self):
        return {'data': self.data}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.cache = None


st = copy.deepcopy(Stateful())
print(st.data, st.cache)


# __reduce__
class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a, self.b))


r = copy.deepcopy(Reduced(1, [2]))
print(type(r).__name__, r.a, r.b)


# A bound method's copy is bound to a copy of its object.
class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self.n


ctr = Counter()
m = copy.deepcopy(ctr.inc)
print(m(), m(), ctr.n)

# memo
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] is y[0])

# errors
print(copy.Error is copy.error, issubclass(copy.Error, Exception))


class NoReduce:
    def __reduce_ex__(self, proto):
        raise TypeError("nope")


for fn_ in (copy.copy, copy.deepcopy):
    try:
        fn_(NoReduce())
    except TypeError as e:
        print("TypeError", e)


class Uncopyable:
    __reduce_ex__ = None
    __reduce__ = None


for fn_ in (copy.copy, copy.deepcopy):
    try:
        fn_(Uncopyable())
    except copy.Error as e:
        print("Error", e)
