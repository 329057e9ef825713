rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 999.999), ("Nut", 1000, 0.05)]
print(f"{'Item':<12}|{'Qty':>6}|{'Price':>10}|{'Total':>12}")
print("-" * 43)
grand = 0
for name, qty, price in rows:
    total = qty * price; grand += total
    print(f"{name:<12}|{qty:>6d}|{price:>10.2f}|{total:>12,.2f}")
print("=" * 43)
print(f"{'TOTAL':<12}|{sum(r[1] for r in rows):>6}|{'':>10}|{grand:>12,.2f}")
print("%-8s %5.1f%% %+d" % ("ratio", 45.678, 7), "%05d|%x|%o|%e" % (42, 255, 8, 12345.678))
print("{0}-{1}-{0}".format("a", "b"), "{name}:{val:08.3f}".format(name="pi", val=3.14159), "{:^9}".format("mid"))
print(str(12).zfill(5), "abc".center(9, "*"), "x".ljust(3) + "|", "tab\tsep".expandtabs(8))
data = {"alpha": 0.125, "beta": 12.5, "gamma": 1250.0}
for k, v in data.items(): print(f"{k:>6}: {v:9.3e} {v:8.2%} {v!r}")
