import re
TOKEN_RE = re.compile(r"\s*(?:(\d+\.?\d*)|(\w+)|(.))")
def tokenize(src):
    out = []
    for num, name, op in TOKEN_RE.findall(src):
        if num: out.append(("NUM", float(num) if "." in num else int(num)))
        elif name: out.append(("NAME", name))
        elif op.strip(): out.append(("OP", op))
    return out
class Parser:
    def __init__(self, toks, env):
        self.toks, self.i, self.env = toks, 0, env
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("EOF", None)
    def take(self):
        t = self.peek(); self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == "*" else v / r
        return v
    def factor(self):
        kind, val = self.take()
        if kind == "NUM": return val
        if kind == "NAME":
            if val not in self.env: raise NameError(f"unknown variable {val!r}")
            return self.env[val]
        if val == "(":
            v = self.expr()
            if self.take() != ("OP", ")"): raise SyntaxError("expected )")
            return v
        if val == "-": return -self.factor()
        raise SyntaxError(f"unexpected {val!r}")
env = {"x": 3, "pi": 3.5}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 1", "-x + 10 / 4", "2 * pi", "y + 1", "(1 + 2", "3 / 0", "* 2"]:
    print(src, "->", tokenize(src)[:3])
    try:
        print("  =", Parser(tokenize(src), env).expr())
    except (NameError, SyntaxError, ZeroDivisionError) as e:
        print("  error:", type(e).__name__, e)
