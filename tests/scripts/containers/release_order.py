class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, end="; ")
l = [R(1), R(2), R(3)]; l.clear(); print("| clear")
l = [R(1), R(2), R(3)]; del l; print("| list dealloc")
t = (R(1), R(2), R(3)); del t; print("| tuple dealloc")
l = [R(1), R(2), R(3)]; del l[:]; print("| del slice")
l = [R(1), R(2), R(3)]; l[:] = []; print("| assign slice")
l = [R(1), R(2), R(3), R(4)]; del l[1:3]; print("| del mid slice")
d = {1: R(1), 2: R(2), 3: R(3)}; del d; print("| dict dealloc")
d = {1: R(1), 2: R(2), 3: R(3)}; d.clear(); print("| dict clear")
s = [R(1), R(2)]; s *= 0; print("| imul 0")
