print("%s and %s" % ("a", "b"), "%d%%" % 50, "%5.2f|%-6d|%06.1f" % (3.14159, 42, -2.5), "%x %X %o %e %g" % (255, 255, 8, 1e-3, 1e-5))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 3}, "%c%c" % (72, "i"), "%r %a" % ("é", "é"), "%+d % d" % (5, 5), "%.3s" % "abcdef")
print("%*d|%-*s|" % (5, 1, 4, "ab"), "%i" % 3.9, "%s" % [1, 2], "%s" % ((1, 2),), "%5s|%-5s|" % ("x", "y"))
for bad in [lambda: "%d" % "s", lambda: "%s %s" % ("a",), lambda: "%s" % ("a", "b"), lambda: "%z" % 1, lambda: "%(k)s" % {}]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print("{:<5}|{:>5}|{:^5}|{:05}|{:,}|{:.1%}|{:+}".format("a", "b", "c", 42, 10**6, 0.256, 3))
print("{!r:>8}|{0}|{0!s}".format("q"), "{a}{b}{a}".format(a=1, b=2), "{0:{1}}".format(3.14159, ".2f"))
for bad in [lambda: "{".format(), lambda: "{0}{1}".format(0), lambda: "{:d}".format("a"), lambda: "{0:x}".format(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
