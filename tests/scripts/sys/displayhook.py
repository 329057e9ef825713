import sys
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
calls = []
sys.displayhook = calls.append
print(sys.__displayhook__ is not sys.displayhook)
