path = "/tmp/minipy_test_file_text.txt"
f = open(path, "w")
print(repr(f))
print(f.name, f.mode, f.closed, f.encoding, f.readable(), f.writable(), f.seekable())
print(f.write("first line\n"), f.write("second línea\n"), f.write("third"))
f.close()
print(f.closed, repr(f))
with open(path) as f:
    print(repr(f))
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(path) as f:
    print(repr(f.read(5)), f.tell(), repr(f.read(10)), f.tell())
    f.seek(0)
    print(repr(f.readline(4)))
    print(f.seek(0, 2), repr(f.read()))
with open(path, "a") as f:
    print(f.tell())
    f.write("\nappended\n")
with open(path, "r+") as f:
    f.seek(0)
    f.write("FIRST")
    f.seek(0)
    print(repr(f.readline()))
with open(path) as f:
    print(f.read().splitlines())
with open(path, "w") as f:
    f.writelines(["a\n", "b\n", "c\n"])
    print(f.truncate(2))
with open(path) as f:
    print(repr(f.read()))
with open(path, "w+") as f:
    f.write("rw text")
    f.seek(0)
    print(repr(f.read()))
print(open(path).read())
