# Comprehensions are nested functions: their variables do not leak.
i = "outer i"
squares = [i * i for i in range(5)]
print(squares, i)

print({k: v for k, v in zip("abc", range(3))})
print({c for c in "hello"} == set("helo"))
g = (x + 1 for x in range(3))
print(list(g), list(g))

nested = [[a * b for b in range(3)] for a in range(3)]
print(nested)
flat = [y for row in nested for y in row if y % 2 == 0]
print(flat)

def f():
    n = 10
    return [n + k for k in range(3)]
print(f())

def walrus():
    total = 0
    vals = [total := total + v for v in range(5)]
    return vals, total
print(walrus())
if any((found := v) > 2 for v in range(10)):
    print("found", found)

def first_iter_eager():
    log = []
    def src():
        log.append("iter")
        return range(2)
    gen = (v for v in src())
    log.append("made")
    list(gen)
    return log
print(first_iter_eager())

def cond_chain():
    return [x for x in range(20) if x % 2 if x % 3]
print(cond_chain())

print([(x, y) for x in range(3) for y in range(x)])
print(sum(x for x in range(101)))
gen = (x for x in range(2))
print(type(gen).__name__, gen.__name__, gen.__qualname__)
def outer():
    return (lambda: [z for z in range(2)])()
print(outer())
