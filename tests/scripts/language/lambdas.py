sq = lambda x: x * x
print(sq(7), (lambda: 42)(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=10: x + y)(1), (lambda x, y=10: x + y)(1, 2))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sq.__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5) + "!")
