class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = R(1)
del a
print("after del")
b = R(2); b = None
print("after rebind")
def scope():
    c = R(3)
    print("leaving scope")
scope()
l = [R(4), R(5)]
l.clear()
print("end")
