class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(3)), bool(L(0)), bool(L(2)))
try:
    len(L(-1))
except ValueError as e:
    print(type(e).__name__, e)
class BL:
    def __len__(self): return "3"
try:
    len(BL())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
