print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2**70))
class I:
    def __index__(self): return 10
print(hex(I()), oct(I()), bin(I()))
for bad in [lambda: hex(1.5), lambda: bin("1"), lambda: oct(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
