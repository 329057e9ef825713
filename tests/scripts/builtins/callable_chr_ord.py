class C:
    def __call__(self): pass
print(callable(len), callable(C), callable(C()), callable(5), callable(lambda: 0), callable("s"), callable(str.upper))
print(chr(65), chr(0x263A), chr(0x1F600) == "\U0001F600", ord("a"), ord("€"), ord("\U0001F600"), ord(b"A"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
