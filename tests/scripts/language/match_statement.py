def describe(v):
    match v:
        case 0 | 1:
            return "small"
        case int(n) if n < 0:
            return f"neg {n}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"seq {x} {rest}"
        case {"k": val, **others}:
            return f"map {val} {others}"
        case str() as s:
            return "str " + s
        case (1.5 | 2.5):
            return "float"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 1, -4, [1, 2], (3, 4, 5), {"k": 1, "z": 2}, "hey", 2.5, None, 99, []]:
    print(repr(v), describe(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"y-axis {y}"
        case Point(x, 0): return f"x-axis {x}"
        case Point(): return "elsewhere"
for p in [Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 1)]:
    print(where(p))
