# Attribute sites see instances whose dicts hold the same name at different positions, deleted and
# re-added attributes, replaced __dict__s and class attributes shadowed later: every read must see
# the current value (the VM caches where a name was found last time).
class P:
    pass

def make(order):
    p = P()
    for name, value in order:
        setattr(p, name, value)
    return p

def read_x(o):
    return o.x

def write_x(o, v):
    o.x = v

objs = [make([("x", 1), ("y", 2)]), make([("y", 3), ("x", 4)]), make([("a", 0), ("b", 0), ("x", 5)])]
for _ in range(3):
    print([read_x(o) for o in objs])
for i, o in enumerate(objs):
    write_x(o, i * 10)
print([read_x(o) for o in objs], [sorted(vars(o)) for o in objs])

p = objs[0]
del p.x
try:
    read_x(p)
except AttributeError as e:
    print("AttributeError:", e)
write_x(p, "back")
print(read_x(p), list(vars(p)))
del p.y
write_x(p, "again")
print(read_x(p), list(vars(p)))

p.__dict__ = {"z": 1, "x": "new dict"}
print(read_x(p))
write_x(p, "written")
print(p.__dict__)

# Many attributes: the dict grows beyond its first table while the site keeps reading.
q = P()
for i in range(40):
    setattr(q, "a%d" % i, i)
    write_x(q, i)
    assert read_x(q) == i
print(len(vars(q)), read_x(q))
for i in range(0, 40, 2):
    delattr(q, "a%d" % i)
write_x(q, "after deletes")
print(read_x(q), len(vars(q)))

# A class attribute appears later with a data descriptor: it wins over the instance dict.
class C:
    pass
c = C()
write_x(c, "instance")
print(read_x(c))
C.x = property(lambda self: "property")
print(read_x(c))
del C.x
print(read_x(c))
