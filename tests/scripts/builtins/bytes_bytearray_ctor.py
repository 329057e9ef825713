print(bytes(), bytes(3), bytes([65, 66]), bytes("hé", "utf-8"), bytes(b"x"), bytes(range(3)))
print(bytearray(), bytearray(2), bytearray(b"abc"), bytearray("x", "ascii"), bytearray([1, 255]))
ba = bytearray(b"hello"); ba[0] = 72; ba += b"!"; ba.append(63)
print(ba, len(ba), ba[1], ba[1:3], bytes(ba))
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(-1), lambda: bytearray([1.5]), lambda: bytes("é", "ascii")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"ab" + b"cd", b"a" * 3, b"abc"[::-1], list(b"hi"), b"x" in b"xyz", 120 in b"xyz")
