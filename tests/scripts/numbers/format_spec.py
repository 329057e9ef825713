# The format mini-language for int, float and complex (format(), f-strings, str.format).
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ints = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 2**70, True]
specs = ["", "d", "5", "<5", ">5", "^7", "=+8", "+", " ", "-", "08", "010,", "09_", ",", "_", "b", "#b", "o", "#o",
         "x", "#x", "X", "#X", "#010x", "_x", "#_b", "x^10", "*<8", "c", "n", "e", ".2f", "%", "g", "E", "10.3G"]
for v in ints:
    print(v, [format(v, s) for s in specs if not (s == "c" and (v < 0 or v > 0x10ffff))])
floats = [0.0, -0.0, 1.0, -1.5, 3.14159, 1234567.891, 1e16, 1e-5, 123.456, 0.000123, float("inf"), float("-inf"), float("nan"), 1e300]
fspecs = ["", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", "%", ".1%", ",", "_.2f", ",.3f", "012,.2f",
          "+", " ", "10", "<10", "^12.2f", "=+12.3f", "010", "z.1f", "z", ".3", ".0", "#", "n", "15.4e", "*>15,.2f"]
for v in floats:
    print(v, [format(v, s) for s in fspecs])
cs = [1 + 2j, -1.5 - 0.5j, 2j, -0.0 + 1j, complex(1e20, 1e-5)]
for v in cs:
    print(v, [format(v, s) for s in ["", "10", "<20", ".2f", "+.1e", "g", ".3", "^20", "#", "n"]])
print(f"{3.14159:.2f} {42:>6} {42:<6}| {255:#x} {1234567:,} {0.5:%} {-5:+} {7:03d} {1.5e-10:g}")
print("{:,} {:_b} {:>10.3f} {!r:>8} {:e}".format(10**10, 255, 2.0 / 3, 1.5, 12345.678))
print("%d %5.2f %e %g %x %o %X %r %s" % (42, 3.14159, 1e-5, 1e16, 255, 8, 255, 1.5, 2.5))
check(lambda: format(1, "z"))
check(lambda: format(1.5, "d"))
check(lambda: format(1, ".2d"))
check(lambda: format(1, ",s"))
check(lambda: format(1, ",_"))
check(lambda: format(1, "++d"))
check(lambda: format(1.0, "."))
check(lambda: format(1j, "=10"))
check(lambda: format(1j, "010"))
check(lambda: format(1j, "%"))
check(lambda: format(1, ",x"))
check(lambda: format(1, "_n"))
check(lambda: format(65, "+c"))
check(lambda: format(65, "#c"))
check(lambda: format(-1, "c"))
check(lambda: format(1.5, "s"))
check(lambda: format(1, "1000000000000000000000"))
check(lambda: format(True, "s"))
print(format(65, "c"), format(0x20ac, "c"), format(True, ""), format(True, "d"), format(False, ">5"))
