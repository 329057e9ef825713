class Matrix:
    def __init__(self, rows): self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n): return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self): return len(self.rows), len(self.rows[0])
    def __matmul__(self, o):
        n, m = self.shape; m2, p = o.shape
        if m != m2: raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, o): return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def T(self): return Matrix(zip(*self.rows))
    def __eq__(self, o): return self.rows == o.rows
    def __pow__(self, n):
        r = Matrix.identity(self.shape[0])
        for _ in range(n): r = r @ self
        return r
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j+1:] for r in m[1:]]) for j in range(len(m)))
a = Matrix([[1, 2], [3, 4]]); b = Matrix([[0, 1], [1, 0]])
print(a @ b); print(a + b); print(a.T()); print(a ** 5)
print((a @ Matrix.identity(2)) == a, a.shape, det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib.rows[0][1])
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
