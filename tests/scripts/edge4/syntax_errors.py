srcs = ["x = ", "def f(:\n  pass", "return 5", "break", "continue", "nonlocal x", "def f():\n  nonlocal q",
        "f(x for x in y, 1)", "a + = 1", "1 = x", "f() = 1", "del f()", "x = yield", "class C:\n  return",
        "def f(a, a): pass", "def f(a=1, b): pass", "f(a=1, 2)", "f(**k, *a)", "(a, b) += 1", "[x for x in 1 = 2]",
        "if x:\npass", "  x = 1", "x = (1, 2", "'abc", "x = 1 +* 2", "lambda: (yield)", "print 'hi'", "a.1", "0777",
        "def f():\n  global x\n  x = 1\n  global x", "x: int = 1 = 2", "for x in range(3):\n  pass\nelse\n  pass", "import", "from . import", "@\ndef f(): pass", "None = 1", "True += 1", "f(x=1, x=2)", "*a = [1]", "a, *b, *c = d"]
for s in srcs:
    try:
        compile(s, "<test>", "exec")
        print("compiled OK:", repr(s))
    except SyntaxError as e:
        print(repr(s)[:30], "->", type(e).__name__, e.msg, e.lineno)
