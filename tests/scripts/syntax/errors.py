# SyntaxError messages and locations, as compile() reports them.
cases = [
    "a $ b", "f() = 1", "1 = x", "for 1 in x: pass", "(1) += 1", "foo(a b", "x = (1,\n y = 2",
    "if x:\npass", "  x = 1", "if x:\n  a\n b", '"abc', "'''ab\n\n", "012", "1abc", "0x",
    "print 'x'", "f(a=1, b)", "f(**a, *b)", "def f(a=1, b): pass", "del f()", "a = 1 = 2",
    "if x = 1: pass", ")", "(]", "(\n]", "try:\n  pass\nx=1", "a.b = c = f() = 3", "x = \\",
    "a +", "if x", "def f(:", "[1 2]", "f(x for x in y, 1)", "x = yield = 3", "x: int = 1 = 2",
    "def f():", "class A:", "while x:", "x = [1, 2", "True = 1", "f(a.b=1)", "import a.b as",
    "from a import b,", "{1: 2, 3}", "(*a)", "a, b += 1", "x + 1 = 2", "[x for x in y] = 1",
    "with a as 1: pass", "x := 1", "x = 0b2", "x = 1__0", "x = 1_", "b'\\xzz'", "'\\N{BULLET'",
    "f'{}'", "f'}'", "f'{'", "f'{x!z}'", "f'{a b}'", "b'a' 'b'", "b'\u00e9'", "nonlocal",
    "try:\n    pass\nexcept* :\n    pass", "try:\n    pass\nelse:\n    pass", "def f() -> :\n    pass",
    "x = (a, b\ny = 3", "match x:\n    case 1:", "x = 1 +\t", "a = 1\n\tb = 2", "else: pass",
    "class A(x for x in y): pass", "f(*a for a in b)", "x = {**a for a in b}", "def f(*, **k): pass",
    "x = 5 if y", "lambda x y: 1", "try x: pass", "for x in y z: pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
