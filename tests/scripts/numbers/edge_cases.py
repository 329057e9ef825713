# Edge cases across int/float/complex/bool, evaluated one expression at a time.
import sys
tests = ["complex(float('nan'), float('inf'))", "complex(-0.0, 0.0)", "complex(0.0, -0.0)", "complex(-0.0, -1)", "repr(-0.0j)", "repr(1e300*1e300j)",
"divmod(-0.0, 1)", "divmod(0.0, -1)", "(-1) % 5.0", "5 % -0.5", "-7 // 2.0", "2 ** 0.5", "2 ** -0.5", "(-2) ** 0.5", "(-2.0) ** 2", "10 ** -400",
"pow(2, 0.5)", "pow(-1, 0.5)", "round(2**70, -20)", "round(-2.5)", "round(0.5, 1000)", "round(1e300, -400)", "round(123.456, -400)", "int(' \\u0661\\u0662 ')",
"int('12', 0)", "float(' 1e-3 ')", "hash(-0.0)", "hash(10**30) == hash(float(10**30))", "hash(2**64 + 1)", "int.from_bytes(b'\\xff', 'little', signed=True)",
"(1).to_bytes(length=2, byteorder='little')", "int.from_bytes(bytes=b'\\x01', byteorder='big')", "True + 1.5", "True ** 2", "-True", "abs(False)", "True.__and__(1)",
"'%d %i %x %o %e %g' % (2**70, -5, 2**70, -8, 2**70, 1e-5)", "'%.3f' % 2**70", "f'{2**70:,}'", "f'{1.5:{5}.{2}f}'", "format(2**200, 'e')", "format(10**20, '.3e')",
"float('1' * 400)", "float('1e500')", "float('-1e-500')", "1e400", "int(1e308)", "sys.float_info.max", "sys.maxsize + 1", "-sys.maxsize - 1",
"(7).__round__()", "(2.5).__round__()", "(2.5).__round__(None)", "3 .real", "1_000.000_1", "0x_FF", "1e1_0", "0b1_0", "0o7_7",
"isinstance(1.5, int)", "issubclass(bool, int)", "float.__name__", "type(1.5) is float", "int.__mro__", "bool.__mro__", "complex.__mro__",
"(3.5).__class__", "int('0', 36)", "[x / 3 for x in range(5)]", "sum([0.1]*10)", "max(1, 2.5, True)", "min(-0.0, 0.0)", "sorted([3, 1.5, True, -2**70])",
"1 == 1.0 == 1+0j", "{1: 'a', 1.0: 'b', True: 'c'}", "len({0, 0.0, -0.0, False})", "str(1e16)", "str(-1.5e-7)", "float.__repr__(1.5)", "int.__repr__(True)",
"int.__add__(1, 2)", "float.__add__(1.5, 2)", "complex.__add__(1j, 1)", "(2).__truediv__(4)", "(2).__rtruediv__(4)", "(1.5).__rsub__(1)", "(1.5).__rpow__(2)",
"divmod(2**100, -7)", "(-2**100) // 7", "(-2**100) % 7", "(2**100) >> 200", "-(2**100) >> 200", "~(2**100)", "(2**100) & -(2**50)",
"int('1'*4301)", "sys.set_int_max_str_digits(5000) or len(str(10**4500))", "sys.get_int_max_str_digits()"]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r)[:120])
    except Exception as e:
        print(t, "!!", type(e).__name__, str(e)[:200])

print(int(" \u0661\u0662 "), float("\u0661.\u0665"), int("\u3000 7"))
try:
    int("\u00e9")
except ValueError as e:
    print(e)
try:
    float("x\u0661")
except ValueError as e:
    print(e)
try:
    eval('1' * 5000)
except SyntaxError as e:
    print(type(e).__name__, e)
print(len(str(eval('0x' + 'f' * 3000))))
