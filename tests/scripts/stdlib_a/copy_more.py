import copy
import threading


class MyInt(int):
    pass


n = MyInt(7)
n.unit = 'cm'
for c in (copy.copy(n), copy.deepcopy(n)):
    print(type(c).__name__, c, c.unit, c + 1)


class MyStr(str):
    pass


print(type(copy.deepcopy(MyStr('hi'))).__name__, copy.copy(MyStr('hi')))


class MySet(set):
    pass


ms = MySet([1, 2])
ms.tag = 't'
msc = copy.deepcopy(ms)
print(type(msc).__name__, sorted(msc), msc.tag)
fz = frozenset({(1, 2), (3,)})
print(sorted(copy.deepcopy(fz)), copy.deepcopy(fz) == fz)


# Private slot names are mangled; slots and __dict__ together.
class Base:
    __slots__ = ('__secret', 'shown')

    def set(self):
        self.__secret = 's'
        self.shown = 'v'

    def secret(self):
        return self.__secret


class Child(Base):
    __slots__ = ('__dict__', 'extra')


ch = Child()
ch.set()
ch.extra = [1]
ch.free = 'f'
cc = copy.deepcopy(ch)
print(cc.secret(), cc.shown, cc.extra, cc.extra is ch.extra, cc.free)


# An empty instance copies fine and is a distinct object.
class Empty:
    pass


e = Empty()
print(type(copy.copy(e)).__name__, copy.copy(e) is e, copy.deepcopy(e) is e)

# Objects without a way to rebuild them.
for obj in (threading.Lock(), (x for x in ())):
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
            print("copied?")
        except TypeError as err:
            print("TypeError", err)

# Exceptions copy through their own __reduce__.
err = ValueError('bad', 2)
err.note = 'n'
ec = copy.copy(err)
print(type(ec).__name__, ec.args, ec.note, ec is err)

# Deep copy of nested containers of instances shares what is shared in the original.
e2 = Empty()
data = {'a': [e2, e2], 'b': (e2,)}
dc = copy.deepcopy(data)
print(dc['a'][0] is dc['a'][1], dc['b'][0] is dc['a'][0], dc['a'][0] is e2)


# __deepcopy__ with the memo avoids loops.
class Node:
    def __init__(self):
        self.peer = None


a, b = Node(), Node()
a.peer, b.peer = b, a
a2 = copy.deepcopy(a)
print(a2.peer.peer is a2, a2 is not a)

# copy of a class or a bound method
print(copy.copy(Node) is Node, copy.deepcopy(Node) is Node)
m = copy.copy(a.__init__)
print(m.__self__ is a)
