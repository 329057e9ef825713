path = "/tmp/minipy_test_file_binary.bin"
with open(path, "wb") as f:
    print(type(f).__name__, f.mode, repr(f))
    print(f.write(b"\x00\x01binary\n"), f.write(bytearray(b"more\n")))
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, repr(f))
    print(f.read(2), f.tell(), f.readline(), f.read())
    f.seek(-3, 2)
    print(f.read(), f.seek(2), f.read(3))
    f.seek(1, 1)
    print(f.read(1))
with open(path, "rb") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(list(f))
with open(path, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.write(b"XY")
    f.seek(0)
    print(f.read())
with open(path, "ab") as f:
    print(f.mode, f.tell())
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, repr(f))
    print(f.read(4))
print(repr(f))
for call in [lambda: open(path, "rb").write(b"x"), lambda: open(path, "wb").read(),
             lambda: open(path, "wb").write("text")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
