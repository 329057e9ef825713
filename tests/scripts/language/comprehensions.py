print([x * y for x in range(1, 4) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
print({x: x ** 2 for x in range(5) if x % 2})
print({c.upper() for c in "hello"} == set("HELO"))
print(sorted({c for c in "mississippi"}))
g = (x for x in range(5))
print(sum(g), list(g))
x = "outer"
print([x for x in "ab"], x)
print([(a, b) for a in range(3) if a for b in range(a) if b != 1])
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)])
print(list(map(lambda p: p[0] + p[1], {i: i for i in range(3)}.items())))
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
