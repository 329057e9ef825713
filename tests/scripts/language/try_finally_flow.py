def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(h())
def k():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("k finally")
print(k())
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pass
except Exception:
    print("no")
else:
    print("else")
finally:
    print("final")
