# bool as an int subclass, complex arithmetic and reprs.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(True, False, repr(True), str(False), True + True, True * 5, -True, ~True, True / 2, True // 1)
print(True & False, True | False, True ^ True, True & 1, False | 2, type(True & False).__name__, type(True & 1).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0j))
print(isinstance(True, int), True == 1, False == 0, hash(True), hash(False), True < 2, int(True), float(True), 1 + 0j == True)
print(type(True).__name__, bool.__name__, True.real, True.numerator, (True).bit_length(), True.conjugate())
check(lambda: bool(1, 2))
check(lambda: bool(x=1))
# complex
print(1j, 2 + 3j, -1j, complex(1, 2), complex(), complex(1.5), complex("1+2j"), complex(" ( -1.5-2.5j ) "), complex("j"), complex("-j"))
print(complex(1, 0), complex(0, 0), complex(-0.0, -0.0), complex(0, -1), 1e20j, 1.5e-7 + 1j, complex("1e3"), complex("infj"), complex("nan+nanj"))
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** b, abs(b), -a, +a, a.conjugate(), a.real, a.imag)
print(a == 1 + 2j, a != b, 1 + 0j == 1, 2.5 + 0j == 2.5, hash(1 + 0j) == hash(1), hash(a), hash(-1j), hash(2j))
print(a + 1, 1 + a, a * 2.5, 2 / a, 1j ** 2, (1 + 1j) ** 10, 0j ** 0, 2 ** 1j)
check(lambda: 1 / 0j)
check(lambda: 0j ** -1)
check(lambda: 1j < 2j)
check(lambda: 1j // 1)
check(lambda: 1j % 1)
check(lambda: complex("x"))
check(lambda: complex("1+2j", 1))
check(lambda: complex(1, "x"))
check(lambda: complex([]))
check(lambda: int(1j))
check(lambda: float(1j))
print(complex(1 + 2j, 3 + 4j), complex(True, False), type(1j).__name__, bool(1j), bool(0j), (-8) ** (1 / 3))
class C:
    def __complex__(self):
        return 5j
print(complex(C()))
