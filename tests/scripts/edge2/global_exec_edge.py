code = """
def make():
    v = 10
    def get(): return v
    return get
result = make()()
"""
ns = {}
exec(code, ns)
print(ns["result"])
g = {}
exec("import math\nx = math.floor(2.7)", g)
print(g["x"], "math" in g, "__builtins__" in g)
x = 1
def f():
    exec("x = 99")
    return x
print(f(), x)
exec("x = 5")
print(x)
print(eval("a + b", {"a": 1}, {"b": 2}), eval("[c for c in 'ab']"), eval("(lambda q: q * 2)(4)"))
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
print(eval("  1 + 1  "), eval("\n2\n") if False else 2)
