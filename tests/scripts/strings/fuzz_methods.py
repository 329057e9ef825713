# Deterministic pseudo-random exercise of str methods on ASCII and non-ASCII text; every result is
# printed, so any divergence from CPython shows up in the diff.
state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


ALPHABETS = ["ab ", "aé€ ", "x😀y\t", "AbC,", "\u00df\u03a3\u03c3 "]


def rstr(maxlen):
    alpha = ALPHABETS[rnd(len(ALPHABETS))]
    return "".join(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen + 1)))


def ridx():
    r = rnd(12)
    return None if r == 11 else r - 5


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for i in range(300):
    s = rstr(12)
    sub = rstr(2)
    a, b = ridx(), ridx()
    n = rnd(5) - 1
    print("--", repr(s), repr(sub), a, b, n)
    show("find", lambda: (s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b)))
    show("index", lambda: s.index(sub, a, b))
    show("sw", lambda: (s.startswith(sub, a, b), s.endswith(sub, a, b)))
    show("split", lambda: (s.split(sub, n), s.rsplit(sub, n)))
    show("wsplit", lambda: (s.split(None, n), s.rsplit(None, n), s.split()))
    show("replace", lambda: (s.replace(sub, "<>", n), s.replace(sub, "")))
    show("strip", lambda: (s.strip(sub), s.lstrip(sub), s.rstrip(sub), s.strip()))
    show("part", lambda: (s.partition(sub), s.rpartition(sub)))
    show("slice", lambda: (s[a:b], s[a:b:2], s[::-1], s[b:a:-1], s[a:b:-2]))
    show("item", lambda: s[a if a is not None else 0])
    show("case", lambda: (s.upper(), s.lower(), s.title(), s.swapcase(), s.capitalize(), s.casefold()))
    show("pad", lambda: (s.center(n + 10, "*"), s.ljust(n + 8), s.rjust(n + 9, "é"), s.zfill(n + 7)))
    show("misc", lambda: (s.expandtabs(n + 1), s.splitlines(), s.istitle(), s.isspace(), len(s)))
    show("cmp", lambda: (s < sub, s == sub, sub in s, hash(s) == hash(s[:] + "")))
