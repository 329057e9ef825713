# global declarations, implicit globals, module-level names.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def make_global():
    global created
    created = "yes"
make_global()
print(created)

def reader():
    return counter * 10
print(reader())

def nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(nested(), counter)

def local_shadow():
    counter = -1
    return counter
print(local_shadow(), counter)

def del_global():
    global created
    del created
del_global()
try:
    created
except NameError as e:
    print(type(e).__name__, e)

try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)

def f():
    return undefined_in_f
try:
    f()
except NameError as e:
    print(type(e).__name__, e)

x = 1
def g():
    x = 2
    def h():
        global x
        return x
    return h()
print(g())
