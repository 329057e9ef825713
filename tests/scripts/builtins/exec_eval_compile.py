print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def sq(n):\n    return n * n\nr = sq(9)", ns)
print(ns["r"], ns["sq"](3))
g = {"a": 1}; l = {"b": 2}
exec("c = a + b", g, l)
print(l["c"], "c" in g)
code = compile("3 ** 4", "<expr>", "eval")
print(type(code).__name__, eval(code), code.co_filename)
exec(compile("print('from compiled exec')", "<s>", "exec"))
print(eval("len('abc')"), eval("__name__"), exec("5"))
for bad in ["1 +", "x y", "def"]:
    try:
        eval(bad)
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(type(e).__name__, e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
single = compile("42", "<single>", "single")
exec(single)
