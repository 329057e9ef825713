class P:
    __match_args__ = ("x", "y")
    def __init__(s, x, y): s.x, s.y = x, y
def classify(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest] if first == "cmd":
            return f"cmd {rest}"
        case (1, 2, *_):
            return "starts 1 2"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case P(x=0, y=yy):
            return f"P on y axis {yy}"
        case P(a, b) if a == b:
            return f"diag {a}"
        case P(a, b):
            return f"P {a} {b}"
        case str() as s:
            return "str " + s
        case int(n) if n < 0:
            return f"negative {n}"
        case None:
            return "none"
        case True:
            return "true"
        case {"a": {"b": [_, inner]}}:
            return f"nested {inner}"
        case _:
            return "other"
for v in [0, 1, [3, 4], ["cmd", 1, 2], (1, 2, 3), {"k": 1, "z": 2}, P(0, 5), P(2, 2), P(1, 3), "hi", -5, None, True, {"a": {"b": [1, 2]}}, 3.5, [1], "ab", (1, 2)]:
    print(repr(v) if not isinstance(v, P) else "P", "->", classify(v))
match 5:
    case x:
        print("captured", x)
def t(subject, pat):
    try:
        exec(f"match s:\n case {pat}: print('hit')\n case _: print('miss')", {"s": subject, "P": P})
    except Exception as e:
        print(type(e).__name__, e)
t(1, "int(1)")
t(P(1,2), "P(1, 2, 3)")
t(P(1,2), "P(1, x=1)")
t(1, "len()")
t(P(1,2), "P(z=1)")
t({1: 2, 3: 4}, "{1: a, **rest}")
t([1, 2], "[1, 2] | (3, 4)")
t(range(3), "[0, *r]")
t("abc", "[*_]")
def point(p):
    match p:
        case {"x": x, "y": y} if x == y:
            return "diagonal"
        case {"x": 0} | {"y": 0}:
            return "on an axis"
        case {"x": int(), "y": int()}:
            return "int point"
        case {}:
            return "some mapping"
        case [[a, b], [c, d]]:
            return a * d - b * c
print(point({"x": 1, "y": 1}), point({"x": 0, "y": 4}), point({"y": 0}), point({"x": 1, "y": 2}))
print(point({"z": 1}), point([[1, 2], [3, 4]]), point(7))
for src in ["match x:\n case _: pass\n case 1: pass", "match x:\n case y: pass\n case 1: pass",
            "match x:\n case [*a, *b]: pass", "match x:\n case 1 | y: pass",
            "match x:\n case (a, a): pass", "match x:\n case {1: a, 1: b}: pass"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno)
