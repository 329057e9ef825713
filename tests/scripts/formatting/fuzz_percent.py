# Deterministic pseudo-random %-format and str format-spec combinations, compared with CPython.
state = 987654


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n


FLAGS = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "#-"]
WIDTHS = ["", "1", "5", "12"]
PRECS = ["", ".0", ".1", ".3", ".10"]
VALUES = [0, 1, -1, 42, -255, 123456789, 10 ** 20, -10 ** 19, 3.5, -0.0, 2.675, 1e-7, 1e22,
          float("inf"), float("nan"), True]
STRS = ["", "a", "héllo", "€😀", "x" * 7]

for i in range(400):
    flag = FLAGS[rnd(len(FLAGS))]
    width = WIDTHS[rnd(len(WIDTHS))]
    prec = PRECS[rnd(len(PRECS))]
    conv = "dioxXeEfFgGsrac"[rnd(15)]
    if conv in "sra":
        v = STRS[rnd(len(STRS))] if rnd(2) else VALUES[rnd(len(VALUES))]
    elif conv == "c":
        v = [65, 233, 0x1F600, "z"][rnd(4)]
    else:
        v = VALUES[rnd(len(VALUES))]
    fmt = "%" + flag + width + prec + conv
    try:
        print(fmt, repr(fmt % (v,)))
    except Exception as e:
        print(fmt, type(e).__name__, e)

FILLS = ["", "*<", ">", "^", "é^", "<", "0", "x>"]
for i in range(150):
    spec = FILLS[rnd(len(FILLS))] + WIDTHS[rnd(len(WIDTHS))] + PRECS[rnd(len(PRECS))] + ["", "s"][rnd(2)]
    s = STRS[rnd(len(STRS))]
    try:
        print(repr(spec), repr(format(s, spec)), repr("{:{}}|".format(s, spec)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)
