# itertools and operator: the common iterator building blocks and key functions.
import itertools as it
from operator import itemgetter, attrgetter, methodcaller, add, mul, neg
print(list(it.islice(it.count(5, 2), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat(1, 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], mul)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, 2])))
print([(k, list(g)) for k, g in it.groupby("aabbbcd")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 0, None, 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), [list(t) for t in it.tee([1, 2], 2)], list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), len(list(it.permutations(range(4)))))
print(list(it.permutations("abc", 2)), list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.pairwise([1, 2, 3])), next(it.count()), repr(it.count(3)), repr(it.repeat("x", 2)))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(1, 0)(("x", "y")), itemgetter(1))
class P:
    def __init__(self, n): self.name = n
    def greet(self, g): return g + " " + self.name
print([p.name for p in sorted([P("z"), P("a")], key=attrgetter("name"))], methodcaller("greet", "hi")(P("bob")), add(1, 2), neg(3))
print(attrgetter("name"), methodcaller("greet", "x", k=1))
from functools import reduce
print(reduce(add, range(5)), reduce(mul, [1, 2, 3, 4]))
