import types

class C:
    "doc"
    a = 1
    def m(self):
        return "m"

d = C.__dict__
print(type(d).__name__, type(d) is types.MappingProxyType)
print(d["a"], "a" in d, "zz" in d, d.get("a"), d.get("zz"), d.get("zz", 5))
print(sorted(k for k in d if not k.startswith("__")), len(d) == len(list(d)))
print(sorted(k for k in d.keys() if not k.startswith("__")), type(d.keys()).__name__)
print(type(d.values()).__name__, type(d.items()).__name__, type(d.copy()).__name__)
print(d["m"] is C.m, C.__dict__ == C.__dict__, C.__dict__ is C.__dict__)
for op in ['d["b"] = 2', 'del d["a"]', 'd.pop("a")', 'd.clear()', 'd.update({})', 'd.setdefault("q")']:
    try:
        exec(op)
        print("ok", op)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    d |= {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d["zz"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(d)
except TypeError as e:
    print(type(e).__name__, e)
C.b = 2
print(d["b"], C.__dict__["b"])
del C.b
print("b" in d)

print(type(int.__dict__).__name__, type(int.__dict__["real"]).__name__, "bit_length" in int.__dict__)
print(type(vars(C)).__name__, type(object.__dict__).__name__, type(type.__dict__).__name__)

m = types.MappingProxyType({"x": 1, "y": 2})
print(m, repr(m), str(m), list(m), list(reversed(m)), m.copy(), len(m), bool(m), bool(types.MappingProxyType({})))
print(m == {"x": 1, "y": 2}, m != {"x": 1}, m | {"z": 3}, {"z": 3} | m)
print(sorted(x for x in dir(m) if not x.startswith("__")))
for bad in ([], 1, (1,)):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(types.MappingProxyType("ab")[1])
print(types.MappingProxyType(mapping={"k": "v"}))
try:
    types.MappingProxyType()
except TypeError as e:
    print(type(e).__name__, e)
inner = {"live": 1}
live = types.MappingProxyType(inner)
inner["new"] = 2
print(live, iter(live).__class__.__name__)
class Sub(C):
    pass
print(Sub.__dict__.get("a"), "a" in Sub.__dict__, Sub.a)
print(types.MappingProxyType[str, int])
