import operator
class I:
    def __index__(self): return 7
class B:
    def __index__(self): return "x"
print(operator.index(5), operator.index(True), operator.index(I()), operator.index(2**70))
for bad in [1.5, "s", B()]:
    try:
        operator.index(bad)
    except TypeError as e:
        print(type(e).__name__, e)
