print(True + True, True * 10, True / 2, True // 2, True ** 5, True - False, [1, 2][True], {1: "one"}[True])
print(sum([True, True, False]), sorted([True, False, 2, -1]), max(True, 0.5), str(True).lower(), int("1") == True)
print({True: "a", 1: "b", 1.0: "c"}, len({0, False, 0.0}), hash(True) == hash(1), True.real, (True).imag, True.bit_length())
print(f"{True:d}", f"{True}", f"{True!r}", "%d %s" % (True, True), format(False, ">6"), repr(True), True.__class__.__name__)
