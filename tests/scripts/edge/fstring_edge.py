x, name, items = 3.14159, "Ann", [1, 2]
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:+.0f}|{x:e}|{x:%}")
print(f"{name!r}|{name:>6}|{name:*^9}|{name[0]}|{items[-1]}|{len(items)}")
print(f"{'nested ' + f'{name}'}|{x if x > 3 else 0}|{ {'a': 1}['a'] }|{(lambda: 5)()}")
w, p = 8, 2
print(f"{x:{w}.{p}f}|{42:#x}|{42:#o}|{42:#b}|{1234567:_}|{0.5:.0%}")
print(f"{x=}", f"{x = :.1f}", f"{name=!s}", f"{1+1=}")
print(f"{'{'}{'}'}", f"{{}}", f"a{'b'}c", f"""{"tri"}""", f"{3:03}", f"{-3:04}", f"{True}")
