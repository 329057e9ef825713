# str.format and format_map
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    x = 3
    def __init__(self):
        self.y = [10, 20]
    def __format__(self, spec):
        return "P(" + spec + ")"

show(lambda: "{} {} {}".format(1, "a", None))
show(lambda: "{0} {1} {0}".format("x", "y"))
show(lambda: "{a} {b}".format(a=1, b=2))
show(lambda: "{0.x} {0.y[1]} {k[key]} {k[0]}".format(P(), k={"key": "v", 0: "zero"}))
show(lambda: "{0[0]} {0[-1]}".format({0: "int", "-1": "str"}))
show(lambda: "{!r} {!s} {!a}".format("é", "é", "é"))
show(lambda: "{:>5}|{:<5}|{:^5}|{:*^7}|{:.2}|{:5.1}|".format("a", "b", "c", "d", "efg", "xyz"))
show(lambda: "{:{}}|{:{w}.{p}}|".format("a", 4, "abcdef", w=5, p=2))
show(lambda: "{0:>{1}}".format("x", 3))
show(lambda: "{{}} {{{0}}} }}{{".format(7))
show(lambda: "{}".format(P()))
show(lambda: "{:abc}".format(P()))
show(lambda: "{:5d}|{:x}|{:.3f}|{:,}".format(42, 255, 3.14159, 1234567))
show(lambda: "{a}".format_map({"a": 2}))
show(lambda: "{a[0]}".format_map({"a": "xyz"}))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "a}b".format())
show(lambda: "{0}{}".format(1, 2))
show(lambda: "{}{0}".format(1, 2))
show(lambda: "{1}".format(1))
show(lambda: "{}".format())
show(lambda: "{a}".format())
show(lambda: "{0!x}".format(1))
show(lambda: "{0[}".format(1))
show(lambda: "{0.}".format(1))
show(lambda: "{0[0]x}".format([1]))
show(lambda: "{:{}}".format(1))
show(lambda: "{0!}".format(1))
show(lambda: "{0!rr}".format(1))
show(lambda: "{:{:{}}}".format(1, 2, 3))
show(lambda: "{0.x}".format(3))
show(lambda: "{ }".format(1))
show(lambda: "{0".format(1))
show(lambda: "{0:".format(1))
show(lambda: "{0!r".format(1))
show(lambda: "{0}".format_map({}))
show(lambda: "{:d}".format("a"))
show(lambda: "{:s}".format(3))
show(lambda: "{:=5}".format("a"))
show(lambda: "{:+}".format("a"))
show(lambda: "{:#}".format("a"))
show(lambda: "{:,}".format("a"))
show(lambda: "{:05}|{:<05}|{:x<4}".format("a", "b", "c"))
show(lambda: "{:.}".format("a"))
show(lambda: "{:5.2.3}".format("a"))
show(lambda: "{0[a]}".format([1]))
show(lambda: "{0[5]}".format([1]))
show(lambda: "é{}€{:😀^5}".format("ü", "x"))
