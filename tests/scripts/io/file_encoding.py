path = "/tmp/minipy_test_file_encoding.txt"
with open(path, "w", encoding="latin-1") as f:
    print(f.encoding)
    f.write("café ü")
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="latin-1") as f:
    print(f.read())
try:
    with open(path, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(path, encoding="utf-8", errors="replace") as f:
    print(f.read())
with open(path, encoding="ascii", errors="ignore") as f:
    print(f.read())
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("naïve")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
with open(path, "w", encoding="ascii", errors="backslashreplace") as f:
    f.write("naïve €")
print(open(path, encoding="utf8").read())
with open(path, "w") as f:
    f.write("ü€😀 mixed")
with open(path) as f:
    print(repr(f.read(3)), f.tell(), repr(f.read()))
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
