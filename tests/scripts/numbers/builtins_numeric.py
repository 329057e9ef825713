# abs, divmod, pow, round, bin, oct, hex and their errors.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(abs(-5), abs(5), abs(-2**70), abs(-1.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2**62))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(5, 3, -7), pow(2, 100, 2**61 - 1), pow(2.0, 3))
print(pow(base=2, exp=3), pow(2, 3, mod=5), pow(0, 0), pow(10, 20, 10**9 + 7))
print(round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234.5, -2), round(7), round(7, 1), round(15, -1), round(25, -1))
print(round(1.5, 0), round(-0.4), round(0.5), round(number=2.675, ndigits=2))
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), hex(2**100), bin(True))
check(lambda: pow(2, 3, 0))
check(lambda: pow(2, -1, 4))
check(lambda: pow(2.0, 3, 5))
check(lambda: pow(2, 3.0, 5))
check(lambda: divmod(1, "x"))
check(lambda: divmod(1))
check(lambda: abs("x"))
check(lambda: abs())
check(lambda: round("x"))
check(lambda: round(1.5, "x"))
check(lambda: bin())
check(lambda: hex(1.5))
class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __round__(self, n=None):
        return ("round", n)
    def __abs__(self):
        return "abs"
print(divmod(D(), 1), divmod(1, D()), round(D()), round(D(), 3), abs(D()))
# three-argument pow through __pow__, reflected pow, subclasses
print((2).__pow__(3, 5), int.__pow__(2, 10, 7), (5).__rpow__(2), (5).__rpow__(2, 3), (2).__pow__(3.0), True.__pow__(2, 3))
class M(int):
    pass
print(M(2) ** 10, pow(M(2), 3, 5), 2 ** M(3), type(M(2) ** 2).__name__)
class R:
    def __rpow__(self, other):
        return ("rpow", other)
print(2 ** R(), pow(2.5, R()))
