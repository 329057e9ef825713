import math
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "^": pow}
def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in OPS:
            if len(st) < 2: raise ValueError(f"stack underflow at {tok!r}")
            b, a = st.pop(), st.pop(); st.append(OPS[tok](a, b))
        elif tok == "sqrt": st.append(math.sqrt(st.pop()))
        else:
            try: st.append(int(tok))
            except ValueError: st.append(float(tok))
    if len(st) != 1: raise ValueError(f"leftover stack {st}")
    return st[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 ^", "9 sqrt 1.5 *", "1 +", "1 2", "4 0 /", "x"]:
    try:
        print(e, "=", rpn(e))
    except (ValueError, ZeroDivisionError) as err:
        print(e, "->", type(err).__name__, err)
