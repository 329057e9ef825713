x = 1
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
l = list(range(10))
del l[0]
del l[::2]
del l[-1]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class C: pass
c = C(); c.a = 1; c.b = 2
del c.a
print(vars(c))
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
def f():
    y = 1
    del y
    return y
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
