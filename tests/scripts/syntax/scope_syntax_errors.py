for src in ["def f():\n  x = 1\n  global x", "def f(a):\n  global a", "def f():\n  print(x)\n  nonlocal x",
            "x = 1\nglobal x", "def f():\n  def g():\n    nonlocal x\n  x = 1\n  return g", "class C:\n  nonlocal y",
            "def f():\n  yield 1\n  return 2", "async def f():\n  yield 1\n  return 2", "def f():\n  await x", "[x async for x in y]",
            "def f(*, **k): pass", "def f(*): pass", "def f(a, /, b, /): pass", "lambda x, x: 0", "del (a, [b]), c", "(yield)"]:
    try:
        compile(src, "<s>", "exec")
        print("OK", repr(src))
    except SyntaxError as e:
        print(repr(src)[:28], "->", e.msg, e.lineno)
