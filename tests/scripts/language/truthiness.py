vals = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, 0j, range(0), range(1), b'', bytearray(1)]
print([bool(v) for v in vals])
class A:
    def __bool__(self): return False
class B:
    def __len__(self): return 0
class C: pass
print(bool(A()), bool(B()), bool(C()), not A(), "yes" if B() else "no")
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
