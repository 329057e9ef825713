print([(i, j) for i in range(3) for j in range(i, 3) if (i + j) % 2 == 0])
print({k: [v for v in range(k)] for k in range(4)}, {n % 3 for n in range(10)})
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for x in range(20) if x % 2 if x % 3], [y for y in [[1, 2], [3]] for y in y])
funcs = [(lambda: x) for x in range(3)]; print([f() for f in funcs])
print(list(x * y for x, y in zip(range(4), range(4, 8))), next((x for x in range(10) if x > 6), None))
total = 0
def acc(v):
    global total; total += v; return v
gen = (acc(v) for v in range(5)); print(total); list(gen); print(total)
print(sorted([c for c in "hello world" if c.isalpha()], reverse=True), "".join(ch * 2 for ch in "ab"))
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([i for i in range(3)][-1], {i: i ** 2 for i in range(3)}.get(2), [[]] * 2)
