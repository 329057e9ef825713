# Deterministic pseudo-random exercise of bytes/bytearray methods, compared with CPython.
state = 4242


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


ALPHABETS = [b"ab ", b"a\xff\x00 ", b"AbC,\t", b"x\ny\r"]


def rbytes(maxlen):
    alpha = ALPHABETS[rnd(len(ALPHABETS))]
    return bytes(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen + 1)))


def ridx():
    r = rnd(12)
    return None if r == 11 else r - 5


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for i in range(200):
    s = rbytes(10)
    if rnd(3) == 0:
        s = bytearray(s)
    sub = rbytes(2)
    a, b = ridx(), ridx()
    n = rnd(5) - 1
    print("--", repr(s), repr(sub), a, b, n)
    show("find", lambda: (s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b)))
    show("index", lambda: s.index(sub, a, b))
    show("sw", lambda: (s.startswith(sub, a, b), s.endswith(sub, a, b)))
    show("split", lambda: (s.split(sub, n), s.rsplit(sub, n), s.split(None, n), s.rsplit(None, n)))
    show("replace", lambda: (s.replace(sub, b"<>", n), s.replace(sub, b"")))
    show("strip", lambda: (s.strip(sub), s.lstrip(sub), s.rstrip(sub), s.strip()))
    show("part", lambda: (s.partition(sub), s.rpartition(sub)))
    show("slice", lambda: (s[a:b], s[a:b:2], s[::-1], s[b:a:-1]))
    show("item", lambda: s[a if a is not None else 0])
    show("case", lambda: (s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize()))
    show("pad", lambda: (s.center(n + 10, b"*"), s.ljust(n + 8), s.rjust(n + 9), s.zfill(n + 7)))
    show("misc", lambda: (s.expandtabs(n + 1), s.splitlines(), s.splitlines(True), s.hex(), s.isalpha(), len(s)))
    show("cmp", lambda: (s < sub, s == sub, sub in s, s + sub, s * 2))
    show("decode", lambda: (s.decode("latin-1"), s.decode("utf-8", "replace"), s.decode("ascii", "backslashreplace")))
    if isinstance(s, bytearray):
        t = bytearray(s)
        show("mutate", lambda: (t.extend(sub), t.insert(a or 0, 65), t.reverse(), t))
        show("setslice", lambda: (t.__setitem__(slice(a, b), sub), t))
        show("delslice", lambda: (t.__delitem__(slice(a, b, 2)), t))
