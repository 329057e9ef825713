import io
b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.read(), b.read())
print(b.tell(), b.seek(0), b.read(1))
b.seek(0, 2)
print(b.write(b"ef"), b.getvalue())
b.seek(10)
b.write(b"z")
print(b.getvalue(), b.tell())
b.seek(0)
print(b.readlines())
b.seek(0)
print(list(b)[:2])
print(b.truncate(3), b.getvalue())
w = io.BytesIO()
w.writelines([b"x", bytearray(b"y")])
print(w.getvalue())
for f in [lambda: b.write("x"), lambda: b.seek(-1), lambda: b.seek(0, 5), lambda: io.BytesIO("s")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
for f in [lambda: b.read(), lambda: b.getvalue(), lambda: b.write(b"x")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(b.closed)
