print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 3 for x in range(5)), all("abc"))
print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
def noisy(v):
    print("check", v); return v
print(any(noisy(v) for v in [0, 1, 2]), all(noisy(v) for v in [1, 0, 2]))
