import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.garbage, type(gc.garbage).__name__)
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())

for bad in [(), (1, 2, 3, 4)]:
    try:
        gc.set_threshold(*bad)
    except TypeError as e:
        print(type(e).__name__, e)

# is_tracked: containers and instances yes, atoms no.
print(gc.is_tracked(0), gc.is_tracked(1.5), gc.is_tracked("s"), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked([1]))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked({"a": (1, 2)}))
print(gc.is_tracked(()), gc.is_tracked((1, [])))
class A:
    pass
print(gc.is_tracked(A()), gc.is_tracked(A))
print(gc.is_tracked(int), gc.is_tracked(type))

# collect() counts what it found.
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect() > 0)
print(gc.collect(0), gc.collect(1), gc.collect(generation=2))
try:
    gc.collect(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    gc.collect(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    gc.collect("x")
except TypeError as e:
    print(type(e).__name__, e)

# A collection while disabled still works when asked for.
gc.disable()
d = {}
d["self"] = d
del d
print(gc.collect() > 0)
gc.enable()

# __del__ of an object in a cycle runs once; the cycle is gone afterwards.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("del", self.name)
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected:", gc.collect() > 0)
print("again:", gc.collect())

# get_referents / get_referrers.
x = [1, "two"]
holder = [x]
print(x in gc.get_referents(holder))
print(any(r is holder for r in gc.get_referrers(x)))
print(gc.get_referents(1), gc.get_referents("abc"))

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.freeze()
gc.unfreeze()
print(gc.get_freeze_count())
print(type(gc.get_objects()).__name__)
print(any(o is holder for o in gc.get_objects()))
try:
    gc.get_objects(5)
except ValueError as e:
    print(type(e).__name__, e)
