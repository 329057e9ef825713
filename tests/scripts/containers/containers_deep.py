# Freeing very deeply nested containers must not overflow the C stack (the trashcan).
deep = []
for i in range(100000):
    deep = [deep]
print("built")
del deep
print("freed")
t = None
for i in range(100000):
    t = (i, t)
del t
d = {}
for i in range(100000):
    d = {"k": d}
del d
print("ok")
