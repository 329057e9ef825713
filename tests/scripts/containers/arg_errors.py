# Argument errors of container constructors and methods.
for f in [lambda: sorted([1], foo=1), lambda: [].sort(foo=1), lambda: sorted([1], key=None, reverse=None), lambda: {}.update(1), lambda: dict.fromkeys(), lambda: [1].index(), lambda: set().add(), lambda: range(1, 2, 3, 4), lambda: slice(), lambda: zip(a=1), lambda: {}.keys() & 5, lambda: reversed([], 1), lambda: tuple(a=1), lambda: frozenset(1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
