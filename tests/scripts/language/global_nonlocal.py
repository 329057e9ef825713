counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    bump(); bump()
    return n, bump
r, b = outer()
print(r, b(), b())
def make():
    global newglobal
    newglobal = "created"
make()
print(newglobal)
def nested():
    x = 1
    def a():
        x = 2
        def b():
            nonlocal x
            x = 3
        b()
        return x
    return a(), x
print(nested())
