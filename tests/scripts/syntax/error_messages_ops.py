tests = [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] * "x", lambda: {} + {}, lambda: -"s", lambda: ~1.5,
         lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2 ** -1 % 0, lambda: "a" < 1,
         lambda: None(), lambda: 5[0], lambda: (1, 2)[5], lambda: "abc"[10], lambda: {}["k"], lambda: [].pop(),
         lambda: {}.popitem(), lambda: "x".foo, lambda: None.x, lambda: int.nope, lambda: [1, 2].index(9),
         lambda: "abc".index("z"), lambda: (1).__len__(), lambda: len(None), lambda: "a" * 1.5, lambda: 1 << -1,
         lambda: 10 ** 400 * 1.0, lambda: float("1" * 400) + 1, lambda: [][0], lambda: "%d" % "x", lambda: "{}{}".format(1),
         lambda: "{x}".format(y=1), lambda: b"a" + "b", lambda: set() + set(), lambda: sorted(5), lambda: divmod("a", 1)]
for t in tests:
    try:
        print("ok", t())
    except Exception as e:
        print(type(e).__name__, e)
