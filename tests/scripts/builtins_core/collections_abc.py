# collections.abc: structural isinstance checks via __subclasshook__, registered built-ins, mixin methods, abstract instantiation errors.
from collections.abc import Iterable, Iterator, Sized, Container, Callable, Hashable, Sequence, MutableSequence, Mapping, MutableMapping, Set, Collection, Generator
import collections.abc
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance("s", Sequence), isinstance([], MutableSequence), isinstance((), MutableSequence), isinstance({}, Mapping), isinstance({}, MutableMapping))
print(isinstance(len, Callable), isinstance(1, Hashable), isinstance([], Hashable), isinstance({1}, Set), isinstance([], Collection), isinstance(5, Sized))
def g(): yield 1
print(isinstance(g(), Generator), issubclass(list, Sequence), issubclass(dict, Sequence), collections.abc.Mapping is Mapping)
class MyMap(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap()
m["a"] = 1
m.update(b=2)
print(m.get("a"), m.get("z", 0), "b" in m, sorted(m.keys()), m.pop("a"), m.setdefault("c", 3), len(m), isinstance(m, Mapping))
class MySeq(Sequence):
    def __init__(self, *xs): self.xs = xs
    def __getitem__(self, i): return self.xs[i]
    def __len__(self): return len(self.xs)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(3), s.count(2), list(reversed(s)))
try:
    Sequence()
except TypeError as e:
    print("TypeError:", e)
class Half(Mapping):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
import collections.abc
print(collections.abc.Sized)
from collections import abc
print(abc.Iterable)
