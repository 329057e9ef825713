# bytes and bytearray basics
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[10:], list(b[:2]))
print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
print(b"a" < b"b", b"abc" == b"abc", b"a" == "a", b"ab" < b"abc", bytearray(b"x") == b"x")
print(b"ell" in b, 104 in b, 200 in b, b"" in b, bytearray(b"e") in b)
print(repr(b"\x00\x7f\x80\xff\t\n\r\\'\""), repr(b"'"), repr(b'"'), repr(bytearray(b"ab")), repr(bytearray()))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes("abc", "ascii"), bytes(b"xy"))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "latin-1"), bytearray(b"ab"), bytes(bytearray(b"q")))
print(hash(b"abc") == hash("abc"), hash(b"") == 0, {b"a": 1}[b"a"])
print(list(iter(b"ab")), [x for x in bytearray(b"xy")], bytes(), bytes(b""), b"".join([b"a", bytearray(b"b")]))
print(str(b"abc"), str(bytearray(b"a")), b"%s-%d" % (b"x", 5), bytearray(b"%x") % 255)
ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba += b"!"
ba.append(63)
ba.extend([33, 34])
ba.extend(b"..")
print(ba, len(ba))
ba[2:4] = []
del ba[0]
del ba[-2:]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.insert(100, 66)
ba.remove(66)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba.clear()
print(ba)
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
print(ba)
del ba[::2]
print(ba)
ba *= 2
print(ba)
x = b"ab"
x += b"cd"
print(x)
