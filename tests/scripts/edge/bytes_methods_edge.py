b = b"Hello, World"
print(b.lower(), b.upper(), b.split(b", "), b.replace(b"l", b"L"), b.find(b"o"), b.count(b"l"), b.startswith(b"He"))
print(b.hex(), bytes.fromhex("48 69"), b[0], b[-1:], b.decode(), b"abc".center(7, b"*"), b" x ".strip(), b"a,b".partition(b","))
print(b"%d-%s" % (5, b"x"), b"ab".join([b"1", b"2"]), bytes(reversed(b"abc")), b"\x00" * 3, b"abc" < b"abd", b"A".isupper())
ba = bytearray(b"xyz"); ba.extend(b"!!"); ba.insert(0, 65); del ba[1]; ba.reverse(); print(ba, ba.pop(), ba.decode())
try:
    b"abc"[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é€".encode(), "é".encode("latin-1"), "x".encode("ascii"), "€".encode("utf-8", "ignore") if False else "-")
try:
    "€".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(memoryview(b"abc")[1] if "memoryview" in dir(__builtins__) else 98)
