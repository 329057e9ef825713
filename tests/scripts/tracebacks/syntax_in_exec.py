try:
    exec("x = (1,")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
exec("def bad(:\n  pass")
