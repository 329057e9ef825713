import json
doc = {"name": "minipy", "ver": [3, 11], "ok": True, "none": None, "nested": {"q": 'say "x"', "e": {}}, "f": 0.5}
print(json.dumps(doc))
print(json.dumps(doc, sort_keys=True))
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent="\t", sort_keys=True))
print(json.dumps([1, [], {}, [[]], {"a": []}], indent=3))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps("héllo ✓ 😀 \n\t\"\\ \x00\x1f\x7f"), json.dumps("héllo ✓ 😀", ensure_ascii=False))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e100, 1.0, -0.0, 10**30, 1/3]))
print(json.dumps((1, 2)), json.dumps("x"), json.dumps(None), json.dumps(3), json.dumps(True))
for bad in [{(1, 2): 3}, {1j: 1}, set(), b"x", object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 1}, skipkeys=True))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d["d"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps({"s": {1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2], cls=Enc), Enc(indent=1).encode({"c": 3j}))
try:
    json.dumps({"z": 1, 1: 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyStr(str):
    pass
print(json.dumps([MyInt(5), MyStr("s"), {MyStr("k"): MyInt(1)}]))
import io
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
s = json.dumps(doc, sort_keys=True)
print(json.loads(s) == doc, json.loads('[1, 2.5, "x", null, true]'), json.dumps({"a": [1, {"b": None}]}, indent=2))
