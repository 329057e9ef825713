def dump(o, ind=0):
    pad = "  " * ind
    if isinstance(o, dict):
        if not o: return "{}"
        items = [f'{pad}  "{k}": {dump(v, ind + 1)}' for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(o, list): return "[" + ", ".join(dump(x, ind) for x in o) + "]"
    if isinstance(o, bool): return "true" if o else "false"
    if o is None: return "null"
    if isinstance(o, str): return '"' + o.replace('"', '\\"') + '"'
    return repr(o)
doc = {"name": "minipy", "ver": [3, 11], "ok": True, "none": None, "nested": {"q": 'say "x"', "e": {}}, "f": 0.5}
print(dump(doc))
import json
s = json.dumps(doc, sort_keys=True)
print(s)
print(json.loads(s) == doc, json.loads('[1, 2.5, "x", null, true]'), json.dumps({"a": [1, {"b": None}]}, indent=2))
