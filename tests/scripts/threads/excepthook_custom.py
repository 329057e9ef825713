# A custom threading.excepthook receives ExceptHookArgs; a failing hook is reported as
# "Exception in threading.excepthook:".
import threading

seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None, type(args).__name__, len(args)))

threading.excepthook = hook

def boom():
    raise OSError(5, "disk on fire")

t = threading.Thread(target=boom, name="io")
t.start()
t.join()
print(seen)

# The hook also sees SystemExit (only the default hook ignores it).
import sys
t = threading.Thread(target=sys.exit, args=("bye",), name="quitter")
t.start(); t.join()
print(seen[-1])

def bad_hook(args):
    raise RuntimeError("hook failed")

threading.excepthook = bad_hook
t = threading.Thread(target=boom, name="io2")
t.start()
t.join()
print("after failing hook")

threading.excepthook = threading.__excepthook__
t = threading.Thread(target=boom, name="restored")
t.start()
t.join()

args = threading.ExceptHookArgs([ValueError, ValueError("v"), None, None])
print(args.exc_type.__name__, args.exc_value, args.exc_traceback, args.thread)
print(type(args).__name__, tuple(args)[0].__name__)
try:
    threading.ExceptHookArgs([1, 2])
except TypeError as e:
    print("TypeError", e)
# Calling the default hook directly, with no thread: the name is the thread ident.
import io
threading.excepthook(threading.ExceptHookArgs([SystemExit, SystemExit(), None, None]))
print("done")
