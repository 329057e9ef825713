print(min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "b", key=ord), min([], default="empty"))
print(max([(1, 'b'), (1, 'c')]), min({3: 'x', 1: 'y'}), max([1, 5, 3], key=lambda x: -x))
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(101)), sum([1, 2], 10), sum([], start=5))
print(sum([0.1] * 10), max(1, 2.5), min(-0.0, 0))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"], ""), lambda: max(1), lambda: sum([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
