for v in [0.0, 1.0, 123.456, 1e-7, 1e20, 1e21, 12345678.9, -1.5, 0.000123, float("inf"), float("nan")]:
    print(f"{v:g}|{v:.3g}|{v:#g}|{v:10.4}|{v:.2e}|{v:f}"[:80])
print(format(1234.5, ",.1f"), format(1e100, ".3"), format(0.1, ".20f"), format(2.5, ".0f"), format(3.5, ".0f"), format(1.25, ".1f"))
print(str(1e-4), str(0.0001), str(1e-05), str(123e18), str(1.0e16), repr(9007199254740993.0), 1/7)
print(f"{12.0:n}", f"{1e6:,.0f}", f"{-0.0:+.1f}", f"{float('nan'):+}", f"{1.5:=+8.2f}", f"{1.5:08.2f}")
