class C: a = 1
try:
    C.__dict__["b"] = 2
    print("mutated", C.b)
except TypeError as e:
    print(type(e).__name__, e)
print(type(int.__dict__).__name__)
