import json
cases = ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{"a":1 "b":2}', '[1 2]', '"abc', '"a\\qb"', '"\\u12x4"', '"\\u12"', '"a\tb"',
         '01', '-', '1.', '1e', '.5', '[', '{', '{"a":', 'nul', 'tru', 'NaN', '-Infinity', '1 2', '{1:2}', "{'a':1}",
         '"\\ud83d\\ude00"', '"\\ud83d"', '[1.5e3, -0, -0.0, 1E+2, 12345678901234567890]', '\ufeff[]', '  [ ]  ',
         '{"a": {"b": [1, {"c": null}]}}', '"\\/\\b\\f"', '[true,false,null]', '\n\n  [1,\n  x]']
for c in cases:
    try:
        print(repr(c), '->', repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(c), type(e).__name__, e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"k": 2}')))
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2]', parse_int=float), json.loads('1.5', parse_float=str))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())), json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c))
print(json.loads('"\x01"', strict=False) == '\x01')
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecoder().raw_decode('[1] x'))
