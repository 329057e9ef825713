print(format(3.14159, ".3f"), format(42, "08b"), format(255, "x"), format(255, "#X"), format(1234567, ","))
print(format("hi", "^10"), format("hi", "*<6"), format(-5, "+d"), format(5, " d"), format(0.25, "%"))
print(format(1e6, "e"), format(1e6, ".2g"), format(123.456, "10.1f") + "|", format(True, "d"), format(10, "o"))
print(format(12345.678, "_.2f"), format(-0.0, ".1f"), format("abc", ".2"), format(3, "c") == "\x03", format(65, "c"))
for bad in [lambda: format(1, "z"), lambda: format("a", "d"), lambda: format(1.5, "x"), lambda: format(1, ".2d")]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
