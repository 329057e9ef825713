print(round(2.5), round(3.5), round(-2.5), round(1.2345, 2), round(1234, -2), round(0.5), round(7), type(round(2.0)))
print(round(2.675, 2), round(-0.5), round(15, -1), round(25, -1), round(1e300, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(2.0, 0.5), pow(-8, 1/3).__class__.__name__)
for bad in [lambda: divmod(1, 0), lambda: pow(2, 3, 0), lambda: pow(0, -1), lambda: round("x"), lambda: divmod(1.0, 0), lambda: pow(2, 1.5, 3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
