# An exception in a Timer's function is reported like any thread's.
import threading

def explode(x):
    raise ArithmeticError(f"bad {x}")

t = threading.Timer(0, explode, args=(7,))
t.name = "timer"
t.start()
t.join()
print("after timer")
