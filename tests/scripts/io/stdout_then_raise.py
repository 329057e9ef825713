print("before the error")
print("partial line", end="")
def f(x):
    return 10 // x
f(0)
