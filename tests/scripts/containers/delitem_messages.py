import types
for o in [(1, 2), "ab", 5, types.MappingProxyType({}), b"x", frozenset(), range(3), None]:
    try:
        del o[0]
    except TypeError as e:
        print(e)
class C: pass
try:
    del C()[0]
except TypeError as e:
    print(e)
class D:
    def __getitem__(self, k): return 1
try:
    del D()[0]
except TypeError as e:
    print(e)
class E:
    def __setitem__(s, k, v): pass
try:
    del E()[0]
except Exception as e:
    print(type(e).__name__, e)
class F:
    def __delitem__(s, k): pass
try:
    F()[0] = 1
except Exception as e:
    print(type(e).__name__, e)
for o in [(1,), 5, None, "s"]:
    try:
        del o["k"]
    except Exception as e:
        print(type(e).__name__, e)
    try:
        del o[True]
    except Exception as e:
        print(type(e).__name__, e)
