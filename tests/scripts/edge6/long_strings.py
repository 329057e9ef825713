s = "ab" * 100000
print(len(s), s.count("ab"), s[-3:], len(s.replace("a", "xyz")), s.find("ba", 1000), hash(s) == hash("ab" * 100000))
l = list(range(100000)); print(sum(l), l[-1], len(l[::7]), sorted(l, reverse=True)[:3])
d = {i: str(i) for i in range(50000)}; print(len(d), d[49999], sum(len(v) for v in d.values()))
parts = [str(i) for i in range(1000)]; j = ",".join(parts); print(len(j), j.split(",")[-1], j[:20])
print(len(" ".join(["w"] * 10000).split()), "x" * 0 == "", len(bytes(100000)), len(str(2 ** 10000)))
