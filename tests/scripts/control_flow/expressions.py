# Chained comparisons, boolean values, conditional expressions, evaluation order.
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(2) < v(0) < v(5))
print(v(3) < v(2) < v(10))
x = 5
nn = None
print(0 <= x < 10, x == 5 != 6, x is not nn is not False)
print(1 in [1, 2] not in [[1]], "a" not in "bcd")

print(0 or "", "" or 0 or "last", 1 and 2 and 3, 1 and 0 and v(9))
print(None or v("x"), [] and v("never"))
print(not 1, not 0, not [])
print("yes" if x > 3 else "no", "yes" if x > 30 else "no")

a = [1, 2, 3]
print(a[0] if a else None, a[-1], a[::2], a[1:], a[:-1])
print(-5 // 2, -5 % 3, 2 ** -1, 2 ** 3 ** 2, -2 ** 2, ~5, +3)
print((1, 2) + (3,), [0] * 3, "ab" * 2)
t = 1,
print(t, (), (1, (2, 3)), [*a, *t], (*a,), {*a}, {"k": 1, **{"j": 2}})
d = {1: "a", 2: "b"}
print(d, {}, {1: 2, 1: 3}, {True: 1, 1: 2})
print(f"{x}", f"x={x!r:>4}|", f"{'s'!r}", f"{x:{x}}|", f"{3.14159:.2f}", f"{{}}")
print(1 if 0 else 2 if 0 else 3)
if not (x > 3 and x < 4):
    print("not and")
if x is not None and (x < 0 or x > 4):
    print("or branch")
y = None
if y is None:
    print("y is None")
if not y is None:
    print("never")
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
print(-(1), -(1.5), --1, -(-2))
print(1_000_000, 0x_ff, 0o17, 0b101, 1e3, 2j, 1.5e-3)
print(b"bytes", "\u00e9", "tab\tx", r"\n", 'q"q', "a" "b")
