import operator as op
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.5)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(2, 0))[0], list(map(op.itemgetter(0), rows)))
class P:
    def __init__(self, n): self.n = n
    def hi(self, x): return f"{self.n}:{x}"
print(op.attrgetter("n")(P(5)), op.methodcaller("hi", "y")(P(1)), op.add(1, 2), op.mul("a", 3), op.neg(4), op.not_(0))
print(op.eq(1, 1.0), op.contains([1], 1), op.getitem("abc", 1), op.truth([]), op.index(7), op.pow(2, 5), op.floordiv(7, 2))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.concat([1], [2]), op.is_(None, None), op.xor(5, 1))
