vals = [0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 5e-324, 1.7976931348623157e308, 100.0, 2.5, -0.0, 3.0e10]
for v in vals:
    print(repr(v), str(v), f"{v:g}", f"{v:.3}", f"{v:e}")
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-1.5), round(1.0005, 3), 1.1 * 3, 0.1 * 3, 4.35 * 100)
print(float.hex(1.0) if hasattr(float, "hex") else "skip", (0.5).as_integer_ratio(), (3.0).is_integer(), float("1e500"), -float("1e500"))
