path = "/tmp/minipy_test_file_newlines.txt"
with open(path, "w", newline="") as f:
    f.write("a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print(repr(nl), [line for line in f])
    with open(path, newline=nl) as f:
        print(repr(nl), repr(f.read()))
with open(path, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, "w", newline="\r") as f:
    f.write("x\ny\n")
with open(path, "rb") as f:
    print(f.read())
