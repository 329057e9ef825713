print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((10).as_integer_ratio(), (7).conjugate(), (5).numerator, (5).denominator, (255).bit_count() if hasattr(int, "bit_count") else 8)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1.8p1"), (3.5).hex(), (0.1).as_integer_ratio(), float.is_integer(2.0), (2.5).__trunc__(), (-2.5).__floor__() if hasattr(float, "__floor__") else -3)
print(int.__add__(2, 3), int.__mul__(3, 4), float.__add__(1.0, 2.0), (5).__neg__(), (5).__pow__(2), (7).__rsub__(10), (3).__truediv__(2))
print((5).__eq__("a"), (5).__lt__(6), (5.0).__eq__(5), (1).__add__(1.5), str.__add__("a", "b"), list.__len__([1, 2]))
