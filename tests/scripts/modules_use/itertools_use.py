import itertools as it
print(list(it.product("ab", range(2))), list(it.permutations([1, 2, 3], 2))[:4], list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 2)), [(k, list(g)) for k, g in it.groupby("aabbbc")], list(it.repeat("x", 3)))
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.dropwhile(lambda x: x < 3, [1, 5, 2])), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), [list(t) for t in it.tee([1, 2], 2)])
print(list(it.chain.from_iterable(["ab", "cd"])), list(it.pairwise("abcd")) if hasattr(it, "pairwise") else [], list(it.product(repeat=0)))
