try:
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("g", [KeyError("k"), OSError("o")])
print(repr(eg), str(eg), len(eg.exceptions))
m, rest = eg.split(KeyError)
print(m.exceptions, rest.exceptions)
print(eg.subgroup(OSError).exceptions)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(type(e).__name__, e)
