def a():
    b()

def b():
    c = {}
    return c["missing"]

print("before")
a()
