G = 5
def f(a):
    b = a + 1
    return sorted(locals().items())
print(f(1))
print("G" in globals(), globals()["G"], globals()["__name__"])
globals()["NEW"] = 7
print(NEW)
class C:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
print(locals() is globals())
